package com.spinedesk.intake.domain;

import java.util.List;
import java.util.Optional;

/** The risk factors, red flags and yellow flags questionnaires may raise, in catalogue order. */
public record ClinicalCatalogue(
    List<RiskFactor> riskFactors, List<RedFlag> redFlags, List<YellowFlag> yellowFlags) {

  public Optional<RiskFactor> riskFactor(String code) {
    return riskFactors.stream().filter(f -> f.code().equals(code)).findFirst();
  }

  public Optional<RedFlag> redFlag(String code) {
    return redFlags.stream().filter(f -> f.code().equals(code)).findFirst();
  }

  public Optional<YellowFlag> yellowFlag(String code) {
    return yellowFlags.stream().filter(f -> f.code().equals(code)).findFirst();
  }

  /** Is this a code some catalogue knows? Definitions may raise only those. */
  public boolean knows(String code) {
    return riskFactor(code).isPresent()
        || redFlag(code).isPresent()
        || yellowFlag(code).isPresent();
  }
}
