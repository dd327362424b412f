package com.spinedesk.intake.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A comparison of a score with a number, for band rules: {@code distress >= 4}. */
public record ScoreCondition(String score, String operator, BigDecimal value)
    implements Serializable {

  /** The operators a score can be compared with: equality and ordering. */
  public static final Set<String> OPERATORS =
      Set.of(
          Condition.EQUALS,
          Condition.NOT_EQUALS,
          Condition.GREATER,
          Condition.GREATER_OR_EQUAL,
          Condition.LESS,
          Condition.LESS_OR_EQUAL);

  public ScoreCondition {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(value, "value");
    if (!OPERATORS.contains(operator)) {
      throw new IllegalArgumentException("Unknown operator for a score: " + operator);
    }
  }

  public static ScoreCondition of(String score, String operator, int value) {
    return new ScoreCondition(score, operator, BigDecimal.valueOf(value));
  }

  /** Whether the score compares so; false when the score is missing, whatever the operator. */
  public boolean holds(Map<String, BigDecimal> scores) {
    BigDecimal actual = scores.get(score);
    return actual != null && Condition.ordered(actual.compareTo(value), operator);
  }
}
