package com.spinedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.intake.domain.AnswerContext;
import com.spinedesk.intake.domain.Answers;
import com.spinedesk.intake.domain.ClinicalCatalogue;
import com.spinedesk.intake.domain.DurationCategory;
import com.spinedesk.intake.domain.FlagRule;
import com.spinedesk.intake.domain.Item;
import com.spinedesk.intake.domain.Page;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.intake.domain.QuestionnaireRole;
import com.spinedesk.intake.domain.RedFlag;
import com.spinedesk.intake.domain.RiskFactor;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.application.Seeds;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The questionnaires and catalogues SpineDesk ships, read as the server reads them: every file is
 * valid, every flag is in a catalogue, every risk factor and red flag can be raised, the intake
 * never asks the age, and answers turn into the risk profile a clinician expects.
 */
class ShippedContentTest {
  private static final ClinicalCatalogue CATALOGUE = Catalogues.read();

  private static List<Questionnaire> shipped() {
    List<Questionnaire> all = new ArrayList<>();
    for (JsonString file :
        Seeds.array("questionnaires/shipped.json").getValuesAs(JsonString.class)) {
      all.add(DefinitionReader.read(Seeds.text("questionnaires/" + file.getString())));
    }
    return all;
  }

  /** The newest shipped version with that role: the one a new intake asks. */
  private static Questionnaire withRole(QuestionnaireRole role) {
    return shipped().stream()
        .filter(q -> q.role() == role)
        .max(java.util.Comparator.comparingInt(Questionnaire::version))
        .orElseThrow();
  }

  @Test
  void everyShippedFileReadsAndRaisesOnlyCatalogueFlags() {
    assertThat(shipped())
        .extracting(q -> q.code() + " v" + q.version())
        .containsExactly(
            "BACK_SPASM_INTAKE v1",
            "BACK_SPASM_INTAKE v2",
            "RED_FLAG_SCREEN v1",
            "RED_FLAG_SCREEN v2",
            "PAIN_SCORES v1");
    for (Questionnaire q : shipped()) {
      assertThat(q.scoring().flags())
          .allSatisfy(f -> assertThat(CATALOGUE.knows(f.code())).as(f.code()).isTrue());
      assertThat(q.copyright().en()).isNotBlank();
      assertThat(q.copyright().es()).isNotBlank();
    }
  }

  @Test
  void everyRiskFactorIsRaisedByTheIntakeAndEveryRedFlagByTheScreen() {
    Set<String> intakeFlags = flags(withRole(QuestionnaireRole.INTAKE));
    // Age stays in the catalogue for intakes answered on version 1; the banner shows it now.
    assertThat(intakeFlags)
        .containsAll(
            CATALOGUE.riskFactors().stream()
                .map(RiskFactor::code)
                .filter(code -> !code.equals("AGE"))
                .toList())
        .containsAll(CATALOGUE.yellowFlags().stream().map(f -> f.code()).toList());
    assertThat(flags(withRole(QuestionnaireRole.RED_FLAGS)))
        .containsAll(CATALOGUE.redFlags().stream().map(RedFlag::code).toList());
  }

  @Test
  void theIntakeNeverAsksTheAge() {
    assertThat(withRole(QuestionnaireRole.INTAKE).items())
        .extracting(Item::linkId)
        .doesNotContain("age", "age_years", "birth_date");
  }

  @Test
  void saddleNumbnessIsAnEmergencyRedFlagFirstInTheProfile() {
    Questionnaire screen = withRole(QuestionnaireRole.RED_FLAGS);
    Answers answers = answerAll(screen, Map.of("saddle_numbness", List.of("true")), 45, Sex.FEMALE);
    RiskProfile profile =
        RiskProfile.of(
            List.of(new RiskProfile.Answered(screen, answers)), CATALOGUE, LocalDate.now());
    assertThat(profile.redFlags()).containsExactly("CAUDA_EQUINA");
    assertThat(profile.urgent()).isTrue();
    assertThat(CATALOGUE.redFlag("CAUDA_EQUINA").orElseThrow().urgency())
        .isEqualTo(RedFlag.Urgency.EMERGENCY);
  }

