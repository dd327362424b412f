package com.spinedesk.imaging.domain;

import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One clinical variant of the appropriateness rules ({@code seeds/imaging/appropriateness.json}):
 * when it applies, and how appropriate each study is for it.
 *
 * @param id the ACR variant number
 * @param when alternatives, each a list of conditions that must all hold
 * @param ratings study code to rating; a study not listed is not rated for this variant
 */
public record Variant(String id, Text title, List<List<String>> when, Map<String, Rating> ratings)
    implements Serializable {

  public Variant {
    when = when.stream().map(List::copyOf).toList();
    ratings = Map.copyOf(ratings);
  }

  /** The first alternative whose conditions all hold: why the variant applies. */
  public Optional<List<String>> match(ClinicalFacts facts) {
    return when.stream().filter(all -> all.stream().allMatch(facts::holds)).findFirst();
  }

  public Rating rating(String studyCode) {
    return ratings.getOrDefault(studyCode, Rating.NOT_RATED);
  }
}
