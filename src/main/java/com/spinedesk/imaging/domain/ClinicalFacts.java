package com.spinedesk.imaging.domain;

import com.spinedesk.intake.domain.RiskProfile;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What is known about the patient when imaging is ordered, as the tokens the appropriateness rules
 * are written in: {@code RED_FLAG:<code>} and {@code RISK_FACTOR:<code>} from the intake's risk
 * profile, {@code SIGN:<sign>} for each sign that raised one of those red flags (a history of
 * cancer asks for MRI, cancer suspected otherwise for an X-ray first), {@code
 * DURATION:<ACUTE|SUBACUTE|CHRONIC|UNKNOWN>}, {@code PRIOR_SURGERY}, {@code FINDING:<code>} ticked
 * by the clinician, {@code EXAM:<pattern>} from the visit's muscle tests, and the patient's age for
 * {@code AGE>=n}.
 */
public record ClinicalFacts(Set<String> tokens, int age) implements Serializable {

  public ClinicalFacts {
    tokens = Set.copyOf(tokens);
  }

  public static ClinicalFacts of(
      RiskProfile profile, int age, Collection<String> findings, Collection<String> examFacts) {
    Set<String> tokens = new LinkedHashSet<>();
    for (String flag : profile.redFlags()) {
      tokens.add("RED_FLAG:" + flag);
      profile.triggersOf(flag).forEach(t -> tokens.add("SIGN:" + t.sign()));
    }
    profile.modifiableRiskFactors().forEach(f -> tokens.add("RISK_FACTOR:" + f));
    profile.otherRiskFactors().forEach(f -> tokens.add("RISK_FACTOR:" + f));
    tokens.add("DURATION:" + profile.duration());
    if (profile.priorSurgery()) {
      tokens.add("PRIOR_SURGERY");
    }
    findings.forEach(f -> tokens.add("FINDING:" + f));
    tokens.addAll(examFacts);
    return new ClinicalFacts(tokens, age);
  }

  /** Whether one condition of a rule holds: a token, {@code AGE>=n}, or either negated with !. */
  public boolean holds(String condition) {
    if (condition.startsWith("!")) {
      return !holds(condition.substring(1));
    }
    if (condition.startsWith("AGE>=")) {
      return age >= Integer.parseInt(condition.substring(5));
    }
    return tokens.contains(condition);
  }
}
