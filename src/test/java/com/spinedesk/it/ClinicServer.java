package com.spinedesk.it;

import com.spinedesk.devserver.PayaraServer;
import com.spinedesk.devserver.TestDatabaseSession;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * SpineDesk as a clinic reaches it: the built WAR in a Payara Micro process of its own, started the
 * way {@code deploy/} starts it, against the test database, reached only through HTTP. One server
 * is shared by the tests that only talk to it; tests that stop, kill or starve a server start their
 * own.
 */
public final class ClinicServer {
  private static final Path BUILD =
      Path.of(System.getProperty("spinedesk.build.directory", "target")).toAbsolutePath();
  private static final Path PROJECT =
      Path.of(System.getProperty("spinedesk.basedir", ".")).toAbsolutePath();

  private static PayaraServer shared;
  private static int sharedPort;

  private ClinicServer() {}

  /** The shared server's address; started on first use, stopped when the test run ends. */
  public static synchronized URI shared() throws IOException, InterruptedException {
    if (shared == null || !shared.isAlive()) {
      // A restart (after a test killed it) keeps the address, as a restarted server would.
      sharedPort = sharedPort == 0 ? PayaraServer.freePort() : sharedPort;
      shared = start("shared", sharedPort, Map.of());
    }
    return shared.base();
  }

  /** The shared server's log, for checks of what it logged as an error. */
  public static Path sharedLog() {
    return BUILD.resolve("it-servers").resolve("shared").resolve("payara.log");
  }

  /** The lines of a server log that report an error (level SEVERE). */
  public static long errorsIn(Path log) throws IOException {
    if (!Files.exists(log)) {
      return 0;
    }
    try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      return lines.filter(line -> line.contains("SEVERE")).count();
    }
  }

  /** The shared server's process, for checks of what it listens on. */
  public static synchronized PayaraServer sharedProcess() throws IOException, InterruptedException {
    shared();
    return shared;
  }

  /**
   * A server of the test's own, with settings added to the test run's environment (which holds the
   * SPINEDESK_* settings failsafe sets), on a free port; ready when this returns. Its log is
   * target/it-servers/NAME/payara.log.
   */
  public static PayaraServer start(String name, Map<String, String> settings)
      throws IOException, InterruptedException {
    return start(name, PayaraServer.freePort(), settings);
  }

  /** The same on a given port (a restarted server keeps its address). */
  public static PayaraServer start(String name, int port, Map<String, String> settings)
      throws IOException, InterruptedException {
    Path dir = Files.createDirectories(BUILD.resolve("it-servers").resolve(name));
    PayaraServer server =
        PayaraServer.start(
            PROJECT, BUILD, dir.resolve("tmp"), port, settings, dir.resolve("payara.log"));
    TestDatabaseSession.closeBeforeDatabase(server);
    if (!server.awaitLoginPage(Duration.ofMinutes(5))) {
      server.close();
      throw new IllegalStateException(
          "Payara did not start; see " + dir.resolve("payara.log").toAbsolutePath());
    }
    return server;
  }
}
