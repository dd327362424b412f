package com.spinedesk.charting.domain;

/**
 * How a test was measured. MRC (Oxford) 0–5 with − and + modifiers and Kendall 0–10 are strength
 * grades and are never converted into each other; trunk endurance tests are timed in seconds.
 */
public enum GradingScale {
  MRC(5),
  KENDALL(10),
  SECONDS(0);

  private final int full;

  GradingScale(int full) {
    this.full = full;
  }

  /** The grade of normal strength (5 on MRC, 10 on Kendall); 0 for timed tests. */
  public int full() {
    return full;
  }

  public boolean isStrength() {
    return this != SECONDS;
  }
}
