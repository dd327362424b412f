package com.spinedesk.homecare.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spinedesk.homecare.application.SheetTemplates.RejectedAdvice;
import com.spinedesk.homecare.domain.SheetChoices;
import com.spinedesk.homecare.domain.SheetComposer;
import com.spinedesk.homecare.domain.SheetContent;
import com.spinedesk.homecare.domain.SheetTemplate;
import com.spinedesk.intake.application.Catalogues;
import com.spinedesk.intake.domain.ClinicalCatalogue;
import com.spinedesk.intake.domain.DurationCategory;
import com.spinedesk.intake.domain.RiskFactor;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.platform.application.Seeds;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Paper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped home-care template: it passes the start-up checks, its defaults are those of
 * clinical-content.md section 6, its wording is plain (US grade 6–8 in English, "fairly easy" in
 * Spanish), and no advice the guidelines reject can get into a template.
 */
class ShippedSheetTemplateTest {
  static final String SOURCE = Seeds.text("homecare/back-spasm-home-care.v2.json");
  static final ClinicalCatalogue CATALOGUE = Catalogues.read();
  static final RejectedAdvice REJECTED = RejectedAdvice.shipped();
  static final SheetTemplate TEMPLATE = SheetTemplates.read("shipped", SOURCE, CATALOGUE, REJECTED);

  /** A profile with every risk factor and a red flag: the sheet with the most text. */
  static RiskProfile everything() {
    return new RiskProfile(
        List.of("CAUDA_EQUINA"),
        CATALOGUE.riskFactors().stream()
            .filter(f -> f.modifiable().byPatient())
            .map(RiskFactor::code)
            .toList(),
        List.of(),
        List.of(),
        List.of(),
        DurationCategory.ACUTE,
        1,
        false,
        Map.of(),
        Map.of(),
        List.of(),
        Map.of(),
        List.of());
  }

  private static String wording(Language language) {
    SheetContent content =
        SheetComposer.compose(
            TEMPLATE,
            everything(),
            CATALOGUE,
            SheetChoices.defaults(TEMPLATE, language, Paper.LETTER));
    return content.plainText();
  }

  @Test
  void theDefaultsAreThoseOfSectionSix() {
    assertThat(TEMPLATE.defaults())
        .containsEntry("coldMinutes", 15)
        .containsEntry("coldEveryHours", 2)
        .containsEntry("coldDays", 2)
        .containsEntry("heatMinutes", 15)
        .containsEntry("heatEveryHours", 4)
        .containsEntry("heatFromDay", 3)
        .containsEntry("stretchHoldSeconds", 10)
        .containsEntry("stretchRepetitions", 6)
        .containsEntry("followUpDays", 14);
    // A 20-minute cap on cold and heat; rest never beyond a few days.
    assertThat(TEMPLATE.parameter("coldMinutes").orElseThrow().max()).isEqualTo(20);
    assertThat(TEMPLATE.parameter("heatMinutes").orElseThrow().max()).isEqualTo(20);
    assertThat(TEMPLATE.parameter("restDays").orElseThrow().max()).isEqualTo(3);
  }

  @Test
  void theWordingCoversEverySectionOfTheSheet() {
    String en = wording(Language.EN);
    assertThat(en)
        .contains("Stop the task or sport that brought on the spasm")
        .contains("thin towel", "15 minutes", "every 2 hours", "first 2 days")
        .contains("from day 3", "Never fall asleep on a heating pad")
        .contains("Walk for 5 minutes, 4 times a day")
        .contains("hips and knees are bent at right angles")
        .contains(
            "Hold it for 10 seconds",
            "6 times on each side",
            "Stop if the stretch makes your pain worse")
        .contains("Call us if you are not better in 14 days")
        .contains("Get help right away");
  }

  @Test
  void theEnglishWordingReadsAtGradeEightOrBelow() {
    double grade = Readability.fleschKincaidGrade(wording(Language.EN));
    System.out.printf("Home-care sheet, English: Flesch-Kincaid grade %.1f%n", grade);
    assertThat(grade).as("Flesch-Kincaid grade").isLessThanOrEqualTo(8.0);
  }

  @Test
  void theSpanishWordingReadsFairlyEasily() {
    double ease = Readability.fernandezHuerta(wording(Language.ES));
    System.out.printf("Home-care sheet, Spanish: Fernández-Huerta %.1f%n", ease);
    assertThat(ease).as("Fernández-Huerta").isGreaterThanOrEqualTo(65.0);
  }

  @Test
  void theReadabilityFormulasRankTextsSensibly() {
    assertThat(Readability.fleschKincaidGrade("Walk a bit. Rest a bit. Use ice."))
        .isLessThan(
            Readability.fleschKincaidGrade(
                "Intermittent cryotherapy facilitates symptomatic amelioration of paraspinal musculature."));
    assertThat(Readability.englishSyllables("stretch")).isEqualTo(1);
    assertThat(Readability.englishSyllables("walking")).isEqualTo(2);
    assertThat(Readability.spanishSyllables("día")).isEqualTo(2);
    assertThat(Readability.spanishSyllables("cuidado")).isEqualTo(3);
    assertThat(Readability.spanishSyllables("sí")).isEqualTo(1);
  }

  @Test
  void rejectedAdviceCanNeverGetIntoATemplate() {
    for (String advice :
        List.of(
            "Wear a back belt when you lift.",
            "Try traction at home.",
            "Stay in bed for a week.")) {
      String edited = SOURCE.replace("Stop the task or sport that brought on the spasm.", advice);
      assertThatThrownBy(() -> SheetTemplates.read("edited", edited, CATALOGUE, REJECTED))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("advice the guidelines reject");
    }
    String spanish =
        SOURCE.replace("Deje la tarea o el deporte que provocó el espasmo.", "Use una faja.");
    assertThatThrownBy(() -> SheetTemplates.read("edited", spanish, CATALOGUE, REJECTED))
        .hasMessageContaining("faja");
    assertThat(REJECTED.foundIn("Too much rest in bed makes the back stiff.", Language.EN))
        .isEmpty();
  }

  @Test
  void aTemplateMayNameOnlyItsOwnParametersAndMustKeepTheWarningBox() {
    String unknown = SOURCE.replace("{coldMinutes}.", "{iceMinutes}.");
    assertThatThrownBy(() -> SheetTemplates.read("edited", unknown, CATALOGUE, REJECTED))
        .hasMessageContaining("unknown placeholder {iceMinutes}");
    String removable =
        SOURCE.replace(
            "{\"code\": \"SEEK_CARE_NOW\", \"removable\": false",
            "{\"code\": \"SEEK_CARE_NOW\", \"removable\": true");
    assertThatThrownBy(() -> SheetTemplates.read("edited", removable, CATALOGUE, REJECTED))
        .hasMessageContaining("SEEK_CARE_NOW");
    String badDefault =
        SOURCE.replace(
            "\"default\": 15, \"min\": 5, \"max\": 20", "\"default\": 25, \"min\": 5, \"max\": 20");
    assertThatThrownBy(() -> SheetTemplates.read("edited", badDefault, CATALOGUE, REJECTED))
        .hasMessageContaining("between min and max");
  }
}
