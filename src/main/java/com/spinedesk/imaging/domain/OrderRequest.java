package com.spinedesk.imaging.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An imaging order as the clinician fills it in: the study, its reasons (ICD-10-CM, the first is
 * the main indication), the clinical question, priority, the side of the symptoms, the contrast
 * safety answers, the patient's instructions, the findings that inform the guidance, and the reason
 * for ordering a study the guidance rates usually not appropriate.
 */
public record OrderRequest(
    @NotNull String studyCode,
    @Size(max = 8, message = "{spinedesk.validation.reasons}") List<String> reasons,
    @Size(max = 1000) String clinicalQuestion,
    @NotNull Priority priority,
    SymptomSide symptomSide,
    Boolean contrastReaction,
    Boolean kidneyDisease,
    @Size(max = 2000) String patientInstructions,
    Set<String> findings,
    @Size(max = 1000) String overrideReason)
    implements Serializable {

  public OrderRequest {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    findings = findings == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(findings));
  }

  /**
   * The fields, as message keys, that must be filled in before the order is signed, given whether
   * the study uses contrast and whether the guidance asks for a reason.
   */
  public List<String> missingForSigning(boolean contrastGiven, boolean reasonNeeded) {
    List<String> missing = new ArrayList<>();
    if (reasons.isEmpty()) {
      missing.add("reasons");
    }
    if (blank(clinicalQuestion)) {
      missing.add("clinicalQuestion");
    }
    if (contrastGiven && contrastReaction == null) {
      missing.add("contrastReaction");
    }
    if (contrastGiven && kidneyDisease == null) {
      missing.add("kidneyDisease");
    }
    if (reasonNeeded && blank(overrideReason)) {
      missing.add("overrideReason");
    }
    return missing;
  }

  /** The message keys of the fields that differ, for telling who changed what. */
  public List<String> fieldsDifferentFrom(OrderRequest other) {
    List<String> changed = new ArrayList<>();
    compare(changed, "order.study", studyCode, other.studyCode);
    compare(changed, "order.reasons", reasons, other.reasons);
    compare(
        changed, "order.clinicalQuestion", text(clinicalQuestion), text(other.clinicalQuestion));
    compare(changed, "order.priority", priority, other.priority);
    compare(changed, "order.symptomSide", symptomSide, other.symptomSide);
    compare(changed, "order.contrastReaction", contrastReaction, other.contrastReaction);
    compare(changed, "order.kidneyDisease", kidneyDisease, other.kidneyDisease);
    compare(
        changed,
        "order.patientInstructions",
        text(patientInstructions),
        text(other.patientInstructions));
    compare(changed, "order.findings", findings, other.findings);
    compare(changed, "order.overrideReason", text(overrideReason), text(other.overrideReason));
    return changed;
  }

  private static void compare(List<String> changed, String key, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      changed.add(key);
    }
  }

  static String text(String value) {
    return blank(value) ? null : value.strip();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
