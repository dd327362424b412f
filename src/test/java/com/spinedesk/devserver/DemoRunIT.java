package com.spinedesk.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo run ({@code ./mvnw -Prun}) stopped and started again loses nothing, also when the clone
 * sits inside the system's temporary folder, where the embedded database used to delete its data
 * when it stopped. Runs the demo's database as DemoServer starts it, in a JVM of its own as Maven
 * does, and stops it as Ctrl-C or a kill would (SIGTERM). (Payara plays no part in this, and the
 * other tests run it; leaving it out keeps this test to seconds.)
 */
class DemoRunIT {
  private static final Path BUILD =
      Path.of(System.getProperty("spinedesk.build.directory", "target")).toAbsolutePath();
  private static final String READY = "demo database ready";

  /** The database part of DemoServer, alone, until it is told to stop. */
  public static final class DatabaseOnly {
    public static void main(String[] args) throws Exception {
      EmbeddedDatabase db =
          DemoServer.database(
              Path.of(System.getProperty("spinedesk.state.directory")),
              BUILD,
              Integer.getInteger("spinedesk.db.port"));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      db.close();
                    } catch (Exception e) {
                      System.err.println("Stopping the database failed: " + e);
                    }
                  }));
      System.out.println(READY);
      Thread.currentThread().join();
    }
  }

  @Test
  void aStopAndStartOfTheDemoLosesNothingEvenWithTheCloneInTheTemporaryFolder() throws Exception {
    // The "system temporary folder" of the demo's JVM, with the clone's state folder inside it.
    Path systemTmp = Files.createDirectories(BUILD.resolve("demo-run/system-tmp"));
    Path state = systemTmp.resolve("clone/.spinedesk");
    deleteTree(state);
    int port = PayaraServer.freePort();

    Process first = demo(systemTmp, state, port, "first");
    try {
      awaitReady(first, "first");
      sql(port, "CREATE TABLE kept (note VARCHAR(40))");
      sql(port, "INSERT INTO kept VALUES ('registered before the stop')");
    } finally {
      stop(first);
    }
    assertThat(state.resolve("mariadb/data/spinedesk"))
        .as("the data folder after a stop")
        .isDirectory();

    Process second = demo(systemTmp, state, port, "second");
    try {
      awaitReady(second, "second");
      assertThat(sql(port, "SELECT note FROM kept")).isEqualTo("registered before the stop");
    } finally {
      stop(second);
    }
  }

  /** The demo's database in a JVM whose temporary folder holds the clone, like a clone in /tmp. */
  private static Process demo(Path systemTmp, Path state, int port, String run) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + systemTmp);
    command.add("-Dspinedesk.build.directory=" + BUILD);
    command.add("-Dspinedesk.state.directory=" + state);
    command.add("-Dspinedesk.db.port=" + port);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DatabaseOnly.class.getName());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(BUILD.resolve("demo-run/" + run + ".log").toFile())
        .start();
  }

  private static void awaitReady(Process demo, String run) throws Exception {
    Path log = BUILD.resolve("demo-run/" + run + ".log");
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (demo.isAlive() && System.nanoTime() < deadline) {
      if (Files.readString(log).contains(READY)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("The demo database did not start; see " + log);
  }

  /** As Ctrl-C or {@code kill} stops it: SIGTERM, and its shutdown hooks stop MariaDB. */
  private static void stop(Process demo) throws InterruptedException {
    demo.destroy();
    if (!demo.waitFor(3, TimeUnit.MINUTES)) {
      demo.destroyForcibly();
      throw new AssertionError("The demo did not stop within 3 minutes");
    }
  }

  private static String sql(int port, String statement) throws Exception {
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + port + "/spinedesk?sslMode=DISABLED",
                EmbeddedDatabase.OWNER,
                EmbeddedDatabase.OWNER_PASSWORD);
        Statement sql = db.createStatement()) {
      if (!sql.execute(statement)) {
        return null;
      }
      try (ResultSet row = sql.getResultSet()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
