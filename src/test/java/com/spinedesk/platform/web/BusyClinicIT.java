package com.spinedesk.platform.web;

import static com.spinedesk.it.FrontDeskSteps.ADMIN;
import static com.spinedesk.it.FrontDeskSteps.ADMIN_PASSWORD;
import static com.spinedesk.it.FrontDeskSteps.CLINICIAN;
import static com.spinedesk.it.FrontDeskSteps.CLINICIAN_PASSWORD;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.it.ClinicServer;
import com.spinedesk.it.Database;
import com.spinedesk.it.FrontDeskSteps;
import com.spinedesk.it.Together;
import com.spinedesk.it.WebSession;
import com.spinedesk.it.WebSession.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A busy clinic morning through HTTP, as many browsers at once: twenty front-desk, twenty clinician
 * and twenty administrator sessions sign in at the same moment (several on one account, as people
 * do) and then work through their pages together, writing as they go. Nobody may be told "Not
 * allowed" for something their role allows, nobody may see a server error, and what was written
 * must be whole: one patient per registration with its own MRN, one draft visit however many
 * clinicians start it, one sheet for a double click.
 */
class BusyClinicIT {
  private static final int SESSIONS_PER_ROLE = 20;
  private static final int ROUNDS = 2;
  private static final Pattern MRN = Pattern.compile("MRN\\s+(\\d{8})");

  private static URI base;

  /** What one request of the run came back with. */
  record Outcome(String role, String step, int status, String address) {
    boolean refused() {
      return status == 403;
    }

    boolean failed() {
      return status >= 500;
    }
  }

  @BeforeAll
  static void server() throws Exception {
    base = ClinicServer.shared();
  }

  @Test
  void sixtyPeopleAtOnceAreNeverWronglyRefusedNorShownAnError() throws Exception {
    String family = FrontDeskSteps.uniqueFamilyName("Busy");
    long smith = demoPatient("Smith", "John");
    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    List<String> mrns = Collections.synchronizedList(new ArrayList<>());

    List<Callable<Void>> people = new ArrayList<>();
    for (int i = 0; i < SESSIONS_PER_ROLE; i++) {
      people.add(() -> frontDesk(family, outcomes, mrns));
      people.add(() -> clinician(smith, outcomes));
      people.add(() -> administrator(outcomes));
    }
    Together.run(people);

    assertThat(outcomes.stream().filter(Outcome::refused).toList())
        .as("requests refused although the role allows them")
        .isEmpty();
    assertThat(outcomes.stream().filter(Outcome::failed).toList()).as("server errors").isEmpty();
    assertThat(mrns).hasSize(SESSIONS_PER_ROLE * ROUNDS).doesNotHaveDuplicates();
    assertThat(
            Database.column(
                "select mrn from patient where family_name like ? order by mrn", family + "%"))
        .as("every registration stored once, with the MRN shown")
        .containsExactlyInAnyOrderElementsOf(mrns);
    assertThat(
            Database.count(
                "select count(*) from visit where patient_id = ? and status = 'DRAFT'"
                    + " and visit_date = current_date()",
                smith))
        .as("one draft visit for today however many clinicians started it")
        .isEqualTo(1);
    assertThat(
            Database.count(
                "select count(*) from patient p where family_name like ? and not exists"
                    + " (select 1 from audit_entry a where a.patient_id = p.id"
                    + " and a.action = 'CREATE')",
                family + "%"))
        .as("patients registered without their audit entry")
        .isZero();
    assertThat(Database.auditChain().isIntact())
        .as("the audit log's chain, after everyone wrote to it at once")
        .isTrue();
  }

  @Test
  void aDoubleClickOnRegisterRegistersOnePatient() throws Exception {
    WebSession desk = WebSession.signedIn(base, FRONT_DESK, FRONT_DESK_PASSWORD);
    String family = FrontDeskSteps.uniqueFamilyName("Twice");
    Page form = desk.open("patients/register.xhtml");
    Map<String, String> fields = patientFields(family);

    List<Page> answers =
        Together.run(
            List.of(
                () -> desk.submit(form, "patientForm", "patientForm:register", fields),
                () -> desk.submit(form, "patientForm", "patientForm:register", fields)));

    assertThat(answers).allSatisfy(page -> assertThat(page.status()).isLessThan(400));
    assertThat(Database.count("select count(*) from patient where family_name = ?", family))
        .isEqualTo(1);
  }

