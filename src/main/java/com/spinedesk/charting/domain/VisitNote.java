package com.spinedesk.charting.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the clinician writes in a visit note, as typed on the screen: chief complaint, findings,
 * assessment with its ICD-10-CM codes (the first is the primary one), plan, and today's pain score.
 */
public record VisitNote(
    @Size(max = 500) String chiefComplaint,
    @Size(max = 10000) String findings,
    @Size(max = 10000) String assessment,
    @Size(max = 12, message = "{spinedesk.validation.diagnoses}") List<String> diagnoses,
    @Size(max = 10000) String plan,
    @Min(0) @Max(10) Integer painNow)
    implements Serializable {

  public VisitNote {
    diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
  }

  public static VisitNote empty() {
    return new VisitNote(null, null, null, List.of(), null, null);
  }

  /** The message keys of the fields that differ, for telling who changed what. */
  public List<String> fieldsDifferentFrom(VisitNote other) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(blankToNull(chiefComplaint), blankToNull(other.chiefComplaint))) {
      changed.add("visit.chiefComplaint");
    }
    if (!Objects.equals(blankToNull(findings), blankToNull(other.findings))) {
      changed.add("visit.findings");
    }
    if (!Objects.equals(blankToNull(assessment), blankToNull(other.assessment))) {
      changed.add("visit.assessment");
    }
    if (!diagnoses.equals(other.diagnoses)) {
      changed.add("visit.diagnoses");
    }
    if (!Objects.equals(blankToNull(plan), blankToNull(other.plan))) {
      changed.add("visit.plan");
    }
    if (!Objects.equals(painNow, other.painNow)) {
      changed.add("visit.painNow");
    }
    return changed;
  }

  /** The fields a note must have before it is signed, as message keys of the missing ones. */
  public List<String> missingForSigning() {
    List<String> missing = new ArrayList<>();
    if (blankToNull(chiefComplaint) == null) {
      missing.add("visit.chiefComplaint");
    }
    if (blankToNull(assessment) == null && diagnoses.isEmpty()) {
      missing.add("visit.assessment");
    }
    if (blankToNull(plan) == null) {
      missing.add("visit.plan");
    }
    return missing;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
