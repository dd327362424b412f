package com.spinedesk.homecare.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spinedesk.homecare.application.SheetTemplates.RejectedAdvice;
import com.spinedesk.intake.domain.ClinicalCatalogue;
import org.junit.jupiter.api.Test;

/**
 * A malformed template stops SpineDesk with a message that names the file, the part of the template
 * (the section or parameter, and its field) and what is wrong with it.
 */
class MalformedSheetTemplateTest {
  static final String SOURCE = ShippedSheetTemplateTest.SOURCE;
  static final ClinicalCatalogue CATALOGUE = ShippedSheetTemplateTest.CATALOGUE;
  static final RejectedAdvice REJECTED = ShippedSheetTemplateTest.REJECTED;

  private static void refused(String json, String message) {
    assertThatThrownBy(() -> SheetTemplates.read("clinic/cold.v3.json", json, CATALOGUE, REJECTED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  private static String edited(String from, String to) {
    if (!SOURCE.contains(from)) {
      throw new IllegalArgumentException("The shipped template no longer has: " + from);
    }
    return SOURCE.replace(from, to);
  }

  @Test
  void aSectionWithoutItsHeadingIsNamedWithTheField() {
    refused(
        edited(
            "\"heading\": {\"en\": \"Use cold for the first {coldDays}\","
                + " \"es\": \"Use frío durante los primeros {coldDays}\"},",
            ""),
        "clinic/cold.v3.json: missing sections[1](COLD).heading");
  }

  @Test
  void aTextWithoutItsSpanishIsNamedByItsPlace() {
    refused(
        edited(", \"es\": \"Nunca ponga el hielo directamente sobre la piel.\"", ""),
        "clinic/cold.v3.json: missing sections[1](COLD).text[1].es");
  }

  @Test
  void aUnitWithoutItsSpanishFormsIsNamedWithItsParameter() {
    refused(
        edited(
            "\"unit\": {\"en\": [\"minute\", \"minutes\"], \"es\": [\"minuto\", \"minutos\"]}},\n"
                + "    {\"code\": \"coldEveryHours\"",
            "\"unit\": {\"en\": [\"minute\", \"minutes\"]}},\n    {\"code\": \"coldEveryHours\""),
        "clinic/cold.v3.json: missing parameters[0](coldMinutes).unit.es");
  }

  @Test
  void aValueOfTheWrongKindIsNamedWithItsField() {
    refused(
        edited(
            "{\"code\": \"COLD\", \"removable\": true,",
            "{\"code\": \"COLD\", \"removable\": \"yes\","),
        "clinic/cold.v3.json: sections.removable: true or false was expected, not \"yes\"");
    refused(
        edited(
            "\"default\": 15, \"min\": 5, \"max\": 20",
            "\"default\": \"15\", \"min\": 5, \"max\": 20"),
        "clinic/cold.v3.json: parameters.default: a whole number was expected, not \"15\"");
  }

  @Test
  void aBrokenRuleNamesTheSectionAndTheText() {
    assertThatThrownBy(
            () ->
                SheetTemplates.read(
                    "clinic/cold.v3.json",
                    edited("{coldMinutes}.\"", "{iceMinutes}.\""),
                    CATALOGUE,
                    REJECTED))
        .hasMessage(
            "clinic/cold.v3.json: section COLD, text[2]: unknown placeholder {iceMinutes} in:"
                + " Hold it on the sore spot for {iceMinutes}.;"
                + " section COLD, text[2]: unknown placeholder {iceMinutes} in:"
                + " Póngalo sobre la zona que duele durante {iceMinutes}.");
  }
}
