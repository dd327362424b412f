package com.spinedesk.patient.web;

import static com.spinedesk.it.FrontDeskSteps.CLINICIAN;
import static com.spinedesk.it.FrontDeskSteps.CLINICIAN_PASSWORD;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.it.Browser;
import com.spinedesk.it.ClinicServer;
import com.spinedesk.it.FrontDeskSteps;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The front desk in a real headless Chromium: sign in, register (first with mistakes), find, open
 * and edit a patient; the screens they see pass axe-core and are saved as screenshots.
 */
class FrontDeskJourneyIT {

  private static URL base;

  @BeforeAll
  static void server() throws Exception {
    base = ClinicServer.shared().toURL();
  }

  @Test
  void unauthenticatedRequestsGoToTheSignInPage() throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    for (String page : new String[] {"patients/find.xhtml", "admin/audit.xhtml", "index.xhtml"}) {
      HttpResponse<Void> response =
          client.send(
              HttpRequest.newBuilder(URI.create(base + page)).build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .get()
          .asString()
          .endsWith("/login.xhtml");
    }
  }

  @Test
  void frontDeskRegistersFindsAndEditsAPatient() throws Exception {
    try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
      browser.get("login.xhtml");
      browser.checkScreen("frontdesk-01-sign-in");
      browser.type("loginForm:username", FRONT_DESK);
      browser.type("loginForm:password", "wrong password");
      browser.clickAndWaitForPage("loginForm:signIn");
      assertThat(browser.pageText()).contains("Sign-in failed");
      browser.checkScreen("frontdesk-02-sign-in-failed");

      browser.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      assertThat(browser.byId("signedInUser").getText())
          .contains(FRONT_DESK)
          .contains("Front desk");
      assertThat(browser.pageText()).doesNotContain("Audit log", "User accounts");
      browser.checkScreen("frontdesk-03-home");

      // Mistakes first: every field says what is wrong, and what was typed stays.
      browser.get("patients/register.xhtml");
      browser.checkScreen("frontdesk-04-register");
      String family = FrontDeskSteps.uniqueFamilyName("Journey");
      FrontDeskSteps.fillPatient(browser, "<b>" + family + "</b>", "Ana", "12/31/2099", "call me");
      browser.type("patientForm:email", "ana@");
      browser.clickAndWaitForPage("patientForm:register");
      assertThat(browser.texts(".ui-message-error"))
          .anySatisfy(m -> assertThat(m).startsWith("Family name:"))
          .anySatisfy(m -> assertThat(m).startsWith("Date of birth:"))
          .anySatisfy(m -> assertThat(m).startsWith("Phone:"))
          .anySatisfy(m -> assertThat(m).startsWith("Email:"));
      assertThat(browser.value("patientForm:familyName")).isEqualTo("<b>" + family + "</b>");
      assertThat(browser.value("patientForm:phone")).isEqualTo("call me");
      assertThat(browser.value("patientForm:givenName")).isEqualTo("Ana");
      browser.checkScreen("frontdesk-05-register-errors");

      FrontDeskSteps.fillPatient(browser, family, "Ana", "03/14/1979", "(555) 201-3344");
      browser.clickAndWaitForPage("patientForm:register");
      String mrn = browser.byId("bannerMrn").getText().replaceAll("\\D", "");
      assertThat(mrn).hasSize(8);
      assertThat(browser.pageText()).contains("Registered " + family + ", Ana with MRN " + mrn);
      browser.checkScreen("frontdesk-06-registered");

      // Registering the same person again is stopped with the existing MRN.
      browser.get("patients/register.xhtml");
      FrontDeskSteps.fillPatient(browser, family, "Ana", "03/14/1979", "(555) 201-3344");
      browser.clickAndWaitForPage("patientForm:register");
      assertThat(browser.pageText()).contains("already registered (MRN " + mrn + ")");
      browser.checkScreen("frontdesk-07-possible-duplicate");

      browser.get("patients/find.xhtml");
      browser.type("searchForm:name", family.substring(0, 10).toLowerCase());
      browser.click("searchForm:search");
      browser.waitForText("[id='searchForm:results']", mrn);
      browser.checkScreen("frontdesk-08-find");

      browser.element("a.patient-link").click();
      browser.waitForText("#bannerMrn", mrn);
      browser.type("patientForm:phone", "(555) 777-0000");
      browser.clickAndWaitForPage("patientForm:save");
      assertThat(browser.pageText()).contains("Saved the changes to " + family + ", Ana");
      assertThat(browser.value("patientForm:phone")).isEqualTo("(555) 777-0000");
      browser.checkScreen("frontdesk-09-edited");

      browser.signOut();
      assertThat(browser.pageText()).contains("You have signed out");
    }
  }

  @Test
  void aStaleSaveInTheBrowserIsRefusedAndNamesWhoChangedWhat() throws Exception {
    try (Browser frontDesk = Browser.open(base, Browser.DESKTOP);
        Browser clinician = Browser.open(base, Browser.DESKTOP)) {
      frontDesk.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      String family = FrontDeskSteps.uniqueFamilyName("Conflict");
      FrontDeskSteps.register(frontDesk, family, "Lee", "07/04/1966");
      String patientUrl = frontDesk.currentUrl();

      clinician.signIn(CLINICIAN, CLINICIAN_PASSWORD);
      clinician.get(patientUrl.substring(patientUrl.indexOf("patients/")));
      clinician.type("patientForm:city", "Austin");
      clinician.clickAndWaitForPage("patientForm:save");

      frontDesk.type("patientForm:email", "stale@example.org");
      frontDesk.clickAndWaitForPage("patientForm:save");
      assertThat(frontDesk.pageText())
          .contains("Not saved: clinician changed this patient")
          .contains("(City)")
          .contains("Nothing was overwritten");
      frontDesk.checkScreen("frontdesk-10-conflict");

      frontDesk.clickAndWaitForPage("patientForm:reload");
      assertThat(frontDesk.value("patientForm:city")).isEqualTo("Austin");
      assertThat(frontDesk.value("patientForm:email")).isEqualTo("journey@example.org");
    }
  }

  @Test
  void frontDeskIsToldPlainlyThatAdminScreensAreNotAllowed() throws Exception {
    try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
      browser.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      for (String page : new String[] {"admin/audit.xhtml", "admin/users.xhtml"}) {
        browser.get(page);
        assertThat(browser.pageText()).contains("Not allowed").doesNotContain("Exception");
      }
      browser.checkScreen("frontdesk-11-not-allowed");
      browser.get("no/such/page.xhtml");
      assertThat(browser.pageText()).contains("Page not found");
      browser.checkScreen("frontdesk-12-not-found");
    }
  }

  @Test
  void anExpiredViewShowsTheFriendlyPage() throws Exception {
    try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
      browser.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      browser.get("patients/register.xhtml");
      browser.script(
          "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
              + ".forEach(function (e) { e.value = 'stale-view-state'; });");
      // A full post; the same failure in an ajax request is checked through HTTP in
      // MalformedRequestsIT, where no browser timing stands between the click and the answer.
      browser.clickAndWaitForPage("patientForm:register");
      browser.waitForText("body", "This page has expired");
      browser.checkScreen("frontdesk-13-expired");
    }
  }

  @Test
  void aSessionThatTimedOutSaysSoAndLeadsBackToThePageAfterSigningIn() throws Exception {
    try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
      browser.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      browser.get("intake/today.xhtml");
      browser.loseSession();
      browser.get("patients/find.xhtml");
      browser.waitForText("#sessionEnded", "signed you out after 30 minutes");
      browser.checkScreen("frontdesk-15-session-ended");
      browser.type("loginForm:username", FRONT_DESK);
      browser.type("loginForm:password", FRONT_DESK_PASSWORD);
      browser.clickAndWaitForPage("loginForm:signIn");
      browser.waitForText("h1", "Find patients");
      assertThat(browser.currentUrl()).endsWith("/patients/find.xhtml");
    }
  }

  @Test
  void theRegistrationScreenWorksOnATabletInSpanish() throws Exception {
    try (Browser browser = Browser.open(base, Browser.TABLET)) {
      browser.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      browser.clickAndWaitForPage("sessionForm:spanish");
      browser.get("patients/register.xhtml");
      assertThat(browser.pageText()).contains("Registrar paciente", "Fecha de nacimiento");
      browser.clickAndWaitForPage("patientForm:register");
      assertThat(browser.texts(".ui-message-error"))
          .contains("Apellidos: es obligatorio", "Fecha de nacimiento: es obligatorio");
      browser.checkScreen("frontdesk-14-register-tablet-es");
    }
  }
}
