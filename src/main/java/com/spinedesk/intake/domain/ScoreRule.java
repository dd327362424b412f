package com.spinedesk.intake.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one score is computed from the points of some items.
 *
 * @param maxPerItem for {@code proportional}: the most points one item can give; null for {@code
 *     sum}
 * @param scaleTo for {@code proportional}: what a patient with every answered item at its maximum
 *     scores (100 for a percentage); null for {@code sum}
 * @param minAnswered for {@code proportional}: below this many answered items the score is missing,
 *     as too little was answered to mean anything; 0 for {@code sum}
 */
public record ScoreRule(
    String code,
    List<String> items,
    Method method,
    BigDecimal maxPerItem,
    BigDecimal scaleTo,
    int minAnswered)
    implements Serializable {

  /** Proportional scores keep one decimal, rounded half up, as instruments publish them. */
  public static final int PROPORTIONAL_SCALE = 1;

  /** How the points of the items become the score. */
  public enum Method {
    /** The points added up; unanswered items give nothing. */
    SUM("sum"),
    /**
     * points ÷ (maxPerItem × items answered) × scaleTo, so skipping an item does not lower the
     * score (the Oswestry rule).
     */
    PROPORTIONAL("proportional");

    private final String jsonName;

    Method(String jsonName) {
      this.jsonName = jsonName;
    }

    public String jsonName() {
      return jsonName;
    }

    public static Optional<Method> byJsonName(String name) {
      for (Method method : values()) {
        if (method.jsonName.equals(name)) {
          return Optional.of(method);
        }
      }
      return Optional.empty();
    }
  }

  public ScoreRule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(method, "method");
    items = List.copyOf(items);
    if (method == Method.PROPORTIONAL) {
      if (maxPerItem == null || maxPerItem.signum() <= 0) {
        throw new IllegalArgumentException("A proportional score needs a positive maxPerItem");
      }
      if (scaleTo == null || scaleTo.signum() <= 0) {
        throw new IllegalArgumentException("A proportional score needs a positive scaleTo");
      }
    }
  }

  public static ScoreRule sum(String code, List<String> items) {
    return new ScoreRule(code, items, Method.SUM, null, null, 0);
  }

  public static ScoreRule proportional(
      String code, List<String> items, int maxPerItem, int scaleTo, int minAnswered) {
    return new ScoreRule(
        code,
        items,
        Method.PROPORTIONAL,
        BigDecimal.valueOf(maxPerItem),
        BigDecimal.valueOf(scaleTo),
        minAnswered);
  }

  /**
   * The score from the points of the items that give some (shown, answered, scored); empty when a
   * proportional score has too few of them.
   */
  public Optional<BigDecimal> compute(Map<String, BigDecimal> points) {
    List<BigDecimal> given = items.stream().map(points::get).filter(Objects::nonNull).toList();
    BigDecimal total = given.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (method == Method.SUM) {
      return Optional.of(total);
    }
    if (given.isEmpty() || given.size() < minAnswered) {
      return Optional.empty();
    }
    BigDecimal possible = maxPerItem.multiply(BigDecimal.valueOf(given.size()));
    return Optional.of(
        total.multiply(scaleTo).divide(possible, PROPORTIONAL_SCALE, RoundingMode.HALF_UP));
  }
}
