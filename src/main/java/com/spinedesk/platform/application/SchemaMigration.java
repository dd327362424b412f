package com.spinedesk.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application starts, before any request can reach JPA, and
 * gives the application's database account exactly the rights it needs. The connection settings
 * come only from configuration (environment variables {@code SPINEDESK_DB_URL}, {@code
 * SPINEDESK_DB_USER}, {@code SPINEDESK_DB_PASSWORD}, and the schema owner's {@code
 * SPINEDESK_DB_OWNER_USER}, {@code SPINEDESK_DB_OWNER_PASSWORD}), so the same WAR runs against the
 * embedded demo database and a production MySQL.
 *
 * <p>The pool checks every connection before handing it out and, when one is found dead, drops them
 * all: after a database restart the next request gets a fresh connection instead of "connection
 * closed" for as long as the application runs.
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
      "useUnicode=true",
      // An unreachable or hung database answers "unavailable" in seconds, not after TCP's minutes;
      // a statement may wait longer than InnoDB's 50 s lock wait, never for ever.
      "connectTimeout=5000",
      "socketTimeout=90000",
      // Payara's pool: validate with JDBC's isValid (a ping) on every checkout; a dead one
      // condemns the whole pool, since after a restart every connection in it is dead.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // When every connection is lent out (a morning rush: each change waits its turn for the
      // audit chain's head), a request queues for one rather than being told the database is
      // unavailable. A database that is down fails fast anyway: refused or timed-out connects.
      "fish.payara.max-wait-time-in-millis=20000"
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

  @Inject
  @ConfigProperty(name = "spinedesk.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "spinedesk.db.owner.user")
  Optional<String> ownerUser;

  @Inject
  @ConfigProperty(name = "spinedesk.db.owner.password")
  Optional<String> ownerPassword;

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
    if (ownerUser.isEmpty()) {
      LOG.warning(
          "SPINEDESK_DB_OWNER_USER is not set: the application's own account runs the migrations,"
              + " so it can also alter or drop the audit log. Set up the two accounts described in"
              + " deploy/README.md.");
      report(flywayFor(dataSource).migrate());
      return;
    }
    DataSource owner =
        Flyway.configure()
            .dataSource(url, ownerUser.get(), ownerPassword.orElse(""))
            .getDataSource();
    report(flywayFor(owner).migrate());
    try (Connection asOwner = owner.getConnection();
        Connection asApplication = dataSource.getConnection()) {
      DatabaseRights.grant(asOwner, DatabaseRights.currentAccount(asApplication));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not grant the application's database account its rights; the schema owner"
              + " needs the GRANT OPTION on the schema (deploy/README.md)",
          e);
    }
  }

  private static void report(MigrateResult result) {
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
