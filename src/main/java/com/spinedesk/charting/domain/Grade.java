package com.spinedesk.charting.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A result of one test on its scale: a strength grade (MRC 0–5 with an optional − or +, or Kendall
 * 0–10), a hold in seconds, or "not testable" (NT), which is never a 0.
 *
 * @param value the grade or the seconds; null when not testable
 * @param modifier −1, 0 or +1 (MRC only)
 */
public record Grade(GradingScale scale, Integer value, int modifier, boolean notTestable)
    implements Serializable {

  private static final Pattern MRC = Pattern.compile("([0-5])([+-]?)");
  private static final Pattern KENDALL = Pattern.compile("(10|[0-9])");
  private static final Pattern SECONDS = Pattern.compile("(\\d{1,4})(S|SEC|SECS)?");

  public static Grade notTestable(GradingScale scale) {
    return new Grade(scale, null, 0, true);
  }

  /**
   * Reads what a clinician typed: {@code 4-}, {@code 4+}, {@code 5} or {@code NT} on MRC; {@code 0}
   * to {@code 10} on Kendall; {@code 45} or {@code 45 s} for a timed test. Typographic minus signs
   * and dashes count as −. Blank means the test was not done (null).
   *
   * @throws InvalidGrade naming the problem when it is not a grade on that scale
   */
  public static Grade parse(String typed, GradingScale scale, int maxSeconds) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String text =
        typed
            .strip()
            .toUpperCase(Locale.ROOT)
            .replace('\u2212', '-')
            .replace('\u2013', '-')
            .replace('\u2014', '-')
            .replace(" ", "");
    if (text.equals("NT")) {
      return notTestable(scale);
    }
    return switch (scale) {
      case MRC -> mrc(typed, text);
      case KENDALL -> kendall(typed, text);
      case SECONDS -> seconds(typed, text, maxSeconds);
    };
  }

  private static Grade mrc(String typed, String text) {
    Matcher m = MRC.matcher(text);
    if (!m.matches()) {
      throw new InvalidGrade("grade.notMrc", typed.strip());
    }
    int value = Integer.parseInt(m.group(1));
    int modifier =
        switch (m.group(2)) {
          case "-" -> -1;
          case "+" -> 1;
          default -> 0;
        };
    // 0 is no contraction at all; nothing is above normal strength.
    if ((value == 0 && modifier != 0) || (value == 5 && modifier > 0)) {
      throw new InvalidGrade("grade.notMrc", typed.strip());
    }
    return new Grade(GradingScale.MRC, value, modifier, false);
  }

  private static Grade kendall(String typed, String text) {
    if (!KENDALL.matcher(text).matches()) {
      throw new InvalidGrade("grade.notKendall", typed.strip());
    }
    return new Grade(GradingScale.KENDALL, Integer.parseInt(text), 0, false);
  }

  private static Grade seconds(String typed, String text, int maxSeconds) {
    Matcher m = SECONDS.matcher(text);
    if (!m.matches() || Integer.parseInt(m.group(1)) > maxSeconds) {
      throw new InvalidGrade("grade.notSeconds", typed.strip(), maxSeconds);
    }
    return new Grade(GradingScale.SECONDS, Integer.parseInt(m.group(1)), 0, false);
  }

  /** Orders grades of one scale: 4− below 4 below 4+ below 5−. */
  public int rank() {
    return notTestable ? -1 : value * 3 + modifier;
  }

  /** A strength grade below normal (5 on MRC, 10 on Kendall); never true for NT or seconds. */
  public boolean weak() {
    return !notTestable && scale.isStrength() && rank() < scale.full() * 3;
  }

  /** Whether two results can be compared: both measured, on the same scale. */
  public boolean comparableWith(Grade other) {
    return other != null && !notTestable && !other.notTestable && scale == other.scale;
  }

  /** As charted: "4−", "5", "NT", "45 s". */
  public String display() {
    if (notTestable) {
      return "NT";
    }
    if (scale == GradingScale.SECONDS) {
      return value + " s";
    }
    return value + (modifier < 0 ? "\u2212" : modifier > 0 ? "+" : "");
  }

  /** As charted with its scale, so grades on two scales never read alike: "4− /5", "8 /10". */
  public String displayWithScale() {
    return scale.isStrength() && !notTestable ? display() + " /" + scale.full() : display();
  }

  /** As typed back into the grid: "4-", "5", "NT", "45". */
  public String typed() {
    if (notTestable) {
      return "NT";
    }
    return value + (modifier < 0 ? "-" : modifier > 0 ? "+" : "");
  }
}