  @Test
  void aFirstEpisodeAfterFiftyIsAConsiderSignButNotAtForty() {
    Questionnaire screen = withRole(QuestionnaireRole.RED_FLAGS);
    Map<String, List<String>> firstEpisode = Map.of("first_episode", List.of("true"));
    assertThat(screen.score(answerAll(screen, firstEpisode, 55, Sex.MALE)).flags())
        .containsExactly("CONSIDER_AGE");
    assertThat(screen.score(answerAll(screen, firstEpisode, 40, Sex.MALE)).flags()).isEmpty();
  }

  @Test
  void everyRedFlagRuleOfTheNewestScreenNamesItsSignInBothLanguages() {
    for (FlagRule rule : withRole(QuestionnaireRole.RED_FLAGS).scoring().flags()) {
      assertThat(rule.sign()).as(rule.code()).isNotBlank();
      assertThat(rule.label().en()).as(rule.sign()).isNotBlank();
      assertThat(rule.label().es()).as(rule.sign()).isNotBlank();
    }
  }

  @Test
  void plainNoAnswersRaiseNoRedFlags() {
    Questionnaire screen = withRole(QuestionnaireRole.RED_FLAGS);
    assertThat(screen.score(answerAll(screen, Map.of(), 40, Sex.FEMALE)).flags()).isEmpty();
  }

  @Test
  void durationComesFromTheOnsetDateOrTheChosenBand() {
    Questionnaire intake = withRole(QuestionnaireRole.INTAKE);
    LocalDate today = LocalDate.of(2026, 11, 23);
    Answers byDate =
        answerAll(
            intake,
            Map.of("onset_known", List.of("true"), "onset_date", List.of("2026-10-01")),
            40,
            Sex.MALE);
    RiskProfile dated =
        RiskProfile.of(List.of(new RiskProfile.Answered(intake, byDate)), CATALOGUE, today);
    assertThat(dated.duration()).isEqualTo(DurationCategory.SUBACUTE);
    assertThat(dated.durationWeeks()).isEqualTo(7);

    Answers byBand =
        answerAll(
            intake,
            Map.of("onset_known", List.of("false"), "onset_duration", List.of("WEEKS_OVER_12")),
            40,
            Sex.MALE);
    assertThat(
            RiskProfile.of(List.of(new RiskProfile.Answered(intake, byBand)), CATALOGUE, today)
                .duration())
        .isEqualTo(DurationCategory.CHRONIC);
  }

  @Test
  void ageIsNoLongerARiskFactorListedForEveryAdult() {
    assertThat(intakeProfile(Map.of(), 40).otherRiskFactors()).doesNotContain("AGE");
  }

  @ParameterizedTest
  @CsvSource({
    "LONG_SITTING_DRIVING, POSTURE",
    "STANDING, POSTURE",
    "LIFTING_MANUAL, HEAVY_LIFTING",
    "NONE_OF_THESE, ''"
  })
  void theDemandsOfWorkFeedPostureAndLifting(String demand, String factor) {
    RiskProfile profile = intakeProfile(Map.of("work_demands", List.of(demand)), 40);
    if (factor.isEmpty()) {
      assertThat(profile.modifiableRiskFactors()).doesNotContain("POSTURE", "HEAVY_LIFTING");
    } else {
      assertThat(profile.modifiableRiskFactors()).contains(factor);
    }
  }

  @Test
  void severalThingsCanHaveSetItOff() {
    Questionnaire intake = withRole(QuestionnaireRole.INTAKE);
    Answers twistingWhileLifting =
        answerAll(intake, Map.of("trigger", List.of("LIFTING", "TWISTING")), 40, Sex.MALE);
    assertThat(twistingWhileLifting.get("trigger")).isEqualTo(List.of("LIFTING", "TWISTING"));
    assertThat(intakeProfile(Map.of("trigger", List.of("FALL_OR_BLOW")), 40).otherRiskFactors())
        .contains("PRIOR_TRAUMA");
  }

  @ParameterizedTest
  @CsvSource({
    "PHYSIO_CHIRO, OVER_6_WEEKS, MANAGED_6_WEEKS",
    "MEDICINES, UNDER_6_WEEKS, ''",
    "NONE, OVER_6_WEEKS, ''"
  })
  void sixWeeksOfCareIsReportedForTheImagingGuidance(String tried, String weeks, String reported) {
    RiskProfile profile =
        intakeProfile(
            Map.of("treatment_tried", List.of(tried), "treatment_weeks", List.of(weeks)), 40);
    assertThat(profile.reportedFindings())
        .containsExactlyElementsOf(reported.isEmpty() ? List.of() : List.of(reported));
  }

