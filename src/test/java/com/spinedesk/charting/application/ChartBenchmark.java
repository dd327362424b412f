package com.spinedesk.charting.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.spinedesk.it.Deployments;
import com.spinedesk.it.InPayara;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.testsupport.AsClinician;
import com.spinedesk.testsupport.Sql;
import com.spinedesk.testsupport.SubmittedPatients;
import com.spinedesk.testsupport.Timings;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Whether a chart with a thousand visits opens as fast as one with a single visit: times opening
 * the chart (risk profile, count, pain trend) and its first and last page of visits, through the
 * real service inside Payara against MariaDB, for both. Not part of {@code ./mvnw verify}; run with
 * {@code ./mvnw verify -Pbenchmark}.
 */
@InPayara
class ChartBenchmark {
  private static final int WARM_UP = 5;
  private static final int ROUNDS = 30;

  @Deployment
  static WebArchive deployment() {
    return Deployments.spineDesk();
  }

  @EJB Chart chart;
  @EJB SubmittedPatients patients;
  @EJB AsClinician clinician;

  @Test
  void aThousandVisitsOpenAsFastAsOne() throws Exception {
    Patient one = patientWithVisits(1);
    Patient thousand = patientWithVisits(1000);

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Chart with 1 and with 1,000 visits; %d timed rounds after %d warm-up, in ms%n",
            ROUNDS,
            WARM_UP));
    report.append(String.format(Locale.ROOT, "%-44s %8s %8s %8s%n", "", "median", "p95", "max"));
    double worst = 0;
    for (Patient p : List.of(one, thousand)) {
      long visits = clinician.call(() -> chart.countVisits(p.getId()));
      double[] open =
          Timings.time(WARM_UP, ROUNDS, () -> clinician.call(() -> chart.open(p.getId())));
      double[] first =
          Timings.time(
              WARM_UP,
              ROUNDS,
              () ->
                  clinician.call(
                      () -> {
                        chart.countVisits(p.getId());
                        return chart.visits(p.getId(), 0, 10);
                      }));
      double[] last =
          Timings.time(
              WARM_UP,
              ROUNDS,
              () ->
                  clinician.call(
                      () -> chart.visits(p.getId(), (int) Math.max(0, visits - 10), 10)));
      String label = visits + (visits == 1 ? " visit" : " visits");
      report.append(Timings.line(label + ": open the chart", open));
      report.append(Timings.line(label + ": first page of 10 + count", first));
      report.append(Timings.line(label + ": last page of 10", last));
      worst = Math.max(worst, Timings.percentile(open, 95));
    }
    Timings.report("chart.txt", report);
    assertTrue(worst < 1000, "opening a chart took over a second");
  }

  /** A patient with a submitted intake and this many signed visits, each with two diagnoses. */
  private Patient patientWithVisits(int count) throws Exception {
    Patient p =
        patients.withIntake(
            "Bench",
            LocalDate.of(1960, 1, 1),
            Sex.FEMALE,
            Language.EN,
            Map.of("pain_now", List.of("6")));
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection connection = Sql.dataSource().getConnection();
        PreparedStatement visit =
            connection.prepareStatement(
                "insert into visit (patient_id, visit_date, status, author, chief_complaint,"
                    + " assessment, plan, pain_now, created_at, updated_at, updated_by, signed_at,"
                    + " signed_by) values (?, ?, 'SIGNED', 'clinician', 'Low back pain',"
                    + " 'Mechanical low back pain', 'Walk daily', ?, ?, ?, 'clinician', ?,"
                    + " 'clinician')",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement diagnosis =
            connection.prepareStatement(
                "insert into visit_diagnosis (visit_id, position, code) values (?, ?, ?)")) {
      for (int i = 0; i < count; i++) {
        visit.setLong(1, p.getId());
        visit.setDate(2, Date.valueOf(LocalDate.now().minusDays(count - i)));
        visit.setInt(3, i % 11);
        visit.setTimestamp(4, now);
        visit.setTimestamp(5, now);
        visit.setTimestamp(6, now);
        visit.executeUpdate();
        try (ResultSet key = visit.getGeneratedKeys()) {
          key.next();
          long id = key.getLong(1);
          for (int position = 0; position < 2; position++) {
            diagnosis.setLong(1, id);
            diagnosis.setInt(2, position);
            diagnosis.setString(3, position == 0 ? "M54.50" : "M62.830");
            diagnosis.addBatch();
          }
        }
      }
      diagnosis.executeBatch();
    }
    return p;
  }
}
