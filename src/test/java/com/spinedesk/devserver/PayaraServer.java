package com.spinedesk.devserver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro with SpineDesk's WAR as a process of its own, started the way production starts it
 * (deploy/README.md): the pre-boot commands (which name Hazelcast's interface, 127.0.0.1) and the
 * JVM options below that make it bind only there: without them it listens on every interface, even
 * with {@code --nocluster}. Used by {@code ./mvnw -Prun} and by the tests that need a whole server
 * to stop, kill or share.
 */
public final class PayaraServer implements AutoCloseable {

  /** JVM options that keep Hazelcast's sockets on 127.0.0.1 (deploy/README.md). */
  public static final List<String> LOOPBACK_JVM_OPTIONS =
      List.of("-Dhazelcast.socket.bind.any=false", "-Djava.net.preferIPv4Stack=true");

  private final Process process;
  private final int port;

  private PayaraServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts Payara Micro; returns at once (see {@link #awaitLoginPage}).
   *
   * @param build the build directory holding {@code payara-micro.jar} and {@code spinedesk.war}
   * @param workDir Payara's working and temporary directory (it unpacks the WAR there)
   * @param log where Payara's output goes, or null to share this process's output
   */
  public static PayaraServer start(
      Path project, Path build, Path workDir, int port, Map<String, String> env, Path log)
      throws IOException {
    Files.createDirectories(workDir);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Djava.io.tmpdir=" + workDir);
    command.addAll(LOOPBACK_JVM_OPTIONS);
    command.addAll(
        List.of(
            "-jar",
            build.resolve("payara-micro.jar").toString(),
            "--deploy",
            build.resolve("spinedesk.war").toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--prebootcommandfile",
            project.resolve("deploy/payara/pre-boot-commands.asadmin").toString()));
    ProcessBuilder launch = new ProcessBuilder(command).directory(workDir.toFile());
    if (log == null) {
      launch.inheritIO();
    } else {
      launch
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
    launch.environment().putAll(env);
    return new PayaraServer(launch.start(), port);
  }

  /** A free port on 127.0.0.1, for servers started by tests. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Waits until the sign-in page answers 200; false if Payara died or the time ran out. */
  public boolean awaitLoginPage(Duration limit) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(base().resolve("login.xhtml"))
            .timeout(Duration.ofSeconds(10))
            .build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (process.isAlive() && System.nanoTime() < deadline) {
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

  /** Kills the process outright (SIGKILL), as a power cut or the OOM killer would. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  /** Asks Payara to stop (SIGTERM) and waits; kills it if it does not stop within a minute. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for the process to end by itself and returns its exit code. */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }
}
