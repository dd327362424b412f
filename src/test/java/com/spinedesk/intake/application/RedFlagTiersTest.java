package com.spinedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.imaging.application.ImagingCatalogue;
import com.spinedesk.imaging.domain.AppropriatenessRules;
import com.spinedesk.imaging.domain.ClinicalFacts;
import com.spinedesk.imaging.domain.ImagingStudy;
import com.spinedesk.intake.domain.AnswerContext;
import com.spinedesk.intake.domain.Answers;
import com.spinedesk.intake.domain.ClinicalCatalogue;
import com.spinedesk.intake.domain.DurationCategory;
import com.spinedesk.intake.domain.Page;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.intake.domain.QuestionnaireRole;
import com.spinedesk.intake.domain.RedFlag;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.intake.domain.Trigger;
import com.spinedesk.intake.web.RiskProfileView;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.application.Seeds;
import com.spinedesk.platform.domain.Language;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every red-flag rule of the newest shipped screen, case by case (clinical-content.md section 2):
 * the tier each answer lands in, whether the intake becomes urgent (and so moves up the worklist
 * and asks the clinician to confirm the red flags on the sheet), the imaging variant it leads to
 * for an acute episode, and the words that name what raised it.
 */
class RedFlagTiersTest {
  private static final ClinicalCatalogue CATALOGUE = Catalogues.read();
  private static final List<ImagingStudy> STUDIES = ImagingCatalogue.readStudies();
  private static final AppropriatenessRules RULES = ImagingCatalogue.readRules(STUDIES);
  private static final Questionnaire SCREEN = newestScreen();

  /**
   * One patient: the screen questions answered yes, age and sex; then what must come out.
   *
   * @param from the triggers shown on the flag (or consider sign) listed first, "; " between them
   */
  record Case(
      String yes,
      int age,
      Sex sex,
      String redFlags,
      String considerSigns,
      boolean urgent,
      String variant,
      String from) {

    @Override
    public String toString() {
      return (yes.isEmpty() ? "nothing" : yes) + ", " + age + " " + sex;
    }
  }

