package com.spinedesk.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application starts, before any request can reach JPA. The
 * connection settings come only from configuration (environment variables {@code SPINEDESK_DB_URL},
 * {@code SPINEDESK_DB_USER}, {@code SPINEDESK_DB_PASSWORD}), so the same WAR runs against the
 * embedded demo database and a production MySQL.
 */
@DataSourceDefinition(
    name = SchemaMigration.DATA_SOURCE,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=spinedesk.db.url}",
    user = "${MPCONFIG=spinedesk.db.user}",
    password = "${MPCONFIG=spinedesk.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // Times are stored as UTC DATETIME(6); the driver must not shift them.
      "connectionTimeZone=UTC",
      "forceConnectionTimeZoneToSession=true",
      "useUnicode=true"
    })
@Singleton
@Startup
// DDL is not transactional on MySQL; Flyway manages its own connections.
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/spinedesk";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  /** The one Flyway configuration, shared with the tests that check the migrations. */
  public static Flyway flywayFor(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .validateMigrationNaming(true)
        .failOnMissingLocations(true)
        .load();
  }

  @PostConstruct
  void migrate() {
    MigrateResult result = flywayFor(dataSource).migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
