package com.spinedesk.homecare.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.spinedesk.homecare.domain.SheetChoices;
import com.spinedesk.homecare.domain.SheetTemplate;
import com.spinedesk.platform.application.FieldsRefused.FieldProblem;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Paper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Doses outside their safe bounds and other impossible choices are refused, each by name. */
class SheetChoicesCheckTest {
  static final SheetTemplate TEMPLATE = ShippedSheetTemplateTest.TEMPLATE;
  static final SheetTemplates.RejectedAdvice REJECTED = ShippedSheetTemplateTest.REJECTED;

  private static SheetChoices with(Map<String, Integer> changes, Set<String> leftOut, String note) {
    Map<String, Integer> doses = new HashMap<>(TEMPLATE.defaults());
    doses.putAll(changes);
    return new SheetChoices(Language.ES, Paper.A4, false, doses, leftOut, note, false);
  }

  private static List<FieldProblem> problems(SheetChoices choices) {
    return HomeCareSheets.check(TEMPLATE, choices, REJECTED);
  }

  @Test
  void theDefaultsAreFine() {
    assertThat(problems(SheetChoices.defaults(TEMPLATE, Language.EN, Paper.LETTER))).isEmpty();
  }

  @Test
  void coldForThreeHoursAndNoRepetitionsAreRefused() {
    assertThat(problems(with(Map.of("coldMinutes", 180, "stretchRepetitions", 0), Set.of(), null)))
        .extracting(FieldProblem::field, FieldProblem::messageKey)
        .containsExactly(
            tuple("coldMinutes", "sheet.doseOutOfBounds"),
            tuple("stretchRepetitions", "sheet.doseOutOfBounds"));
  }

  @Test
  void heatStartsOnlyAfterTheColdDays() {
    assertThat(problems(with(Map.of("coldDays", 3, "heatFromDay", 3), Set.of(), null)))
        .extracting(FieldProblem::field, FieldProblem::messageKey)
        .containsExactly(tuple("heatFromDay", "sheet.heatAfterCold"));
  }

  @Test
  void missingUnknownAndTamperedChoicesAreRefused() {
    Map<String, Integer> doses = new HashMap<>(TEMPLATE.defaults());
    doses.remove("walkMinutes");
    doses.put("iceBaths", 3);
    SheetChoices tampered =
        new SheetChoices(
            null,
            null,
            false,
            doses,
            Set.of("SEEK_CARE_NOW", "HOROSCOPE"),
            "x".repeat(2001),
            false);
    assertThat(problems(tampered))
        .extracting(FieldProblem::field, FieldProblem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("language", "sheet.unknownLanguage"),
            tuple("paper", "sheet.unknownPaper"),
            tuple("iceBaths", "sheet.unknownDose"),
            tuple("walkMinutes", "sheet.doseOutOfBounds"),
            tuple("leftOut", "sheet.sectionAlwaysPrinted"),
            tuple("leftOut", "sheet.unknownSection"),
            tuple("note", "sheet.noteTooLong"));
  }

  @Test
  void theClinicianNoteMayNotGiveAdviceTheGuidelinesReject() {
    assertThat(problems(note(Language.EN, "Stay in bed for a week.")))
        .extracting(FieldProblem::field, FieldProblem::messageKey)
        .containsExactly(tuple("note", "sheet.noteRejectedAdvice"));
    assertThat(problems(note(Language.ES, "Use una faja.")))
        .extracting(FieldProblem::field)
        .containsExactly("note");
    assertThat(problems(note(Language.ES, "Vuelva el jueves."))).isEmpty();
    assertThat(problems(note(Language.EN, "Too much rest in bed slows healing."))).isEmpty();
  }

  private static SheetChoices note(Language language, String note) {
    return new SheetChoices(
        language, Paper.LETTER, false, TEMPLATE.defaults(), Set.of(), note, false);
  }
}
