package com.spinedesk.intake.web;

import static com.spinedesk.it.FrontDeskSteps.CLINICIAN;
import static com.spinedesk.it.FrontDeskSteps.CLINICIAN_PASSWORD;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.it.Browser;
import com.spinedesk.it.ClinicServer;
import com.spinedesk.it.FrontDeskSteps;
import com.spinedesk.it.QuestionnaireSteps;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The intake as the clinic lives it: the front desk starts it and hands over the tablet; the
 * patient answers in Spanish on a tablet-sized screen and reports saddle numbness; the front desk
 * sees it submitted; the clinician opens it from the worklist and sees the red-flag banner first.
 *
 * <p>Its two journeys run side by side: they are the longest of the suite and share nothing.
 */
@Execution(ExecutionMode.CONCURRENT)
class IntakeJourneyIT {

  private static URL base;

  @BeforeAll
  static void server() throws Exception {
    base = ClinicServer.shared().toURL();
  }

  @Test
  void tabletIntakeInSpanishWithARedFlagReachesTheClinicianFirst() throws Exception {
    String family = FrontDeskSteps.uniqueFamilyName("Tablet");
    String code;
    try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
      desk.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      desk.get("patients/register.xhtml");
      FrontDeskSteps.fillPatient(desk, family, "Lucía", "05/20/1958", "(555) 301-4455");
      desk.select("patientForm:preferredLanguage", "Spanish");
      desk.clickAndWaitForPage("patientForm:register");
      desk.clickAndWaitForPage("intakesForm:startIntake");
      assertThat(desk.pageText()).contains("Not started", family);
      desk.checkScreen("intake-01-started");

      desk.click("overviewForm:handOver");
      code = desk.element("#kioskCode").getAttribute("aria-label");
      assertThat(code).hasSize(6);
      desk.checkScreen("intake-02-tablet-code");

      try (Browser tablet = Browser.open(base, Browser.TABLET)) {
        tablet.get("kiosk/index.xhtml");
        assertThat(tablet.pageText()).doesNotContain(family, "Sign out");
        tablet.checkScreen("kiosk-01-code");
        tablet.type("kioskForm:code", "ACDEFG");
        tablet.clickAndWaitForPage("kioskForm:start");
        assertThat(tablet.pageText()).contains("This code does not work");
        tablet.checkScreen("kiosk-02-wrong-code");

        tablet.type("kioskForm:code", code.substring(0, 3).toLowerCase() + " " + code.substring(3));
        tablet.clickAndWaitForPage("kioskForm:start");
        assertThat(tablet.pageText())
            .contains("Su cuestionario", "Página 1 de")
            .doesNotContain(family);
        tablet.checkScreen("kiosk-03-first-page-es");

        // Nothing answered: every required question says so, in Spanish.
        tablet.click("wizardForm:next");
        tablet.waitForText("[id='wizardForm:wizardPage']", "Responda esta pregunta");
        tablet.checkScreen("kiosk-04-required-es");

        int page = 1;
        while (!tablet.pageText().contains("Revise sus respuestas")) {
          QuestionnaireSteps.answerPage(tablet, Map.of("saddle_numbness", "true", "pain_now", "8"));
          // axe-core takes seconds on a page of questions; every page is built from the same
          // components, so the first is checked and the others are only pictured.
          if (page == 1) {
            tablet.checkScreen("kiosk-05-page-" + page);
          } else {
            tablet.screenshot("kiosk-05-page-" + page);
          }
          String before = tablet.byId("wizardForm:wizardPage").getText();
          tablet.click("wizardForm:next");
          tablet.waitUntilReplaced(
              tablet.byId("wizardForm:wizardPage"), java.time.Duration.ofSeconds(10));
          assertThat(tablet.findAll(".item-error"))
              .as("errors after page %d: %s", page, before)
              .isEmpty();
          page++;
          assertThat(page).isLessThan(40);
        }
        tablet.checkScreen("kiosk-06-review-es");
        tablet.click("wizardForm:submit");
        tablet.waitForText("body", "Gracias");
        tablet.checkScreen("kiosk-07-done-es");
      }

      desk.get("intake/today.xhtml");
      String row =
          desk.findAll("[id='worklistForm:worklist'] tbody tr").stream()
              .map(r -> r.getText())
              .filter(t -> t.contains(family))
              .findFirst()
              .orElseThrow();
      assertThat(row).contains("Submitted").containsIgnoringCase("urgent");
      desk.checkScreen("intake-03-worklist-submitted");
    }

