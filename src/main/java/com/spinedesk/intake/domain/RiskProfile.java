package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the clinician needs first from a submitted intake: red flags (with their actions, emergency
 * first, each with the answers that raised it), consider signs, the risk factors present split into
 * those the patient can change and those they cannot, yellow flags, pain scores, how long the
 * episode has lasted, and every instrument's scores and bands. Computed once at submission and
 * stored, so it always shows what was computed then.
 *
 * <p>A consider sign (age at a first episode, night pain, no improvement) is context, not a flag:
 * alone it changes nothing. Enough of them together raise the flag they suggest, and once that flag
 * is raised, by them or otherwise, they are listed among its triggers instead of on their own.
 *
 * @param redFlags codes of the emergency and urgent red flags raised, emergency ones first, then in
 *     catalogue order
 * @param modifiableRiskFactors risk factors the patient can change, in catalogue order
 * @param otherRiskFactors risk factors the patient cannot change, in catalogue order
 * @param yellowFlags psychosocial flags raised, in catalogue order
 * @param painScores the pain questionnaire's 0–10 answers, in question order
 * @param duration acute, subacute, chronic or unknown
 * @param durationWeeks whole weeks since the onset date, when the patient gave one
 * @param priorSurgery whether the patient reported earlier lumbar surgery
 * @param scores every score of every questionnaire, keyed {@code CODE.score}
 * @param bands every band of every questionnaire, keyed {@code CODE.band}
 * @param considerSigns codes of the consider signs that raised no flag, in catalogue order
 * @param triggers what raised each flag and consider sign, by code; empty in profiles stored before
 *     triggers were recorded
 * @param reportedFindings what the patient reported that the imaging guidance reads as a finding
 *     (codes of seeds/imaging/appropriateness.json): {@value #MANAGED_6_WEEKS} for six weeks or
 *     more of care, {@value #NEW_SYMPTOMS_AFTER_SURGERY} for new, different or worse symptoms since
 *     lumbar surgery; the clinician confirms or overrides them on the order
 */
public record RiskProfile(
    List<String> redFlags,
    List<String> modifiableRiskFactors,
    List<String> otherRiskFactors,
    List<String> yellowFlags,
    List<PainScore> painScores,
    DurationCategory duration,
    Integer durationWeeks,
    boolean priorSurgery,
    Map<String, BigDecimal> scores,
    Map<String, String> bands,
    List<String> considerSigns,
    Map<String, List<Trigger>> triggers,
    List<String> reportedFindings)
    implements Serializable {

  /** Six weeks or more of care for this episode, as the intake reports it. */
  public static final String MANAGED_6_WEEKS = "MANAGED_6_WEEKS";

  /** New, different or worsening symptoms since lumbar surgery, as the intake reports them. */
  public static final String NEW_SYMPTOMS_AFTER_SURGERY = "NEW_SYMPTOMS_AFTER_SURGERY";

  /** Profiles stored before a component existed read it back as null. */
  public RiskProfile {
    considerSigns = considerSigns == null ? List.of() : List.copyOf(considerSigns);
    triggers =
        triggers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(triggers));
    reportedFindings = reportedFindings == null ? List.of() : List.copyOf(reportedFindings);
  }

  /** One pain rating with its question, so the profile reads on its own. */
  public record PainScore(String linkId, Text question, int value) implements Serializable {}

  /** A questionnaire with the answers given to it. */
  public record Answered(Questionnaire questionnaire, Answers answers) implements Serializable {}

  /** The linkId of the pain questionnaire's "pain right now" item. */
  public static final String CURRENT_PAIN = "pain_now";

  public boolean urgent() {
    return !redFlags.isEmpty();
  }

  /** What raised a flag or consider sign, in the order the rules found it; empty if unknown. */
  public List<Trigger> triggersOf(String code) {
    return triggers.getOrDefault(code, List.of());
  }

  /** The pain the patient rated "right now" when answering, if they did. */
  public Integer currentPain() {
    return painScores.stream()
        .filter(p -> p.linkId().equals(CURRENT_PAIN))
        .map(PainScore::value)
        .findFirst()
        .orElse(null);
  }

  /** Computes the profile of an intake submitted on {@code day}. */
  public static RiskProfile of(
      List<Answered> answered, ClinicalCatalogue catalogue, LocalDate day) {
    Set<String> raised = new LinkedHashSet<>();
    Map<String, List<Trigger>> triggers = new LinkedHashMap<>();
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    Map<String, String> bands = new LinkedHashMap<>();
    List<PainScore> pain = new ArrayList<>();
    DurationCategory duration = DurationCategory.UNKNOWN;
    Integer weeks = null;
    boolean priorSurgery = false;
    List<String> reported = new ArrayList<>();

    for (Answered a : answered) {
      Questionnaire q = a.questionnaire();
      Answers shown = q.withoutHidden(a.answers());
      ScoreResult result = q.score(shown);
      raised.addAll(result.flags());
      result.triggers().forEach((code, found) -> addAll(triggers, code, found));
      result.scores().forEach((code, value) -> scores.put(q.code() + "." + code, value));
      result.bands().forEach((code, band) -> bands.put(q.code() + "." + code, band));
      if (q.role() == QuestionnaireRole.PAIN) {
        for (Item item : q.items()) {
          if (item.type() == ItemType.SCALE && shown.get(item.linkId()) instanceof Integer v) {
            pain.add(new PainScore(item.linkId(), item.text(), v));
          }
        }
      }
      if (q.role() == QuestionnaireRole.INTAKE) {
        if (shown.get("onset_date") instanceof LocalDate onset) {
          weeks = (int) ChronoUnit.WEEKS.between(onset, day);
          duration = DurationCategory.ofWeeks(weeks);
        } else if (shown.get("onset_duration") instanceof String option) {
          duration = DurationCategory.ofOption(option);
        }
        priorSurgery = Boolean.TRUE.equals(shown.get("prior_surgery"));
        // Asked from version 2 of the intake on.
        if ("OVER_6_WEEKS".equals(shown.get("treatment_weeks"))) {
          reported.add(MANAGED_6_WEEKS);
        }
        if (Boolean.TRUE.equals(shown.get("surgery_new_symptoms"))) {
          reported.add(NEW_SYMPTOMS_AFTER_SURGERY);
        }
      }
    }

    List<RedFlag> signs =
        catalogue.redFlags().stream()
            .filter(f -> !f.raisesUrgency() && raised.contains(f.code()))
            .toList();
    signs.stream()
        .filter(sign -> sign.suggests() != null)
        .collect(Collectors.groupingBy(RedFlag::suggests, LinkedHashMap::new, Collectors.toList()))
        .forEach(
            (flag, together) -> {
              if (together.size() >= RedFlag.CONSIDER_SIGNS_THAT_RAISE) {
                raised.add(flag);
              }
            });
    List<String> consider = new ArrayList<>();
    for (RedFlag sign : signs) {
      if (sign.suggests() != null && raised.contains(sign.suggests())) {
        addAll(triggers, sign.suggests(), triggers.getOrDefault(sign.code(), List.of()));
      } else {
        consider.add(sign.code());
      }
    }
    List<String> red = new ArrayList<>();
    for (RedFlag.Urgency urgency : RedFlag.Urgency.values()) {
      catalogue.redFlags().stream()
          .filter(f -> f.raisesUrgency() && f.urgency() == urgency && raised.contains(f.code()))
          .forEach(f -> red.add(f.code()));
    }
    List<String> modifiable = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (RiskFactor factor : catalogue.riskFactors()) {
      if (raised.contains(factor.code())) {
        (factor.modifiable().byPatient() ? modifiable : other).add(factor.code());
      }
    }
    List<String> yellow =
        catalogue.yellowFlags().stream().map(YellowFlag::code).filter(raised::contains).toList();
    return new RiskProfile(
        red,
        modifiable,
        other,
        yellow,
        pain,
        duration,
        weeks,
        priorSurgery,
        scores,
        bands,
        consider,
        triggers,
        reported);
  }

  private static void addAll(
      Map<String, List<Trigger>> triggers, String code, List<Trigger> found) {
    List<Trigger> known = triggers.computeIfAbsent(code, c -> new ArrayList<>());
    found.stream().filter(t -> !known.contains(t)).forEach(known::add);
  }
}
