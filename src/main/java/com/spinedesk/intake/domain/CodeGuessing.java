package com.spinedesk.intake.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wrong tablet codes, remembered per client (the device's network address) for a minute, so that
 * guessing is slowed where it happens without locking out the waiting room: a client with {@link
 * #PER_CLIENT} wrong codes in the last minute is refused until they age out, and while the whole
 * clinic sees more than {@link #CLINIC_WIDE} (guessing from many addresses at once) every client
 * that has itself just typed a wrong code waits too. A tablet that types a valid code without a
 * slip is never held up by someone else's guessing.
 *
 * <p>With 25^6 possible codes and a handful open at a time, each valid for 30 minutes, ten tries a
 * minute from one address finds one in about a thousand years.
 */
public final class CodeGuessing {
  public static final int PER_CLIENT = 10;
  public static final int CLINIC_WIDE = 100;
  public static final Duration WINDOW = Duration.ofMinutes(1);

  /** Beyond this many remembered clients the longest-quiet ones are forgotten first. */
  static final int MAX_CLIENTS = 10_000;

  private final Map<String, Deque<Instant>> byClient = new LinkedHashMap<>(64, 0.75f, true);
  private final Deque<Instant> everywhere = new ArrayDeque<>();

  /** Whether an attempt from this client is refused now, before its code is even looked at. */
  public synchronized boolean refuses(String client, Instant now) {
    forgetBefore(now.minus(WINDOW));
    Deque<Instant> own = byClient.get(client);
    int mine = own == null ? 0 : own.size();
    return mine >= PER_CLIENT || (everywhere.size() >= CLINIC_WIDE && mine > 0);
  }

  /** Counts a wrong code from this client. */
  public synchronized void failed(String client, Instant now) {
    forgetBefore(now.minus(WINDOW));
    byClient.computeIfAbsent(client, c -> new ArrayDeque<>()).addLast(now);
    everywhere.addLast(now);
    while (byClient.size() > MAX_CLIENTS) {
      Iterator<String> quietest = byClient.keySet().iterator();
      quietest.next();
      quietest.remove();
    }
  }

  /** Whether the clinic as a whole is seeing guessing now (for one warning in the log). */
  public synchronized boolean clinicWide() {
    return everywhere.size() >= CLINIC_WIDE;
  }

  private void forgetBefore(Instant cutoff) {
    while (!everywhere.isEmpty() && everywhere.peekFirst().isBefore(cutoff)) {
      everywhere.removeFirst();
    }
    Iterator<Deque<Instant>> clients = byClient.values().iterator();
    while (clients.hasNext()) {
      Deque<Instant> times = clients.next();
      while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
        times.removeFirst();
      }
      if (times.isEmpty()) {
        clients.remove();
      }
    }
  }
}