  @Test
  void aDoubleClickOnIssueIssuesOneSheet() throws Exception {
    WebSession clinician = WebSession.signedIn(base, CLINICIAN, CLINICIAN_PASSWORD);
    long patient = demoPatient("Martinez", "Carmen");
    Page chart = clinician.open("chart/chart.xhtml?patient=" + patient);
    Page visit = clinician.submit(chart, "chartForm", "chartForm:startVisit", Map.of());
    long visitId = Long.parseLong(query(visit.uri(), "id"));
    Page sheet = clinician.open("homecare/sheet.xhtml?visit=" + visitId);
    Map<String, String> confirm = new HashMap<>();
    if (sheet.html().getElementById("sheetForm:redFlagsConfirmed") != null) {
      confirm.put("sheetForm:redFlagsConfirmed", "on");
    }
    long before = Database.count("select count(*) from homecare_sheet where visit_id = ?", visitId);

    List<Page> answers =
        Together.run(
            List.of(
                () -> clinician.submit(sheet, "sheetForm", "sheetForm:issue", confirm),
                () -> clinician.submit(sheet, "sheetForm", "sheetForm:issue", confirm)));

    assertThat(answers).allSatisfy(page -> assertThat(page.status()).isLessThan(400));
    assertThat(Database.count("select count(*) from homecare_sheet where visit_id = ?", visitId))
        .isEqualTo(before + 1);
  }

  private static Void frontDesk(String family, List<Outcome> outcomes, List<String> mrns) {
    WebSession desk = signIn("front desk", FRONT_DESK, FRONT_DESK_PASSWORD, outcomes);
    for (int round = 0; round < ROUNDS; round++) {
      record(outcomes, "front desk", "find patients", desk.open("patients/find.xhtml"));
      Page form = desk.open("patients/register.xhtml");
      record(outcomes, "front desk", "registration form", form);
      String name = family + (char) ('a' + ThreadLocalRandom.current().nextInt(26));
      Page registered =
          desk.submit(form, "patientForm", "patientForm:register", patientFields(name));
      record(outcomes, "front desk", "register", registered);
      Matcher mrn = MRN.matcher(registered.text("#bannerMrn"));
      if (mrn.find()) {
        mrns.add(mrn.group(1));
        Page intake = desk.submit(registered, "intakesForm", "intakesForm:startIntake", Map.of());
        record(outcomes, "front desk", "start intake", intake);
      }
      record(outcomes, "front desk", "today's intakes", desk.open("intake/today.xhtml"));
      record(outcomes, "front desk", "imaging orders", desk.open("imaging/open.xhtml"));
    }
    return null;
  }

  private static Void clinician(long patient, List<Outcome> outcomes) {
    WebSession clinician = signIn("clinician", CLINICIAN, CLINICIAN_PASSWORD, outcomes);
    for (int round = 0; round < ROUNDS; round++) {
      record(outcomes, "clinician", "today's patients", clinician.open("chart/today.xhtml"));
      Page chart = clinician.open("chart/chart.xhtml?patient=" + patient);
      record(outcomes, "clinician", "chart", chart);
      if (chart.status() == 200) {
        Page visit = clinician.submit(chart, "chartForm", "chartForm:startVisit", Map.of());
        record(outcomes, "clinician", "start today's visit", visit);
      }
      record(outcomes, "clinician", "today's intakes", clinician.open("intake/today.xhtml"));
      record(outcomes, "clinician", "find patients", clinician.open("patients/find.xhtml"));
    }
    return null;
  }

  private static Void administrator(List<Outcome> outcomes) {
    WebSession admin = signIn("administrator", ADMIN, ADMIN_PASSWORD, outcomes);
    for (int round = 0; round < ROUNDS; round++) {
      record(outcomes, "administrator", "users", admin.open("admin/users.xhtml"));
      record(outcomes, "administrator", "audit log", admin.open("admin/audit.xhtml"));
      record(outcomes, "administrator", "home", admin.open("index.xhtml"));
    }
    return null;
  }

  private static WebSession signIn(
      String role, String username, String password, List<Outcome> outcomes) {
    WebSession session = WebSession.anonymous(base);
    Page signedIn = session.signIn(username, password);
    record(outcomes, role, "sign in", signedIn);
    assertThat(signedIn.isSignedIn())
        .as("%s signed in with the right password: %s", username, signedIn)
        .isTrue();
    return session;
  }

  private static void record(List<Outcome> outcomes, String role, String step, Page page) {
    outcomes.add(new Outcome(role, step, page.status(), page.uri().toString()));
  }

  private static Map<String, String> patientFields(String family) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Map<String, String> fields = new HashMap<>();
    fields.put("patientForm:familyName", family);
    fields.put("patientForm:givenName", "Robin");
    fields.put(
        "patientForm:birthDate_input",
        String.format(
            "%02d/%02d/%d",
            1 + random.nextInt(12), 1 + random.nextInt(28), 1950 + random.nextInt(50)));
    fields.put("patientForm:sex", "FEMALE");
    fields.put("patientForm:preferredLanguage", "EN");
    fields.put("patientForm:phone", "(555) 201-3344");
    return fields;
  }

  private static long demoPatient(String family, String given) throws Exception {
    return Long.parseLong(
        Database.column(
                "select id from patient where family_name = ? and given_name = ?", family, given)
            .get(0));
  }

  private static String query(URI address, String name) {
    Matcher m = Pattern.compile("(?:^|&)" + name + "=([^&]+)").matcher(address.getQuery());
    if (!m.find()) {
      throw new AssertionError("No " + name + " in " + address);
    }
    return m.group(1);
  }
}
