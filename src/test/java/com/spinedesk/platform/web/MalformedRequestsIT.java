package com.spinedesk.platform.web;

import static com.spinedesk.it.FrontDeskSteps.CLINICIAN;
import static com.spinedesk.it.FrontDeskSteps.CLINICIAN_PASSWORD;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.it.ClinicServer;
import com.spinedesk.it.Database;
import com.spinedesk.it.WebSession;
import com.spinedesk.it.WebSession.Page;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Addresses and forms a browser never sends, sent anyway: a bad, missing or out-of-range id answers
 * "Page not found" (404), a forged, oversized, foreign or missing view state "This page has
 * expired" (400). Never a server error, and nothing in the log as an error.
 */
class MalformedRequestsIT {
  private static URI base;
  private static WebSession clinician;

  @BeforeAll
  static void server() throws Exception {
    base = ClinicServer.shared();
    clinician = WebSession.signedIn(base, CLINICIAN, CLINICIAN_PASSWORD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "chart/visit.xhtml?id=abc",
        "chart/visit.xhtml",
        "chart/visit.xhtml?id=-1",
        "chart/visit.xhtml?id=999999999",
        "chart/chart.xhtml",
        "chart/chart.xhtml?patient=abc",
        "chart/chart.xhtml?patient=99999999999999999999",
        "intake/answer.xhtml?id=1e3",
        "intake/answer.xhtml",
        "intake/intake.xhtml?id=abc",
        "intake/intake.xhtml?id=1.5",
        "imaging/order.xhtml?visit=abc",
        "imaging/order.xhtml?id=abc",
        "imaging/order.xhtml",
        "imaging/view.xhtml?id=abc",
        "imaging/requisition.xhtml?id=abc",
        "homecare/sheet.xhtml?visit=abc",
        "homecare/view.xhtml?id=abc",
        "homecare/pdf.xhtml?id=%27",
        "patients/patient.xhtml?id=abc",
        "patients/patient.xhtml?id=%00",
        "patients/patient.xhtml?id=999999999",
        "patients/patient.xhtml"
      })
  void aBadAddressIsPageNotFound(String address) throws Exception {
    long errors = ClinicServer.errorsIn(ClinicServer.sharedLog());

    Page page = clinician.get(address);

    assertThat(page.status()).as(address).isEqualTo(404);
    assertThat(page.title()).startsWith("Page not found");
    assertThat(ClinicServer.errorsIn(ClinicServer.sharedLog())).isEqualTo(errors);
  }

  @ParameterizedTest
  @ValueSource(strings = {"forged", "oversized", "foreign", "missing"})
  void aFormWithoutItsOwnViewStateIsAnExpiredPage(String kind) throws Exception {
    WebSession desk = WebSession.signedIn(base, FRONT_DESK, FRONT_DESK_PASSWORD);
    Page form = desk.open("patients/register.xhtml");
    String viewState =
        switch (kind) {
          case "forged" -> "1234567890:-987654321";
          case "oversized" -> "9".repeat(200_000);
          case "foreign" ->
              clinician
                  .open("patients/register.xhtml")
                  .html()
                  .selectFirst("input[name=jakarta.faces.ViewState]")
                  .val();
          default -> null;
        };
    long errors = ClinicServer.errorsIn(ClinicServer.sharedLog());
    java.util.HashMap<String, String> fields = new java.util.HashMap<>();
    fields.put("patientForm:familyName", "Forged");
    fields.put("jakarta.faces.ViewState", viewState);

    Page answer = desk.post(form, "patientForm", "patientForm:register", fields);

    assertThat(answer.status()).as(kind).isEqualTo(400);
    assertThat(answer.title()).startsWith("This page has expired");
    assertThat(ClinicServer.errorsIn(ClinicServer.sharedLog())).isEqualTo(errors);
  }

  @Test
  void anAjaxRequestOfAnExpiredPageAnswersWithTheExpiredPage() throws Exception {
    WebSession desk = WebSession.signedIn(base, FRONT_DESK, FRONT_DESK_PASSWORD);
    Page find = desk.open("patients/find.xhtml");
    long errors = ClinicServer.errorsIn(ClinicServer.sharedLog());
    java.util.HashMap<String, String> fields = new java.util.HashMap<>();
    fields.put("jakarta.faces.ViewState", "1234567890:-987654321");
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "searchForm:search");
    fields.put("jakarta.faces.partial.execute", "@all");
    fields.put("jakarta.faces.partial.render", "searchForm");

    Page answer = desk.post(find, "searchForm", "searchForm:search", fields, "partial/ajax");

    // The whole page is replaced by the expired page, so the click is never met with nothing.
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body())
        .startsWith("<?xml")
        .contains("<partial-response", "jakarta.faces.ViewRoot", "This page has expired");
    assertThat(ClinicServer.errorsIn(ClinicServer.sharedLog())).isEqualTo(errors);
  }

  @Test
  void anOverlongNoteIsRefusedWithItsLimitNamedKeepingWhatWasTyped() throws Exception {
    long patient =
        Long.parseLong(
            Database.column(
                    "select id from patient where family_name = 'Lopez' and given_name = 'Ana'")
                .get(0));
    Page chart = clinician.open("chart/chart.xhtml?patient=" + patient);
    Page visit = clinician.submit(chart, "chartForm", "chartForm:startVisit", Map.of());
    String typed = "Z".repeat(10_002);

    Page answer =
        clinician.submit(visit, "noteForm", "noteForm:save", Map.of("noteForm:plan", typed));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.html().select(".ui-message-error").text()).contains("Plan", "10000");
    assertThat(answer.html().getElementById("noteForm:plan").text())
        .as("what was typed, all of it")
        .isEqualTo(typed);
    assertThat(Database.count("select count(*) from visit where plan like 'ZZZZZZZZZZ%'"))
        .as("nothing cut to the limit and saved")
        .isZero();
  }

  @Test
  void aVisitNotePostedWithoutViewStateIsRefusedWithoutAnError() throws Exception {
    long errors = ClinicServer.errorsIn(ClinicServer.sharedLog());

    Page answer =
        clinician.post(
            "chart/visit.xhtml?id=1",
            Map.of("noteForm", "noteForm", "noteForm:plan", "Rest", "noteForm:save", "save"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(ClinicServer.errorsIn(ClinicServer.sharedLog())).isEqualTo(errors);
  }
}
