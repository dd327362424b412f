package com.spinedesk.imaging.domain;

import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The appropriateness rules, as data: findings the clinician may tick and the variants in order of
 * precedence (the most urgent first). The first variant that matches is the one the guidance cites.
 */
public record AppropriatenessRules(
    int version, Text source, List<Finding> findings, List<Variant> variants)
    implements Serializable {

  public AppropriatenessRules {
    findings = List.copyOf(findings);
    variants = List.copyOf(variants);
  }

  /** Rates a study for these facts; {@code studyCodes} orders the list of usual choices. */
  public Guidance assess(ClinicalFacts facts, String studyCode, List<String> studyCodes) {
    for (Variant variant : variants) {
      Optional<List<String>> because = variant.match(facts);
      if (because.isPresent()) {
        return new Guidance(
            version,
            variant,
            because.get(),
            studyCode,
            variant.rating(studyCode),
            studyCodes.stream()
                .filter(c -> variant.rating(c) == Rating.USUALLY_APPROPRIATE)
                .toList());
      }
    }
    return new Guidance(version, null, List.of(), studyCode, Rating.NOT_RATED, List.of());
  }

  public Optional<Finding> finding(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).findFirst();
  }

  public Optional<Variant> variant(String id) {
    return variants.stream().filter(v -> v.id().equals(id)).findFirst();
  }
}
