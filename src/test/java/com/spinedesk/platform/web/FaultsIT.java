package com.spinedesk.platform.web;

import static com.spinedesk.it.FrontDeskSteps.CLINICIAN;
import static com.spinedesk.it.FrontDeskSteps.CLINICIAN_PASSWORD;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.devserver.EmbeddedDatabase;
import com.spinedesk.devserver.TestDatabaseSession;
import com.spinedesk.it.Browser;
import com.spinedesk.it.ClinicServer;
import com.spinedesk.it.Database;
import com.spinedesk.it.FrontDeskSteps;
import com.spinedesk.it.WebSession;
import com.spinedesk.it.WebSession.Page;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Faults a clinic will meet, injected while people work: the database goes down and comes back
 * (SpineDesk says "temporarily unavailable" meanwhile and serves again without a restart), and the
 * server is killed outright in the middle of writes (after a restart nothing is half-written, and
 * the audit log's chain is whole).
 *
 * <p>Runs alone: it restarts the database and kills the shared server under every other test.
 */
@Isolated
class FaultsIT {
  private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  /** One answer seen during a fault, with when it came. */
  record Answer(long at, int status) {}

  @Test
  void afterADatabaseRestartSpineDeskServesAgainWithoutARestartOfItsOwn() throws Exception {
    URI base = ClinicServer.shared();
    EmbeddedDatabase database = TestDatabaseSession.database();
    Browser browser = Browser.open(base.toURL(), Browser.DESKTOP);
    browser.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
    List<WebSession> desks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      desks.add(WebSession.signedIn(base, FRONT_DESK, FRONT_DESK_PASSWORD));
    }
    List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean working = new AtomicBoolean(true);
    ExecutorService load = Executors.newFixedThreadPool(desks.size());
    for (WebSession desk : desks) {
      load.submit(
          () -> {
            while (working.get()) {
              answers.add(new Answer(System.nanoTime(), desk.get("patients/find.xhtml").status()));
            }
            return null;
          });
    }
    boolean stopped = false;
    try {
      awaitAnswers(answers, 0, 200, 20);

      database.stop();
      stopped = true;
      long down = System.nanoTime();
      awaitAnswers(answers, down, 503, 8);
      browser.get("patients/find.xhtml");
      browser.waitForText("h1", "SpineDesk is briefly unavailable");
      browser.checkScreen("fault-01-database-unavailable");
      Page signIn = WebSession.anonymous(base).signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      assertThat(signIn.status()).as("signing in while the database is down").isEqualTo(503);
      assertThat(signIn.title()).startsWith("SpineDesk is briefly unavailable");

      database.restart();
      stopped = false;
      long up = System.nanoTime();
      Answer firstServed = awaitAnswers(answers, up, 200, 1);
      Duration recovery = Duration.ofNanos(firstServed.at() - up);
      System.out.printf(
          "Served again %.1f s after the database came back%n", recovery.toMillis() / 1e3);
      assertThat(recovery).isLessThan(RECOVERY_LIMIT);
    } finally {
      working.set(false);
      load.shutdown();
      load.awaitTermination(2, TimeUnit.MINUTES);
      if (stopped) {
        database.restart();
      }
      browser.close();
    }
    assertThat(answers).extracting(Answer::status).allMatch(s -> s == 200 || s == 503);
    assertThat(
            WebSession.signedIn(base, FRONT_DESK, FRONT_DESK_PASSWORD).get("index.xhtml").status())
        .isEqualTo(200);
  }

  @Test
  void aServerKilledDuringWritesLeavesNothingHalfWritten() throws Exception {
    URI base = ClinicServer.shared();
    String family = FrontDeskSteps.uniqueFamilyName("Killed");
    long carmen =
        Long.parseLong(
            Database.column(
                    "select id from patient where family_name = 'Martinez' and given_name = 'Carmen'")
                .get(0));
    AtomicInteger writes = new AtomicInteger();
    AtomicBoolean working = new AtomicBoolean(true);
    ExecutorService people = Executors.newFixedThreadPool(6);
    for (int i = 0; i < 3; i++) {
      people.submit(() -> keepRegistering(base, family, writes, working));
      people.submit(() -> keepIssuingSheets(base, carmen, writes, working));
    }
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (writes.get() < 12 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(writes.get()).as("writes before the kill").isGreaterThanOrEqualTo(12);

    ClinicServer.sharedProcess().kill();
    working.set(false);
    people.shutdown();
    people.awaitTermination(2, TimeUnit.MINUTES);
    URI restarted = ClinicServer.shared();

    assertThat(
            Database.count(
                "select count(*) from patient p where p.family_name like ? and not exists"
                    + " (select 1 from audit_entry a where a.patient_id = p.id"
                    + " and a.action = 'CREATE')",
                family + "%"))
        .as("patients without the audit entry of their registration")
        .isZero();
    assertThat(
            Database.count(
                "select count(*) from intake i where not exists"
                    + " (select 1 from intake_response r where r.intake_id = i.id)"))
        .as("intakes without their questionnaires")
        .isZero();
    assertThat(
            Database.count(
                "select count(*) from intake where status in ('SUBMITTED', 'REVIEWED')"
                    + " and profile is null"))
        .as("submitted intakes without their risk profile")
        .isZero();
    assertThat(
            Database.count(
                "select count(*) from homecare_sheet"
                    + " where length(pdf) = 0 or sha2(pdf, 256) <> pdf_sha256"))
        .as("sheets without their whole PDF")
        .isZero();
    assertThat(
            Database.count(
                "select count(*) from homecare_sheet s where not exists (select 1 from audit_entry a"
                    + " where a.action = 'ISSUE' and a.record_id = cast(s.id as char))"))
        .as("sheets without the audit entry of their issue")
        .isZero();
    assertThat(Database.auditChain().isIntact()).as("the audit log's chain").isTrue();
    assertThat(
            WebSession.signedIn(restarted, CLINICIAN, CLINICIAN_PASSWORD)
                .get("chart/today.xhtml")
                .status())
        .isEqualTo(200);
  }

  private static Void keepRegistering(
      URI base, String family, AtomicInteger writes, AtomicBoolean working) {
    try {
      WebSession desk = WebSession.signedIn(base, FRONT_DESK, FRONT_DESK_PASSWORD);
      while (working.get()) {
        Page form = desk.open("patients/register.xhtml");
        Map<String, String> fields = new HashMap<>();
        fields.put(
            "patientForm:familyName",
            family + (char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        fields.put("patientForm:givenName", "Pat");
        fields.put(
            "patientForm:birthDate_input",
            "03/0" + (1 + ThreadLocalRandom.current().nextInt(9)) + "/1971");
        fields.put("patientForm:sex", "MALE");
        fields.put("patientForm:preferredLanguage", "EN");
        Page patient = desk.submit(form, "patientForm", "patientForm:register", fields);
        if (patient.status() == 200 && patient.html().getElementById("intakesForm") != null) {
          writes.incrementAndGet();
          desk.submit(patient, "intakesForm", "intakesForm:startIntake", Map.of());
          writes.incrementAndGet();
        }
      }
    } catch (RuntimeException stoppedByTheKill) {
      // The server went away under this person's hands: that is the point of the test.
    }
    return null;
  }

  private static Void keepIssuingSheets(
      URI base, long patient, AtomicInteger writes, AtomicBoolean working) {
    try {
      WebSession clinician = WebSession.signedIn(base, CLINICIAN, CLINICIAN_PASSWORD);
      Page chart = clinician.open("chart/chart.xhtml?patient=" + patient);
      Page visit = clinician.submit(chart, "chartForm", "chartForm:startVisit", Map.of());
      String visitId = visit.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
      while (working.get()) {
        Page sheet = clinician.open("homecare/sheet.xhtml?visit=" + visitId);
        Map<String, String> confirm = new HashMap<>();
        if (sheet.html().getElementById("sheetForm:redFlagsConfirmed") != null) {
          confirm.put("sheetForm:redFlagsConfirmed", "on");
        }
        if (clinician.submit(sheet, "sheetForm", "sheetForm:issue", confirm).status() == 200) {
          writes.incrementAndGet();
        }
      }
    } catch (RuntimeException stoppedByTheKill) {
      // As above.
    }
    return null;
  }

  /** Waits until {@code count} answers with the status have come after {@code since}. */
  private static Answer awaitAnswers(List<Answer> answers, long since, int status, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      List<Answer> matching;
      synchronized (answers) {
        matching = answers.stream().filter(a -> a.at() >= since && a.status() == status).toList();
      }
      if (matching.size() >= count) {
        return matching.get(0);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("No " + count + " answers " + status + " within " + PATIENCE);
  }
}
