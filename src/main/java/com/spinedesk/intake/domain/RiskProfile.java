package com.spinedesk.intake.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the clinician needs first from a submitted intake: red flags (with their actions, emergency
 * first), the risk factors present split into those the patient can change and those they cannot,
 * yellow flags, pain scores, how long the episode has lasted, and every instrument's scores and
 * bands. Computed once at submission and stored, so it always shows what was computed then.
 *
 * @param redFlags codes of the red flags raised, emergency ones first, then in catalogue order
 * @param modifiableRiskFactors risk factors the patient can change, in catalogue order
 * @param otherRiskFactors risk factors the patient cannot change, in catalogue order
 * @param yellowFlags psychosocial flags raised, in catalogue order
 * @param painScores the pain questionnaire's 0–10 answers, in question order
 * @param duration acute, subacute, chronic or unknown
 * @param durationWeeks whole weeks since the onset date, when the patient gave one
 * @param priorSurgery whether the patient reported earlier lumbar surgery
 * @param scores every score of every questionnaire, keyed {@code CODE.score}
 * @param bands every band of every questionnaire, keyed {@code CODE.band}
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
    Map<String, String> bands)
    implements Serializable {

  /** One pain rating with its question, so the profile reads on its own. */
  public record PainScore(String linkId, Text question, int value) implements Serializable {}

  /** A questionnaire with the answers given to it. */
  public record Answered(Questionnaire questionnaire, Answers answers) implements Serializable {}

  /** The linkId of the pain questionnaire's "pain right now" item. */
  public static final String CURRENT_PAIN = "pain_now";

  public boolean urgent() {
    return !redFlags.isEmpty();
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
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    Map<String, String> bands = new LinkedHashMap<>();
    List<PainScore> pain = new ArrayList<>();
    DurationCategory duration = DurationCategory.UNKNOWN;
    Integer weeks = null;
    boolean priorSurgery = false;

    for (Answered a : answered) {
      Questionnaire q = a.questionnaire();
      Answers shown = q.withoutHidden(a.answers());
      ScoreResult result = q.score(shown);
      raised.addAll(result.flags());
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
      }
    }

    List<String> red = new ArrayList<>();
    for (RedFlag.Urgency urgency : RedFlag.Urgency.values()) {
      catalogue.redFlags().stream()
          .filter(f -> f.urgency() == urgency && raised.contains(f.code()))
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
        red, modifiable, other, yellow, pain, duration, weeks, priorSurgery, scores, bands);
  }
}
