package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.Text;
import jakarta.annotation.Nullable;

/**
 * A red flag from {@code seeds/catalogue/red-flags.json}: what the clinician must do, and the
 * plain-language symptoms a patient is told to seek care for now.
 *
 * @param seekCareNow what the patient is told; null for a consider sign, which has no symptoms of
 *     its own to watch for
 * @param suggests for a consider sign, the flag that enough consider signs together raise; null
 *     otherwise
 */
public record RedFlag(
    String code,
    Urgency urgency,
    Text name,
    Text action,
    @Nullable Text seekCareNow,
    @Nullable String suggests) {

  /**
   * How many consider signs suggesting the same flag raise it (clinical-content.md section 2: "two
   * or more consider signs together make the cancer flag").
   */
  public static final int CONSIDER_SIGNS_THAT_RAISE = 2;

  /**
   * Emergency flags come first: same-day referral or immediate imaging; urgent ones next. A
   * consider sign is context, never a flag on its own: it neither makes an intake urgent nor
   * changes the imaging guidance or the sheet.
   */
  public enum Urgency {
    EMERGENCY,
    URGENT,
    CONSIDER
  }

  /** Whether it makes the intake urgent (an emergency or urgent flag, not a consider sign). */
  public boolean raisesUrgency() {
    return urgency != Urgency.CONSIDER;
  }
}
