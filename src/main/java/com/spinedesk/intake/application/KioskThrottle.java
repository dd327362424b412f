package com.spinedesk.intake.application;

import com.spinedesk.platform.application.RequestRefused;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;

/**
 * Slows down guessing of tablet codes: after {@link #LIMIT} wrong codes within {@link #WINDOW} from
 * anywhere, every claim is refused until the window has passed. With 25^6 possible codes and at
 * most a few open at once, guessing one this way would take centuries.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KioskThrottle {
  static final int LIMIT = 20;
  static final Duration WINDOW = Duration.ofMinutes(1);
  private static final Logger LOG = Logger.getLogger(KioskThrottle.class.getName());

  private final Deque<Instant> failures = new ArrayDeque<>();

  public synchronized void failed() {
    failures.addLast(Instant.now());
    if (failures.size() == LIMIT) {
      LOG.warning("Many wrong tablet codes in the last minute; tablet sign-in paused");
    }
  }

  public synchronized void refuseWhileBlocked() {
    Instant cutoff = Instant.now().minus(WINDOW);
    while (!failures.isEmpty() && failures.peekFirst().isBefore(cutoff)) {
      failures.removeFirst();
    }
    if (failures.size() >= LIMIT) {
      throw RequestRefused.onField("code", "kiosk.tooManyAttempts");
    }
  }
}
