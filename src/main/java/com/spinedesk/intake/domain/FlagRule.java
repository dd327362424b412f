package com.spinedesk.intake.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A rule that raises a flag (a code of the red-flag, risk-factor or yellow-flag catalogues) when
 * its conditions hold: all of them, or any one when {@code enableAny}. Several rules may raise the
 * same code, each being enough.
 */
public record FlagRule(String code, boolean enableAny, List<Condition> when)
    implements Serializable {

  public FlagRule {
    Objects.requireNonNull(code, "code");
    when = List.copyOf(when);
  }

  /** Whether the flag is raised by these answers (hidden ones already dropped). */
  public boolean raisedBy(Answers answers) {
    return Condition.hold(when, enableAny, answers);
  }
}
