package com.spinedesk.intake.domain;

/**
 * What became of what a patient typed for one item: a value, nothing (left empty), or a problem to
 * show instead of storing anything.
 */
public record Parsed(Object value, Problem problem) {

  public Parsed {
    if (value != null && problem != null) {
      throw new IllegalArgumentException("A refused answer has no value");
    }
  }

  public static Parsed unanswered() {
    return new Parsed(null, null);
  }

  public static Parsed of(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("Use unanswered() for no value");
    }
    return new Parsed(value, null);
  }

  public static Parsed refused(Problem problem) {
    if (problem == null) {
      throw new IllegalArgumentException("A refusal needs its problem");
    }
    return new Parsed(null, problem);
  }

  /** True unless refused: an empty answer is fine here; whether it is needed is checked later. */
  public boolean ok() {
    return problem == null;
  }

  public boolean answered() {
    return value != null;
  }
}
