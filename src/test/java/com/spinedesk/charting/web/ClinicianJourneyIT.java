package com.spinedesk.charting.web;

import static com.spinedesk.it.FrontDeskSteps.CLINICIAN;
import static com.spinedesk.it.FrontDeskSteps.CLINICIAN_PASSWORD;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK_PASSWORD;
import static com.spinedesk.it.FrontDeskSteps.SECOND_CLINICIAN;
import static com.spinedesk.it.FrontDeskSteps.SECOND_CLINICIAN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.it.Browser;
import com.spinedesk.it.ClinicServer;
import com.spinedesk.it.FrontDeskSteps;
import com.spinedesk.it.Pdfs;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The clinician's day in a real headless Chromium: the red-flag patient first on today's list, the
 * chart, a muscle test with a weak right great-toe extension typed by keyboard, the note signed, a
 * lumbar MRI ordered with its guidance, signed and printed; then the front desk sees the order and
 * prints its requisition. Every screen passes axe-core and is saved as a screenshot, and so is
 * every page of the requisition.
 */
class ClinicianJourneyIT {
  private static final String[] KEY_MUSCLES = {
    "HIP_FLEXION",
    "KNEE_EXTENSION",
    "ANKLE_DORSIFLEXION",
    "GREAT_TOE_EXTENSION",
    "ANKLE_PLANTARFLEXION",
    "HIP_ABDUCTION",
    "ANKLE_EVERSION"
  };

  private static URL base;

  @BeforeAll
  static void server() throws Exception {
    base = ClinicServer.shared().toURL();
  }