    // The code worked once; it is useless now.
    try (Browser again = Browser.open(base, Browser.TABLET)) {
      again.get("kiosk/index.xhtml");
      again.type("kioskForm:code", code);
      again.clickAndWaitForPage("kioskForm:start");
      assertThat(again.pageText()).contains("This code does not work");
    }

    try (Browser clinician = Browser.open(base, Browser.DESKTOP)) {
      clinician.signIn(CLINICIAN, CLINICIAN_PASSWORD);
      clinician.get("intake/today.xhtml");
      assertThat(clinician.findAll("[id='worklistForm:worklist'] tbody tr").get(0).getText())
          .containsIgnoringCase("urgent");
      clinician.findAll("a.intake-link").stream()
          .filter(a -> a.getText().contains(family))
          .findFirst()
          .orElseThrow()
          .click();
      clinician.waitForText(".red-flag-banner", "Red flag");
      assertThat(clinician.element(".red-flag-banner").getText())
          .containsIgnoringCase("cauda equina");
      assertThat(clinician.pageText().indexOf("Red flag"))
          .isLessThan(clinician.pageText().indexOf("Risk profile"));
      clinician.checkScreen("intake-04-clinician-red-flag");

      clinician.click("overviewForm:markReviewed");
      clinician.waitForText("#intakeStatus", "Reviewed");
      clinician.checkScreen("intake-05-reviewed");
    }
  }

  @Test
  void frontDeskFillsAnIntakeInWithThePatientAndACorrectionNeedsAReason() throws Exception {
    String family = FrontDeskSteps.uniqueFamilyName("Desk");
    try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
      desk.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      FrontDeskSteps.register(desk, family, "Omar", "09/09/1980");
      desk.clickAndWaitForPage("intakesForm:startIntake");
      desk.clickAndWaitForPage("overviewForm:fillIn");
      assertThat(desk.pageText()).contains("Intake questionnaire", "Page 1 of");
      desk.checkScreen("intake-06-desk-first-page");

      // A tampered answer (not one of the question's choices) is refused with the question named,
      // and the page keeps what was answered.
      QuestionnaireSteps.answerPage(desk, Map.of("heavy_lifting", "true", "onset_known", "true"));
      desk.script(
          "var r = document.querySelector('input[type=radio]:checked');"
              + " r.setAttribute('data-real', r.value); r.value = 'TAMPERED';");
      desk.click("wizardForm:next");
      desk.waitForText("[id='wizardForm:messages']", "not one of the offered choices");
      assertThat(desk.byId("wizardForm:messages").getText())
          .contains("Do you know the date your back pain started?");
      assertThat(desk.pageText()).contains("Page 1 of");
      assertThat(desk.findAll("input[type=radio]:checked")).as("the other answers").isNotEmpty();
      desk.checkScreen("intake-06b-desk-tampered-answer");
      // The refused answer is asked again (answerPage below), the others stay.

      for (int page = 1; !desk.pageText().contains("Check your answers"); page++) {
        assertThat(page).as("pages").isLessThan(20);
        QuestionnaireSteps.answerPage(desk, Map.of("heavy_lifting", "true", "onset_known", "true"));
        desk.screenshot("intake-06-desk-page-" + page);
        desk.click("wizardForm:next");
        desk.waitForText(".progress-line", "Page " + (page + 1) + " of");
        assertThat(desk.findAll(".item-error")).isEmpty();
      }
      desk.checkScreen("intake-07-desk-review");
      desk.click("wizardForm:submit");
      desk.waitForText("#intakeStatus", "Submitted");
      assertThat(desk.pageText())
          .contains(
              "The intake was submitted", "No red flags reported", "Heavy or repeated lifting");
      desk.checkScreen("intake-08-desk-submitted");

      desk.click("overviewForm:startCorrection");
      desk.click("correctionForm:confirmCorrection");
      desk.waitForText("[id='correctionForm']", "please say why");
      desk.checkScreen("intake-09-correction-needs-reason");
      desk.type("correctionForm:reason", "Patient <b>misread</b> the lifting question");
      desk.click("correctionForm:confirmCorrection");
      desk.waitForText("[id='correctionForm']", "without < or >");
      desk.type("correctionForm:reason", "Patient misread the lifting question");
      desk.clickAndWaitForPage("correctionForm:confirmCorrection");
      assertThat(desk.pageText()).contains("Correction started");
      desk.checkScreen("intake-10-correction-started");
    }
  }
}
