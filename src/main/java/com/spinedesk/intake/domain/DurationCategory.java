package com.spinedesk.intake.domain;

/** How long this episode has lasted, in the bands guidelines use to choose care and imaging. */
public enum DurationCategory {
  /** Under 6 weeks. */
  ACUTE,
  /** 6 to 12 weeks. */
  SUBACUTE,
  /** Over 12 weeks. */
  CHRONIC,
  /** The patient knew neither the date nor the duration. */
  UNKNOWN;

  public static DurationCategory ofWeeks(long weeks) {
    if (weeks < 6) {
      return ACUTE;
    }
    return weeks <= 12 ? SUBACUTE : CHRONIC;
  }

  /** The intake's duration options, coded WEEKS_UNDER_6, WEEKS_6_TO_12 and WEEKS_OVER_12. */
  public static DurationCategory ofOption(String code) {
    return switch (code == null ? "" : code) {
      case "WEEKS_UNDER_6" -> ACUTE;
      case "WEEKS_6_TO_12" -> SUBACUTE;
      case "WEEKS_OVER_12" -> CHRONIC;
      default -> UNKNOWN;
    };
  }
}