  @Test
  void newSymptomsAfterLumbarSurgeryAreReportedForTheImagingGuidance() {
    RiskProfile operated =
        intakeProfile(
            Map.of("prior_surgery", List.of("true"), "surgery_new_symptoms", List.of("true")), 40);
    assertThat(operated.priorSurgery()).isTrue();
    assertThat(operated.reportedFindings()).containsExactly(RiskProfile.NEW_SYMPTOMS_AFTER_SURGERY);
    assertThat(intakeProfile(Map.of("prior_surgery", List.of("false")), 40).reportedFindings())
        .isEmpty();
  }

  @Test
  void whatTheIntakeReportsLeadsToVariantsTwoThreeAndFive() {
    Map<String, List<String>> chronic =
        Map.of("onset_known", List.of("false"), "onset_duration", List.of("WEEKS_OVER_12"));
    assertThat(variant(intakeProfile(chronic, 40), List.of()))
        .as("chronic, no care yet")
        .isEqualTo("2");

    Map<String, List<String>> managed = new java.util.HashMap<>(chronic);
    managed.put("treatment_tried", List.of("PHYSIO_CHIRO", "MEDICINES"));
    managed.put("treatment_weeks", List.of("OVER_6_WEEKS"));
    assertThat(variant(intakeProfile(managed, 40), List.of("INTERVENTION_CANDIDATE")))
        .as("six weeks of care reported, a candidate for an injection on examination")
        .isEqualTo("3");

    Map<String, List<String>> operated = new java.util.HashMap<>(chronic);
    operated.put("prior_surgery", List.of("true"));
    operated.put("surgery_new_symptoms", List.of("true"));
    assertThat(variant(intakeProfile(operated, 40), List.of()))
        .as("new symptoms since lumbar surgery")
        .isEqualTo("5");
  }

  /** The variant for an MRI, with the reported findings ticked as the order form ticks them. */
  private static String variant(RiskProfile profile, List<String> examined) {
    List<com.spinedesk.imaging.domain.ImagingStudy> studies =
        com.spinedesk.imaging.application.ImagingCatalogue.readStudies();
    Set<String> findings = new java.util.LinkedHashSet<>(profile.reportedFindings());
    findings.addAll(examined);
    var guidance =
        com.spinedesk.imaging.application.ImagingCatalogue.readRules(studies)
            .assess(
                com.spinedesk.imaging.domain.ClinicalFacts.of(profile, 40, findings, List.of()),
                "MR_LSPINE_WO",
                studies.stream().map(com.spinedesk.imaging.domain.ImagingStudy::code).toList());
    return guidance.matched() ? guidance.variant().id() : "none";
  }

  private static RiskProfile intakeProfile(Map<String, List<String>> chosen, int age) {
    Questionnaire intake = withRole(QuestionnaireRole.INTAKE);
    return RiskProfile.of(
        List.of(new RiskProfile.Answered(intake, answerAll(intake, chosen, age, Sex.MALE))),
        CATALOGUE,
        LocalDate.now());
  }

  /** Every page answered the plainest valid way, with the chosen answers, as a patient would. */
  private static Answers answerAll(
      Questionnaire q, Map<String, List<String>> chosen, int age, Sex sex) {
    Answers answers = Answers.empty(new AnswerContext(age, sex));
    LocalDate today = LocalDate.now();
    for (Page page : q.pages()) {
      for (Map.Entry<String, List<String>> raw :
          DemoIntakes.sampleAnswers(q, page, answers, chosen).entrySet()) {
        answers =
            answers.with(
                raw.getKey(),
                q.item(raw.getKey()).orElseThrow().parse(raw.getValue(), today).value());
      }
    }
    assertThat(q.checkAll(answers)).isEmpty();
    return answers;
  }

  private static Set<String> flags(Questionnaire q) {
    return q.scoring().flags().stream().map(FlagRule::code).collect(Collectors.toSet());
  }
}
