package com.spinedesk.homecare.web;

import static com.spinedesk.it.FrontDeskSteps.CLINICIAN;
import static com.spinedesk.it.FrontDeskSteps.CLINICIAN_PASSWORD;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.it.Browser;
import com.spinedesk.it.ClinicServer;
import com.spinedesk.it.FrontDeskSteps;
import com.spinedesk.it.Pdfs;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The home-care sheet as the clinic lives it, in a real headless Chromium: the clinician opens the
 * demo patient whose intake reported heavy lifting and osteoporosis, previews her sheet in Spanish
 * (lifting advice in, the knee-to-chest stretch out with the reason shown), is stopped by a heat
 * dose of three hours, sets 20 minutes, adds a note and issues it; the front desk, working in
 * Spanish, finds her and prints the same sheet again, byte for byte. Screens and PDF pages are
 * saved as pictures.
 */
class HomeCareJourneyIT {

  private static URL base;

  @BeforeAll
  static void server() throws Exception {
    base = ClinicServer.shared().toURL();
  }

  private static WebElement dose(Browser browser, String code) {
    return browser.element("input.dose-input[data-dose='" + code + "']");
  }

  @Test
  void saddleNumbnessGetsTheEmergencyReferralSheetInSpanish() throws Exception {
    try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
      browser.signIn(CLINICIAN, CLINICIAN_PASSWORD);
      browser.get("chart/today.xhtml");
      browser.findAll("a.chart-link").stream()
          .filter(a -> a.getText().equals("Garcia, Maria"))
          .findFirst()
          .orElseThrow()
          .click();
      browser.waitForText(".red-flag-banner", "saddle area");
      browser.clickAndWaitForPage("chartForm:startVisit");
      browser.clickAndWaitForPage("prepareSheet");

      // No self-care: no doses, no sections to choose, no "call us if not better".
      String preview = browser.byId("sheetForm:preview").getText();
      assertThat(preview)
          .contains("Vaya hoy al servicio de urgencias", "Garcia, Maria", "Qué decirles")
          .contains("adormecimiento en la zona de la silla de montar")
          .doesNotContain("Cómo cuidar su espalda en casa", "calor", "estiramiento");
      assertThat(browser.findAll("input.dose-input")).isEmpty();
      assertThat(browser.byId("sheetForm:notices").getText())
          .contains("emergency referral sheet", "Possible cauda equina syndrome");
      browser.checkScreen("homecare-10-emergency-preview-es");

      browser.clickAndWaitForPage("sheetForm:issue");
      assertThat(browser.texts(".ui-message-error, .item-error, .msg-error"))
          .anySatisfy(m -> assertThat(m).containsIgnoringCase("confirm"));
      browser.click("sheetForm:redFlagsConfirmed");
      browser.clickAndWaitForPage("sheetForm:issue");
      assertThat(browser.pageText()).contains("The sheet was issued", "Spanish");
      assertThat(browser.element("h1").getText()).isEqualTo("Emergency referral sheet");
      long sheetId = FrontDeskSteps.idInAddress(browser);
      browser.checkScreen("homecare-11-emergency-issued");

      HttpResponse<byte[]> pdf = browser.download("homecare/pdf.xhtml?id=" + sheetId);
      assertThat(pdf.statusCode()).isEqualTo(200);
      Pdfs.Printed printed = Pdfs.read(pdf.body(), "homecare-12-emergency-sheet");
      assertThat(printed.tagged()).isTrue();
      assertThat(printed.language()).isEqualTo("es");
      assertThat(printed.text().replaceAll("\\s+", " "))
          .contains("Vaya hoy al servicio de urgencias", "Muestre esta hoja al llegar")
          .contains("Posible síndrome de cola de caballo")
          .doesNotContain("Úselo durante", "Busque ayuda de inmediato");
    }
  }

  @Test
  void aLifterWithOsteoporosisTakesHomeASpanishSheetThatTheFrontDeskReprintsIdentically()
      throws Exception {
    byte[] issued;
    long sheetId;
    try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
      browser.signIn(CLINICIAN, CLINICIAN_PASSWORD);
      browser.get("chart/today.xhtml");
      browser.findAll("a.chart-link").stream()
          .filter(a -> a.getText().equals("Martinez, Carmen"))
          .findFirst()
          .orElseThrow()
          .click();
      browser.waitForText("#bannerMrn", "MRN");
      assertThat(browser.pageText()).contains("Heavy or repeated lifting", "Osteoporosis");
      browser.clickAndWaitForPage("chartForm:startVisit");
      browser.clickAndWaitForPage("prepareSheet");

      String preview = browser.byId("sheetForm:preview").getText();
      assertThat(preview)
          .contains("Cómo cuidar su espalda en casa", "Martinez, Carmen")
          .contains("Doble las rodillas y levante con las piernas")
          .contains("Busque ayuda de inmediato")
          .doesNotContain("rodilla hacia el pecho");
      assertThat(browser.byId("sheetForm:notices").getText())
          .contains("A gentle stretch: knee to chest", "is left out", "Osteoporosis");
      assertThat(
              browser.findAll(
                  "[id='sheetForm:leftOut'] input[value='STRETCH'][disabled]:not(:checked)"))
          .as("left out for safety: unticked and disabled, with the reason")
          .hasSize(1);
      browser.checkScreen("homecare-01-preview-es");

      // Heat for three hours: refused by name, the preview keeps the last safe sheet.
      WebElement heat = dose(browser, "heatMinutes");
      heat.clear();
      heat.sendKeys("180");
      browser.click("sheetForm:note");
      browser.waitForText(
          "[id='sheetForm:doseErrors']",
          "Heat: minutes each time: use a whole number from 5 to 20");
      browser.checkScreen("homecare-02-heat-refused");

      heat = dose(browser, "heatMinutes");
      heat.clear();
      heat.sendKeys("20");
      browser.type("sheetForm:note", "Vuelva el jueves. <b>No</b> cargue peso esta semana.");
      browser.click("sheetForm:language");
      browser.waitForText("[id='sheetForm:preview']", "durante 20 minutos, cada 4 horas");
      assertThat(browser.byId("sheetForm:preview").getText())
          .contains("Vuelva el jueves. <b>No</b> cargue peso esta semana.");
      browser.checkScreen("homecare-03-preview-adjusted");

      browser.clickAndWaitForPage("sheetForm:issue");
      assertThat(browser.pageText()).contains("The sheet was issued", "Spanish", "20");
      sheetId = FrontDeskSteps.idInAddress(browser);
      browser.checkScreen("homecare-04-issued");

      HttpResponse<byte[]> pdf = browser.download("homecare/pdf.xhtml?id=" + sheetId);
      assertThat(pdf.statusCode()).isEqualTo(200);
      issued = pdf.body();
      Pdfs.Printed printed = Pdfs.read(issued, "homecare-05-sheet");
      assertThat(printed.tagged()).isTrue();
      assertThat(printed.language()).isEqualTo("es");
      assertThat(printed.text())
          .contains("Cómo cuidar su espalda en casa", "Martinez, Carmen", "Dr. Casey Moreno")
          .contains("Doble las rodillas y levante con las piernas")
          .contains("Úselo durante 20 minutos, cada 4 horas.")
          .contains("Vuelva el jueves. <b>No</b> cargue peso esta semana.")
          .contains("Busque ayuda de inmediato")
          .doesNotContain("rodilla hacia el pecho");
    }

    try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
      desk.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      desk.clickAndWaitForPage("sessionForm:spanish");
      desk.get("patients/find.xhtml");
      desk.type("searchForm:name", "martinez carmen");
      desk.click("searchForm:search");
      // The unfiltered list shows first; wait until the search has replaced it.
      desk.waitUntil(
          () ->
              !desk.findAll("a.patient-link").isEmpty()
                  && desk.findAll("a.patient-link").stream()
                      .allMatch(a -> a.getText().equals("Martinez, Carmen")));
      desk.element("a.patient-link").click();
      desk.waitForText("#issuedSheets", "Imprimir de nuevo");
      assertThat(desk.byId("issuedSheets").getText()).contains("Español");
      desk.checkScreen("homecare-06-frontdesk-reprint-es");
      String reprint = desk.element("#issuedSheets a.reprint-link").getAttribute("href");
      byte[] again = desk.download(reprint.substring(reprint.indexOf("homecare/"))).body();
      assertThat(again).as("the reprint is the identical document").isEqualTo(issued);
      desk.get("homecare/sheet.xhtml?visit=1");
      assertThat(desk.pageText()).contains("No permitido");
    }
  }
}
