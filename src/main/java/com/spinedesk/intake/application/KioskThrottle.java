package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.CodeGuessing;
import com.spinedesk.platform.application.RequestRefused;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Slows down guessing of tablet codes per client ({@link CodeGuessing}), so one guesser cannot lock
 * every tablet in the waiting room out. Kept in memory on each server: a restart forgets it, which
 * costs a guesser nothing worth having.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KioskThrottle {
  private static final Logger LOG = Logger.getLogger(KioskThrottle.class.getName());

  private final CodeGuessing guessing = new CodeGuessing();

  public void failed(String client) {
    boolean before = guessing.clinicWide();
    guessing.failed(client, Instant.now());
    if (!before && guessing.clinicWide()) {
      LOG.warning("Many wrong tablet codes in the last minute from several clients");
    }
  }

  public void refuseWhileBlocked(String client) {
    if (guessing.refuses(client, Instant.now())) {
      throw RequestRefused.onField("code", "kiosk.tooManyAttempts");
    }
  }
}