  @Test
  void aFirstEpisodeAfterFiftyIsContextNotAnUrgentPatient() throws Exception {
    try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
      browser.signIn(CLINICIAN, CLINICIAN_PASSWORD);
      browser.get("chart/today.xhtml");
      // The demo patient in his fifties with a first episode and nothing else: an amber note on
      // the list, not among the urgent ones; the urgent one says what raised its flag.
      String okafor = row(browser, "Okafor, Chinedu");
      assertThat(okafor).contains("Consider").containsPattern("age \\d{2} at a first episode");
      assertThat(browser.findAll("tr.urgent-row").stream().map(WebElement::getText))
          .noneMatch(row -> row.contains("Okafor"))
          .anyMatch(row -> row.contains("Garcia, Maria") && row.contains("saddle area"));
      browser.checkScreen("clinician-20-todays-patients-consider");

      browser.findAll("a.chart-link").stream()
          .filter(a -> a.getText().equals("Okafor, Chinedu"))
          .findFirst()
          .orElseThrow()
          .click();
      browser.waitForText(".consider-panel", "at a first episode");
      assertThat(browser.findAll(".red-flag-banner")).isEmpty();
      assertThat(browser.element(".consider-panel").getText())
          .contains(
              "Age over 50 or under 20 at a first episode", "does not make the intake urgent");
      browser.checkScreen("clinician-21-chart-consider");

      browser.clickAndWaitForPage("chartForm:startVisit");
      browser.clickAndWaitForPage("orderImaging");
      browser.select("orderForm:study", "MRI lumbar spine without contrast");
      browser.waitForText("#guidanceRating", "Usually not appropriate");
      assertThat(browser.byId("orderForm:guidance").getText()).contains("ACR variant 1");
      assertThat(browser.element(".consider-panel").getText()).contains("at a first episode");
      browser.checkScreen("clinician-22-order-consider-no-imaging");
    }
  }

  private static String row(Browser browser, String patient) {
    return browser.findAll("[id='patientsForm:patients'] tbody tr").stream()
        .map(WebElement::getText)
        .filter(text -> text.contains(patient))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theRedFlagPatientGetsAMuscleTestAnMriOrderAndAPrintedRequisition() throws Exception {
    long orderId;
    try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
      browser.signIn(CLINICIAN, CLINICIAN_PASSWORD);
      browser.get("chart/today.xhtml");
      // The demo patient who reported saddle numbness this morning is on the list, flagged urgent.
      WebElement garcia =
          browser.findAll("a.chart-link").stream()
              .filter(a -> a.getText().equals("Garcia, Maria"))
              .findFirst()
              .orElseThrow();
      assertThat(browser.findAll("tr.urgent-row").stream().map(WebElement::getText))
          .anyMatch(row -> row.contains("Garcia, Maria"));
      browser.checkScreen("clinician-01-todays-patients");

      garcia.click();
      browser.waitForText(".red-flag-banner", "cauda equina");
      assertThat(browser.pageText()).contains("Latest risk profile", "Heavy or repeated lifting");
      browser.checkScreen("clinician-02-chart-red-flag");

      browser.clickAndWaitForPage("chartForm:startVisit");
      assertThat(browser.value("noteForm:painNow")).as("today's intake pain").isEqualTo("8");
      browser.checkScreen("clinician-03-visit");

      // The grid by keyboard: a mistake first, which the analysis names at once.
      browser.type("muscleForm:rows:0:left", "6");
      browser.click("muscleForm:examNote");
      browser.waitForText("[id='muscleForm:analysis']", "is not an MRC grade");
      for (int row = 0; row < KEY_MUSCLES.length; row++) {
        browser.type("muscleForm:rows:" + row + ":left", "5");
        browser.type(
            "muscleForm:rows:" + row + ":right",
            KEY_MUSCLES[row].equals("GREAT_TOE_EXTENSION") ? "4" : "5");
      }
      browser.type("muscleForm:trunk:0:seconds", "35");
      browser.click("muscleForm:examNote");
      browser.waitForText("[id='muscleForm:analysis']", "fits the L5 myotome");
      browser.checkScreen("clinician-04-muscle-grid-typed");

      browser.click("muscleForm:saveGrid");
      browser.waitForText("[id='muscleForm:messages']", "The muscle tests were saved");
      assertThat(
              browser
                  .element("[id='muscleForm:rows:3:right']")
                  .findElement(By.xpath(".."))
                  .getAttribute("class"))
          .contains("weaker-side");
      assertThat(browser.byId("muscleForm:analysis").getText())
          .contains("Weak: Long toe extensors, right: 4/5")
          .contains("consider L5 nerve root involvement")
          .contains("not a diagnosis");
      browser.checkScreen("clinician-05-muscle-grid-saved");

      // Switching the grid to Kendall changes only what empty cells take: every typed grade keeps
      // its MRC scale (shown as /5), so no 5 becomes "weak 5/10" and no weakness appears.
      browser.select("muscleForm:scale", "Kendall 0–10");
      browser.waitForAjax();
      browser.waitForText("[id='muscleForm:analysis']", "fits the L5 myotome");
      assertThat(browser.byId("muscleForm:analysis").getText()).doesNotContain("/10");
      assertThat(browser.byId("muscleForm:rows:0:leftScale").getText()).isEqualTo("/5");
      browser.checkScreen("clinician-05b-muscle-grid-kendall-default");
      browser.select("muscleForm:scale", "MRC 0–5 (with − and +)");
      browser.waitForAjax();

      // The note: signing names what is missing, keeps what was typed.
      browser.type(
          "noteForm:chiefComplaint",
          "Back pain after lifting; numb between the legs since yesterday");
      browser.type("noteForm:findings", "Saddle hypoaesthesia. Right great toe extension 4/5.");
      browser.clickAndWaitForPage("noteForm:sign");
      assertThat(browser.texts(".ui-message-error"))
          .contains(
              "Assessment: needed before the note can be signed.",
              "Plan: needed before the note can be signed.");
      assertThat(browser.value("noteForm:findings")).startsWith("Saddle hypoaesthesia");
      browser.checkScreen("clinician-06-note-incomplete");
      browser.type("noteForm:assessment", "Suspected cauda equina syndrome; right L5 weakness.");
      browser.select("noteForm:diagnoses", "G83.4 Cauda equina syndrome");
      browser.type("noteForm:plan", "Same-day emergency MRI; hospital referral.");
      // A result typed into the grid but not saved would be lost by signing: refused until saved.
      browser.type("muscleForm:trunk:0:seconds", "40");
      browser.click("muscleForm:examNote");
      browser.waitForAjax();
      browser.clickAndWaitForPage("noteForm:sign");
      assertThat(browser.pageText())
          .contains("Not signed: the muscle tests have results that are not saved");
      assertThat(browser.value("noteForm:plan"))
          .isEqualTo("Same-day emergency MRI; hospital referral.");
      browser.click("muscleForm:saveGrid");
      browser.waitForText("[id='muscleForm:messages']", "The muscle tests were saved");
      browser.clickAndWaitForPage("noteForm:sign");
      assertThat(browser.pageText())
          .contains("The note is signed and locked", "G83.4 Cauda equina syndrome");
      assertThat(browser.findAll("[id='muscleForm:rows:0:left'][disabled]")).hasSize(1);
      browser.checkScreen("clinician-07-note-signed");

      // The order: guidance follows the study chosen.
      browser.clickAndWaitForPage("orderImaging");
      browser.select("orderForm:study", "X-ray lumbar spine, 2 views (AP and lateral)");
      browser.waitForText("#guidanceRating", "Usually not appropriate");
      assertThat(browser.pageText()).contains("Reason for ordering it anyway");
      browser.checkScreen("clinician-08-order-not-appropriate");
      browser.select("orderForm:study", "MRI lumbar spine without contrast");
      browser.waitForText("#guidanceRating", "Usually appropriate");
      assertThat(browser.byId("orderForm:guidance").getText())
          .contains("ACR variant 4", "Red flag: Possible cauda equina syndrome");
      browser.checkScreen("clinician-09-order-guidance");
      browser.clickAndWaitForPage("orderForm:signOrder");
      assertThat(browser.texts(".ui-message-error"))
          .anySatisfy(m -> assertThat(m).startsWith("Main indication:"))
          .anySatisfy(m -> assertThat(m).startsWith("Clinical question:"));
      browser.checkScreen("clinician-10-order-incomplete");

      browser.select("orderForm:reasons", "G83.4 Cauda equina syndrome");
      // The filter box narrows the other reasons to those matching every word typed.
      browser.element("#orderForm input.diagnosis-filter").sendKeys("radiculopathy lumbar");
      List<WebElement> shown =
          browser.findAll("[id='orderForm:otherReasons'] tr").stream()
              .filter(WebElement::isDisplayed)
              .toList();
      assertThat(shown)
          .extracting(WebElement::getText)
          .containsExactly(
              "M54.16 Radiculopathy, lumbar region",
              "M51.16 Intervertebral disc disorder with radiculopathy, lumbar region");
      shown.get(0).findElement(By.tagName("label")).click();
      browser.type("orderForm:clinicalQuestion", "Cauda equina compression? At which level?");
      browser.select("orderForm:priority", "Stat");
      browser.select("orderForm:symptomSide", "Right");
      browser.clickAndWaitForPage("orderForm:signOrder");
      assertThat(browser.pageText())
          .contains("The order is signed and active", "Active", "Stat", "ACR variant 4");
      orderId = FrontDeskSteps.idInAddress(browser);
      browser.checkScreen("clinician-11-order-signed");

      HttpResponse<byte[]> pdf = browser.download("imaging/requisition.xhtml?id=" + orderId);
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith("application/pdf");
      Pdfs.Printed printed = Pdfs.read(pdf.body(), "clinician-12-requisition");
      assertThat(printed.pages()).isEqualTo(1);
      assertThat(printed.tagged()).isTrue();
      assertThat(printed.text())
          .contains(
              "Imaging requisition",
              "Garcia, Maria",
              "MRI lumbar spine without contrast",
              "G83.4 — Cauda equina syndrome",
              "M54.16 — Radiculopathy, lumbar region",
              "Cauda equina compression? At which level?",
              "STAT",
              "Dr. Casey Moreno",
              "Signature");
    }

    try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
      desk.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      desk.get("imaging/open.xhtml");
      assertThat(desk.pageText()).contains("Garcia, Maria", "MRI lumbar spine without contrast");
      desk.checkScreen("frontdesk-20-open-orders");
      desk.get("imaging/view.xhtml?id=" + orderId);
      assertThat(desk.pageText())
          .contains("Active", "Print requisition")
          .doesNotContain("Revoke", "Record the result");
      desk.checkScreen("frontdesk-21-order");
      assertThat(desk.download("imaging/requisition.xhtml?id=" + orderId).statusCode())
          .isEqualTo(200);
      desk.get("chart/today.xhtml");
      assertThat(desk.pageText()).contains("Not allowed");
    }
  }

  @Test
  void twoCliniciansEditingOneNoteOverwriteNothing() throws Exception {
    long patientId;
    try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
      desk.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      FrontDeskSteps.register(
          desk, FrontDeskSteps.uniqueFamilyName("Twonotes"), "Sam", "02/03/1984");
      patientId = FrontDeskSteps.idInAddress(desk);
    }
    try (Browser first = Browser.open(base, Browser.DESKTOP);
        Browser second = Browser.open(base, Browser.DESKTOP)) {
      first.signIn(CLINICIAN, CLINICIAN_PASSWORD);
      first.get("chart/chart.xhtml?patient=" + patientId);
      assertThat(first.pageText()).contains("no submitted intake");
      first.clickAndWaitForPage("chartForm:startVisit");
      long visitId = FrontDeskSteps.idInAddress(first);

      second.signIn(SECOND_CLINICIAN, SECOND_CLINICIAN_PASSWORD);
      second.get("chart/visit.xhtml?id=" + visitId);
      second.type("noteForm:chiefComplaint", "Written by the second clinician");
      second.clickAndWaitForPage("noteForm:save");
      assertThat(second.pageText()).contains("The draft was saved");

      first.type("noteForm:plan", "Written by the first clinician");
      first.clickAndWaitForPage("noteForm:save");
      assertThat(first.pageText())
          .contains("Not saved: clinician2 changed this note")
          .contains("(Chief complaint)")
          .contains("Nothing was overwritten");
      assertThat(first.value("noteForm:plan")).isEqualTo("Written by the first clinician");
      first.checkScreen("clinician-13-note-conflict");

      // Only the author signs.
      second.type("noteForm:assessment", "Lumbar strain");
      second.type("noteForm:plan", "Walk");
      second.clickAndWaitForPage("noteForm:sign");
      assertThat(second.pageText()).contains("Only clinician, who started this note, can sign it");
      second.checkScreen("clinician-14-not-the-author");

      first.clickAndWaitForPage("noteForm:reload");
      assertThat(first.value("noteForm:chiefComplaint"))
          .isEqualTo("Written by the second clinician");
      first.get("imaging/order.xhtml?visit=" + visitId);
      assertThat(first.pageText()).contains("has no submitted intake");
      first.checkScreen("clinician-15-order-without-intake");
    }
  }
}
