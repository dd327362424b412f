package com.spinedesk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Timing for the benchmarks: a number of untimed warm-up runs, then timed rounds, reported as
 * median, 95th percentile and maximum in milliseconds. Reports go to {@code
 * SPINEDESK_BENCHMARK_DIR} (set by {@code ./mvnw verify -Pbenchmark}) and to the test output.
 */
public final class Timings {

  private Timings() {}

  /** Work that may throw, as the services called inside a role do. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }

  /** Sorted timings in milliseconds of {@code rounds} runs after {@code warmUp} untimed ones. */
  public static double[] time(int warmUp, int rounds, Work work) throws Exception {
    for (int i = 0; i < warmUp; i++) {
      work.run();
    }
    double[] millis = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long started = System.nanoTime();
      work.run();
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  public static double percentile(double[] sorted, int percent) {
    return sorted[
        Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
  }

  /** One report line: label, median, p95, max. */
  public static String line(String label, double[] sorted) {
    return String.format(
        Locale.ROOT,
        "%-44s %8.1f %8.1f %8.1f%n",
        label,
        percentile(sorted, 50),
        percentile(sorted, 95),
        sorted[sorted.length - 1]);
  }

  /** Writes the report to SPINEDESK_BENCHMARK_DIR/name (when set) and prints it. */
  public static void report(String name, CharSequence report) throws IOException {
    String dir = System.getenv("SPINEDESK_BENCHMARK_DIR");
    if (dir != null) {
      Files.createDirectories(Path.of(dir));
      Files.writeString(Path.of(dir, name), report);
    }
    System.out.println(report);
  }
}
