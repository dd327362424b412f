package com.spinedesk.imaging.domain;

import java.io.Serializable;
import java.util.List;

/**
 * What SpineDesk says about ordering a study for this patient: the variant it matched and why, the
 * rating of the chosen study for it, and the studies usually appropriate for it.
 *
 * @param variant null when no variant matched
 * @param because the conditions that made the variant match
 * @param usuallyAppropriate codes of the studies rated usually appropriate for the variant, in
 *     catalogue order
 */
public record Guidance(
    int rulesetVersion,
    Variant variant,
    List<String> because,
    String studyCode,
    Rating rating,
    List<String> usuallyAppropriate)
    implements Serializable {

  public boolean matched() {
    return variant != null;
  }
}
