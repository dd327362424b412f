package com.spinedesk.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import com.spinedesk.devserver.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The migrations in db-migrations/ apply to an empty database on the real MariaDB with the
 * application's own Flyway configuration, validate, and a second run changes nothing.
 */
class SchemaMigrationIT {

  @Test
  void migrationsApplyToAnEmptyDatabase() throws Exception {
    String scratch = "spinedesk_migration_" + System.nanoTime();
    MysqlDataSource dataSource = new MysqlDataSource();
    int port = Integer.getInteger("spinedesk.test.db.port");
    dataSource.setUrl(
        "jdbc:mysql://127.0.0.1:"
            + port
            + "/"
            + scratch
            + "?createDatabaseIfNotExist=true&sslMode=DISABLED"
            + "&connectionCollation=utf8mb4_unicode_ci");
    dataSource.setUser(EmbeddedDatabase.OWNER);
    dataSource.setPassword(EmbeddedDatabase.OWNER_PASSWORD);
    try {
      Flyway flyway = SchemaMigration.flywayFor(dataSource);

      MigrateResult first = flyway.migrate();
      flyway.validate();
      MigrateResult second = flyway.migrate();

      long scripts;
      try (var files = java.nio.file.Files.list(java.nio.file.Path.of("db-migrations"))) {
        scripts = files.filter(f -> f.getFileName().toString().endsWith(".sql")).count();
      }
      assertEquals(scripts, first.migrationsExecuted);
      assertEquals(0, second.migrationsExecuted);
      List<String> tables = tables(dataSource);
      assertTrue(
          tables.containsAll(
              List.of("app_user", "app_user_role", "patient", "mrn_counter", "audit_entry")),
          tables.toString());
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement();
          ResultSet collation =
              s.executeQuery(
                  "select table_collation from information_schema.tables"
                      + " where table_schema = database() and table_name = 'patient'")) {
        collation.next();
        assertEquals("utf8mb4_unicode_ci", collation.getString(1));
      }
    } finally {
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.execute("drop database `" + scratch + "`");
      }
    }
  }

  private static List<String> tables(MysqlDataSource dataSource) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rows =
            c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
