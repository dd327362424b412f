package com.spinedesk.intake.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How scores place a patient in a band, such as a risk group: the first rule whose conditions all
 * hold gives the band, so rules go from the most specific to the catch-all.
 */
public record BandRule(String code, List<Rule> rules) implements Serializable {

  /** One band and what it takes; no conditions means always. */
  public record Rule(String band, List<ScoreCondition> when) implements Serializable {

    public Rule {
      Objects.requireNonNull(band, "band");
      when = when == null ? List.of() : List.copyOf(when);
    }

    public boolean holds(Map<String, BigDecimal> scores) {
      return when.stream().allMatch(condition -> condition.holds(scores));
    }
  }

  public BandRule {
    Objects.requireNonNull(code, "code");
    rules = List.copyOf(rules);
  }

  /** The band these scores give, or empty when no rule matches. */
  public Optional<String> bandFor(Map<String, BigDecimal> scores) {
    return rules.stream().filter(rule -> rule.holds(scores)).map(Rule::band).findFirst();
  }
}
