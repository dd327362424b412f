package com.spinedesk.patient.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.spinedesk.it.Deployments;
import com.spinedesk.it.InPayara;
import com.spinedesk.patient.domain.PatientSearch;
import com.spinedesk.testsupport.AsFrontDesk;
import com.spinedesk.testsupport.Sql;
import com.spinedesk.testsupport.Timings;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * How the front desk's search behaves with a six-figure registry: fills the test database to
 * 100,000 patients, then times each kind of search through the real service (one lazy page of 25
 * rows plus the count the paginator shows), inside Payara against MariaDB. Not part of {@code
 * ./mvnw verify}; run with {@code ./mvnw verify -Pbenchmark}. The numbers go to the README.
 */
@InPayara
class PatientSearchBenchmark {
  private static final int PATIENTS = 100_000;
  private static final int WARM_UP = 5;
  private static final int ROUNDS = 30;
  private static final String[] FAMILY = {
    "Garcia",
    "Smith",
    "Nguyen",
    "Johnson",
    "Martinez",
    "Brown",
    "Lopez",
    "Williams",
    "Kim",
    "Hernandez",
    "Davis",
    "Gonzalez",
    "Miller",
    "Wilson",
    "Moore",
    "Taylor",
    "Anderson",
    "Thomas",
    "Jackson",
    "White",
    "Harris",
    "Martin",
    "Thompson",
    "Clark",
    "Rodriguez",
    "Lewis",
    "Lee",
    "Walker",
    "Hall",
    "Allen",
    "Young",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts"
  };
  private static final String[] GIVEN = {
    "Ana", "James", "Maria", "Robert", "Linda", "Michael", "Sofia", "David", "Elena", "John",
    "Patricia", "Carlos", "Jennifer", "Luis", "Susan", "Daniel", "Rosa", "Mark", "Laura", "Paul"
  };

  @Deployment
  static WebArchive deployment() {
    return Deployments.spineDesk();
  }

  @EJB PatientRegistry registry;
  @EJB AsFrontDesk frontDesk;

  @Test
  void searchStaysFastWithAHundredThousandPatients() throws Exception {
    long loadStarted = System.nanoTime();
    fillRegistryTo(PATIENTS);
    double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;

    Map<String, PatientSearch> searches = new LinkedHashMap<>();
    searches.put("everyone, first page", PatientSearch.everyone());
    searches.put("family name prefix \"gar\"", new PatientSearch("gar", null, null, null));
    searches.put("\"garcia ana\" (both names)", new PatientSearch("garcia ana", null, null, null));
    searches.put("date of birth", new PatientSearch(null, LocalDate.of(1970, 3, 14), null, null));
    searches.put("MRN", new PatientSearch(null, null, someMrn(), null));
    searches.put("phone digits \"555201\"", new PatientSearch(null, null, null, "555 201"));
    searches.put(
        "name + date of birth", new PatientSearch("smith", LocalDate.of(1985, 1, 1), null, null));

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Patient search with %,d patients (filled in %.0f s); %d timed rounds after %d"
                + " warm-up, page of 25 + count, in ms%n",
            Sql.count("select count(*) from patient"),
            loadSeconds,
            ROUNDS,
            WARM_UP));
    report.append(
        String.format(
            Locale.ROOT, "%-30s %8s %8s %8s %8s%n", "search", "median", "p95", "max", "rows"));
    for (Map.Entry<String, PatientSearch> search : searches.entrySet()) {
      long[] rows = new long[1];
      double[] millis =
          Timings.time(
              WARM_UP,
              ROUNDS,
              () ->
                  frontDesk.call(
                      () -> {
                        registry.search(search.getValue(), 0, 25);
                        rows[0] = registry.count(search.getValue());
                        return null;
                      }));
      report.append(
          String.format(
              Locale.ROOT,
              "%-30s %8.1f %8.1f %8.1f %,8d%n",
              search.getKey(),
              Timings.percentile(millis, 50),
              Timings.percentile(millis, 95),
              millis[millis.length - 1],
              rows[0]));
      assertTrue(Timings.percentile(millis, 95) < 1000, search.getKey() + " took over a second");
    }
    Timings.report("patient-search.txt", report);
  }

  private static String someMrn() throws SQLException {
    return Sql.column("select mrn from patient order by id desc limit 1").get(0);
  }

  /**
   * Bulk-loads synthetic patients straight through JDBC (registering 100,000 through the service
   * would time the audit log, not the search). MRNs use a range the counter never reaches.
   */
  private static void fillRegistryTo(int target) throws SQLException {
    long present = Sql.count("select count(*) from patient");
    Random random = new Random(42);
    Timestamp now = Timestamp.from(Instant.now());
    Supplier<String> phone =
        () -> String.format("(555) %03d-%04d", random.nextInt(1000), random.nextInt(10_000));
    try (Connection connection = Sql.dataSource().getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into patient (mrn, family_name, given_name, birth_date, sex, phone,"
                    + " phone_digits, preferred_language, created_at, created_by, updated_at,"
                    + " updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'benchmark', ?, 'benchmark')")) {
      for (long i = present; i < target; i++) {
        String number = phone.get();
        insert.setString(1, "9" + String.format("%07d", i));
        insert.setString(2, FAMILY[random.nextInt(FAMILY.length)] + suffix(random));
        insert.setString(3, GIVEN[random.nextInt(GIVEN.length)]);
        insert.setDate(4, Date.valueOf(LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30_000))));
        insert.setString(5, random.nextBoolean() ? "FEMALE" : "MALE");
        insert.setString(6, number);
        insert.setString(7, number.replaceAll("\\D", ""));
        insert.setString(8, random.nextInt(4) == 0 ? "ES" : "EN");
        insert.setTimestamp(9, now);
        insert.setTimestamp(10, now);
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /** Half the names get a distinguishing tail so that prefixes select realistic fractions. */
  private static String suffix(Random random) {
    return random.nextBoolean() ? "" : "-" + (char) ('A' + random.nextInt(26)) + "ez";
  }
}