  static Stream<Case> cases() {
    Sex m = Sex.MALE;
    Sex f = Sex.FEMALE;
    return Stream.of(
        // Nothing, and each consider sign alone: context only, never urgent, never variant 7.
        new Case("", 40, f, "", "", false, "1", ""),
        new Case(
            "first_episode", 19, m, "", "CONSIDER_AGE", false, "1", "age 19 at a first episode"),
        new Case(
            "first_episode", 55, f, "", "CONSIDER_AGE", false, "1", "age 55 at a first episode"),
        new Case("first_episode", 50, f, "", "", false, "1", ""),
        new Case("first_episode", 20, m, "", "", false, "1", ""),
        new Case(
            "night_pain",
            40,
            m,
            "",
            "CONSIDER_NIGHT_PAIN",
            false,
            "1",
            "night pain not eased by rest"),
        new Case(
            "no_improvement",
            40,
            f,
            "",
            "CONSIDER_NO_IMPROVEMENT",
            false,
            "1",
            "no improvement after 4 weeks"),
        // Two consider signs together raise the cancer flag, X-ray first without a history.
        new Case(
            "night_pain no_improvement",
            40,
            m,
            "CANCER",
            "",
            true,
            "7b",
            "night pain not eased by rest; no improvement after 4 weeks"),
        new Case(
            "first_episode night_pain",
            58,
            f,
            "CANCER",
            "",
            true,
            "7b",
            "age 58 at a first episode; night pain not eased by rest"),
        new Case(
            "first_episode no_improvement",
            18,
            m,
            "CANCER",
            "",
            true,
            "7b",
            "age 18 at a first episode; no improvement after 4 weeks"),
        new Case(
            "first_episode night_pain no_improvement",
            70,
            m,
            "CANCER",
            "",
            true,
            "7b",
            "age 70 at a first episode; night pain not eased by rest; no improvement after 4 weeks"),
        // Weight loss or a history of cancer raise it alone; consider signs join their triggers.
        new Case("weight_loss", 45, f, "CANCER", "", true, "7b", "unexplained weight loss"),
        new Case(
            "weight_loss first_episode",
            52,
            m,
            "CANCER",
            "",
            true,
            "7b",
            "unexplained weight loss; age 52 at a first episode"),
        new Case("cancer_history", 45, f, "CANCER", "", true, "7", "history of cancer"),
        new Case(
            "cancer_history night_pain",
            45,
            m,
            "CANCER",
            "",
            true,
            "7",
            "history of cancer; night pain not eased by rest"),
        // Fracture keeps its rules: trauma, or minor trauma with bone weakness or older age.
        new Case("major_trauma", 30, m, "FRACTURE", "", true, "6", "major trauma"),
        new Case(
            "sudden_central_pain",
            30,
            f,
            "FRACTURE",
            "",
            true,
            "6",
            "sudden severe central pain eased by lying down"),
        new Case(
            "minor_trauma bone_weakness",
            40,
            f,
            "FRACTURE",
            "",
            true,
            "6",
            "minor trauma with osteoporosis or steroid use"),
        new Case("minor_trauma", 66, m, "FRACTURE", "", true, "6", "minor trauma in a man aged 66"),
        new Case("minor_trauma", 65, m, "", "", false, "1", ""),
        new Case(
            "minor_trauma", 76, f, "FRACTURE", "", true, "6", "minor trauma in a woman aged 76"),
        new Case("minor_trauma", 74, f, "", "", false, "6", ""),
        new Case("bone_weakness", 40, f, "", "", false, "1", ""),
        // Each emergency flag.
        new Case(
            "urine_trouble",
            40,
            m,
            "CAUDA_EQUINA",
            "",
            true,
            "4",
            "new trouble passing or holding urine"),
        new Case("bowel_control", 40, m, "CAUDA_EQUINA", "", true, "4", "loss of bowel control"),
        new Case(
            "saddle_numbness", 40, f, "CAUDA_EQUINA", "", true, "4", "numbness in the saddle area"),
        new Case("sexual_problems", 40, m, "CAUDA_EQUINA", "", true, "4", "new sexual dysfunction"),
        new Case(
            "both_legs", 40, m, "CAUDA_EQUINA", "", true, "4", "weakness or numbness in both legs"),
        new Case(
            "walking_trouble",
            40,
            f,
            "CAUDA_EQUINA",
            "",
            true,
            "4",
            "new trouble walking or unsteadiness"),
        new Case(
            "saddle_numbness both_legs",
            40,
            f,
            "CAUDA_EQUINA",
            "",
            true,
            "4",
            "numbness in the saddle area; weakness or numbness in both legs"),
        new Case("fever", 40, m, "INFECTION", "", true, "7", "fever or chills"),
        new Case("immunosuppression", 40, m, "INFECTION", "", true, "7", "weakened immune system"),
        new Case("injected_drugs", 40, m, "INFECTION", "", true, "7", "injected drug use"),
        new Case(
            "recent_infection", 40, f, "INFECTION", "", true, "7", "recent bacterial infection"),
        new Case("spine_wound", 40, f, "INFECTION", "", true, "7", "wound near the spine"),
        new Case(
            "worsening_weakness",
            40,
            m,
            "NEURO_DEFICIT",
            "",
            true,
            "3",
            "leg weakness getting worse"),
        new Case(
            "spreading_numbness",
            40,
            m,
            "NEURO_DEFICIT",
            "",
            true,
            "3",
            "numbness or weakness spreading to several places"),
        // Emergencies come first; a consider sign beside them stays context.
        new Case(
            "fever major_trauma", 40, m, "INFECTION FRACTURE", "", true, "7", "fever or chills"),
        new Case(
            "saddle_numbness night_pain",
            40,
            f,
            "CAUDA_EQUINA",
            "CONSIDER_NIGHT_PAIN",
            true,
            "4",
            "numbness in the saddle area"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachAnswerLandsInItsTier(Case c) {
    RiskProfile profile = profileOf(c);

    assertThat(profile.redFlags()).as("red flags").containsExactlyElementsOf(words(c.redFlags()));
    assertThat(profile.considerSigns())
        .as("consider signs")
        .containsExactlyElementsOf(words(c.considerSigns()));
    assertThat(profile.urgent())
        .as("urgent: first on the worlist, confirmed on the sheet")
        .isEqualTo(c.urgent());
    String variant =
        RULES
            .assess(
                ClinicalFacts.of(profile, c.age(), List.of(), List.of()),
                "MR_LSPINE_WO",
                STUDIES.stream().map(ImagingStudy::code).toList())
            .variant()
            .id();
    assertThat(variant).as("imaging variant").isEqualTo(c.variant());
    String first =
        !profile.redFlags().isEmpty()
            ? profile.redFlags().get(0)
            : profile.considerSigns().stream().findFirst().orElse(null);
    String from =
        first == null
            ? ""
            : new RiskProfileView(profile, CATALOGUE, Language.EN)
                .triggers(CATALOGUE.redFlag(first).orElseThrow());
    assertThat(from).as("what raised it").isEqualTo(c.from());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theTriggersReadInSpanishToo(Case c) {
    RiskProfile profile = profileOf(c);
    for (List<Trigger> triggers : profile.triggers().values()) {
      assertThat(triggers)
          .allSatisfy(t -> assertThat(t.label().es()).isNotBlank().doesNotContain("{age}"));
    }
    assertThat(
            profile.redFlags().stream()
                .map(code -> CATALOGUE.redFlag(code).orElseThrow())
                .allMatch(RedFlag::raisesUrgency))
        .isTrue();
  }

  private static RiskProfile profileOf(Case c) {
    Map<String, List<String>> chosen = new HashMap<>();
    words(c.yes()).forEach(linkId -> chosen.put(linkId, List.of("true")));
    Answers answers = Answers.empty(new AnswerContext(c.age(), c.sex()));
    LocalDate today = LocalDate.of(2026, 12, 2);
    for (Page page : SCREEN.pages()) {
      for (Map.Entry<String, List<String>> raw :
          DemoIntakes.sampleAnswers(SCREEN, page, answers, chosen).entrySet()) {
        answers =
            answers.with(
                raw.getKey(),
                SCREEN.item(raw.getKey()).orElseThrow().parse(raw.getValue(), today).value());
      }
    }
    RiskProfile screened =
        RiskProfile.of(List.of(new RiskProfile.Answered(SCREEN, answers)), CATALOGUE, today);
    // An acute episode, as the intake would report it, so the variant is the screen's doing.
    return new RiskProfile(
        screened.redFlags(),
        screened.modifiableRiskFactors(),
        screened.otherRiskFactors(),
        screened.yellowFlags(),
        screened.painScores(),
        DurationCategory.ACUTE,
        1,
        false,
        screened.scores(),
        screened.bands(),
        screened.considerSigns(),
        screened.triggers(),
        screened.reportedFindings());
  }

  private static List<String> words(String text) {
    return text.isBlank() ? List.of() : Arrays.asList(text.trim().split(" +"));
  }

  private static Questionnaire newestScreen() {
    return Seeds.array("questionnaires/shipped.json").getValuesAs(JsonString.class).stream()
        .map(file -> DefinitionReader.read(Seeds.text("questionnaires/" + file.getString())))
        .filter(q -> q.role() == QuestionnaireRole.RED_FLAGS)
        .max(Comparator.comparingInt(Questionnaire::version))
        .orElseThrow();
  }
}
