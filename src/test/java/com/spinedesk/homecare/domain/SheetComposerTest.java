package com.spinedesk.homecare.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.homecare.application.SheetTemplates;
import com.spinedesk.homecare.domain.SheetContent.Block;
import com.spinedesk.intake.application.Catalogues;
import com.spinedesk.intake.domain.ClinicalCatalogue;
import com.spinedesk.intake.domain.DurationCategory;
import com.spinedesk.intake.domain.RedFlag;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.platform.application.Seeds;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Paper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How a sheet is composed for a patient: prevention advice chosen by their own risk factors, the
 * safety rules (osteoporosis and the knee-to-chest stretch, red flags first), the clinician's
 * choices, and the doses filled into the wording with their units.
 */
class SheetComposerTest {
  static final ClinicalCatalogue CATALOGUE = Catalogues.read();
  static final SheetTemplate TEMPLATE =
      SheetTemplates.read(
          "shipped",
          Seeds.text("homecare/back-spasm-home-care.v2.json"),
          CATALOGUE,
          SheetTemplates.RejectedAdvice.shipped());

  private static RiskProfile profile(
      List<String> redFlags, List<String> modifiable, List<String> other) {
    return new RiskProfile(
        redFlags,
        modifiable,
        other,
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

  private static SheetContent sheet(RiskProfile profile) {
    return sheet(profile, SheetChoices.defaults(TEMPLATE, Language.EN, Paper.LETTER));
  }

  private static SheetContent sheet(RiskProfile profile, SheetChoices choices) {
    return SheetComposer.compose(TEMPLATE, profile, CATALOGUE, choices);
  }

  private static Block block(SheetContent content, String code) {
    return content.blocks().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
  }

  private static List<String> codes(SheetContent content) {
    return content.blocks().stream().map(Block::code).toList();
  }

  static final SheetTemplate EMERGENCY =
      SheetTemplates.read(
          "shipped",
          Seeds.text("homecare/emergency-referral.v1.json"),
          CATALOGUE,
          SheetTemplates.RejectedAdvice.shipped());

  @Test
  void aSuspectedFractureLeavesOutTheStretchAndBooksAFollowUpVisit() {
    SheetContent fracture = sheet(profile(List.of("FRACTURE"), List.of(), List.of()));
    assertThat(codes(fracture))
        .doesNotContain("STRETCH", "FOLLOW_UP")
        .contains("FOLLOW_UP_URGENT")
        .first()
        .isEqualTo("SEEK_CARE_NOW");
    assertThat(fracture.notices())
        .anySatisfy(
            n -> {
              assertThat(n.messageKey()).isEqualTo("sheet.notice.leftOutForSafety");
              assertThat(n.arguments()).containsExactly("STRETCH", "FRACTURE");
            });
    assertThat(String.join(" ", block(fracture, "FOLLOW_UP_URGENT").sentences()))
        .contains("We will see you again in 14 days")
        .doesNotContain("not better");

    SheetContent plain = sheet(profile(List.of(), List.of(), List.of()));
    assertThat(codes(plain)).contains("STRETCH", "FOLLOW_UP").doesNotContain("FOLLOW_UP_URGENT");
  }

  @Test
  void anEmergencyGetsTheReferralSheetWithItsOwnSignsAndNoSelfCare() {
    SheetContent referral =
        SheetComposer.compose(
            EMERGENCY,
            profile(List.of("CAUDA_EQUINA"), List.of("HEAVY_LIFTING"), List.of()),
            CATALOGUE,
            SheetChoices.defaults(EMERGENCY, Language.EN, Paper.LETTER));
    assertThat(codes(referral))
        .containsExactly("GO_NOW", "TELL_THEM", "SEEK_CARE_NOW", "BRING", "QUESTIONS");
    assertThat(block(referral, "TELL_THEM").list())
        .containsExactly("Possible cauda equina syndrome");
    assertThat(block(referral, "SEEK_CARE_NOW").list())
        .singleElement()
        .asString()
        .contains("numb between your legs");
    assertThat(referral.title()).isEqualTo("Go to the emergency department today");
    assertThat(referral.notices())
        .extracting(n -> n.messageKey())
        .containsExactly("sheet.notice.emergencySheet");
  }

  @Test
  void aPatientWhoLiftsGetsLiftingAdviceAndADeskWorkerPostureBreaks() {
    SheetContent lifter = sheet(profile(List.of(), List.of("HEAVY_LIFTING"), List.of()));
    assertThat(block(lifter, "PREVENTION").list())
        .containsExactly(CATALOGUE.riskFactor("HEAVY_LIFTING").orElseThrow().prevention().en());
    assertThat(block(lifter, "PREVENTION").list().get(0)).contains("lift with your legs");

    SheetContent deskWorker =
        sheet(profile(List.of(), List.of("POSTURE", "SEDENTARY"), List.of("AGE")));
    assertThat(block(deskWorker, "PREVENTION").list())
        .hasSize(2)
        .anySatisfy(a -> assertThat(a).contains("every 30 to 45 minutes"))
        .noneSatisfy(a -> assertThat(a).contains("lift"));
  }

  @Test
  void withoutRiskFactorsTheyCanChangeOnlyTheGeneralAdviceIsGiven() {
    SheetContent content = sheet(profile(List.of(), List.of(), List.of("ARTHRITIS", "AGE")));
    assertThat(block(content, "PREVENTION").list()).isEmpty();
    assertThat(block(content, "PREVENTION").sentences())
        .containsExactly("Stay active. Walk or move most days of the week.");
  }

  @Test
  void osteoporosisLeavesOutTheKneeToChestStretchAndTellsTheClinicianWhy() {
    SheetContent content =
        sheet(profile(List.of(), List.of("HEAVY_LIFTING"), List.of("OSTEOPOROSIS")));
    assertThat(codes(content)).doesNotContain("STRETCH");
    assertThat(content.plainText()).doesNotContainIgnoringCase("knee toward your chest");
    assertThat(content.notices())
        .containsExactly(
            new SheetContent.Notice(
                "sheet.notice.leftOutForSafety", List.of("STRETCH", "OSTEOPOROSIS")));

    SheetContent withoutIt = sheet(profile(List.of(), List.of("HEAVY_LIFTING"), List.of()));
    assertThat(codes(withoutIt)).contains("STRETCH");
    assertThat(withoutIt.notices()).isEmpty();
  }

  @Test
  void theSeekCareBoxIsAlwaysPrintedLastOrFirstWithARedFlag() {
    SheetContent plain = sheet(profile(List.of(), List.of(), List.of()));
    assertThat(codes(plain).get(codes(plain).size() - 1)).isEqualTo("SEEK_CARE_NOW");
    Block box = block(plain, "SEEK_CARE_NOW");
    assertThat(box.boxed()).isTrue();
    // Every red flag's symptoms; consider signs have none of their own to watch for.
    assertThat(box.list())
        .hasSize((int) CATALOGUE.redFlags().stream().filter(RedFlag::raisesUrgency).count());

    SheetContent flagged = sheet(profile(List.of("INFECTION"), List.of(), List.of()));
    assertThat(codes(flagged).get(0)).isEqualTo("SEEK_CARE_NOW");
    assertThat(block(flagged, "SEEK_CARE_NOW").list().get(0))
        .isEqualTo(CATALOGUE.redFlag("INFECTION").orElseThrow().seekCareNow().en());
    assertThat(flagged.notices())
        .containsExactly(
            new SheetContent.Notice("sheet.notice.redFlagsFirst", List.of("INFECTION")));

    SheetChoices tryingToDropIt =
        new SheetChoices(
            Language.EN,
            Paper.LETTER,
            false,
            TEMPLATE.defaults(),
            Set.of("SEEK_CARE_NOW", "FOLLOW_UP"),
            null,
            false);
    assertThat(codes(sheet(profile(List.of(), List.of(), List.of()), tryingToDropIt)))
        .contains("SEEK_CARE_NOW", "FOLLOW_UP");
  }

  @Test
  void theClinicianChoosesDosesSectionsAndANote() {
    Map<String, Integer> doses = new HashMap<>(TEMPLATE.defaults());
    doses.put("heatMinutes", 20);
    doses.put("coldDays", 1);
    doses.put("stretchRepetitions", 1);
    SheetChoices choices =
        new SheetChoices(
            Language.EN,
            Paper.A4,
            true,
            doses,
            Set.of("LEG_ELEVATION", "FIRST_STEP"),
            "Come back on Thursday.",
            false);
    SheetContent content = sheet(profile(List.of(), List.of(), List.of()), choices);

    assertThat(codes(content)).doesNotContain("LEG_ELEVATION", "FIRST_STEP");
    assertThat(codes(content).get(0)).isEqualTo(SheetComposer.NOTE);
    assertThat(block(content, SheetComposer.NOTE).sentences())
        .containsExactly("Come back on Thursday.");
    assertThat(block(content, "HEAT").sentences())
        .contains("Use it for 20 minutes, every 4 hours.");
    assertThat(block(content, "COLD").heading()).isEqualTo("Use cold for the first 1 day");
    assertThat(block(content, "STRETCH").sentences())
        .contains("Do the same with the other leg. Do it 1 time on each side.");
  }

  @Test
  void theSheetIsWrittenInTheChosenLanguage() {
    SheetContent spanish =
        sheet(
            profile(List.of(), List.of("HEAVY_LIFTING"), List.of()),
            SheetChoices.defaults(TEMPLATE, Language.ES, Paper.LETTER));
    assertThat(spanish.title()).isEqualTo("Cómo cuidar su espalda en casa");
    assertThat(block(spanish, "COLD").sentences())
        .contains("Póngalo sobre la zona que duele durante 15 minutos.");
    assertThat(block(spanish, "PREVENTION").list().get(0)).startsWith("Doble las rodillas");
  }
}
