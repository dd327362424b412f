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
            "BACK_SPASM_INTAKE v1", "RED_FLAG_SCREEN v1", "RED_FLAG_SCREEN v2", "PAIN_SCORES v1");
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
    assertThat(intakeFlags)
        .containsAll(CATALOGUE.riskFactors().stream().map(RiskFactor::code).toList())
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
  void ageOverTwentyFiveIsANonModifiableRiskFactor() {
    Questionnaire intake = withRole(QuestionnaireRole.INTAKE);
    RiskProfile older =
        RiskProfile.of(
            List.of(new RiskProfile.Answered(intake, answerAll(intake, Map.of(), 40, Sex.MALE))),
            CATALOGUE,
            LocalDate.now());
    assertThat(older.otherRiskFactors()).contains("AGE");
    assertThat(older.modifiableRiskFactors()).doesNotContain("AGE");
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
