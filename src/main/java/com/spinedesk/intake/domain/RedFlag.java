package com.spinedesk.intake.domain;

/**
 * A red flag from {@code seeds/catalogue/red-flags.json}: what the clinician must do, and the
 * plain-language symptoms a patient is told to seek care for now.
 */
public record RedFlag(String code, Urgency urgency, Text name, Text action, Text seekCareNow) {

  /** Emergency flags come first: same-day referral or immediate imaging. */
  public enum Urgency {
    EMERGENCY,
    URGENT
  }
}
