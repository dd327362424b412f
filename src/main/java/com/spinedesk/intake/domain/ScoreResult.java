package com.spinedesk.intake.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a questionnaire's answers score: scores by code (a missing score is absent), the band given
 * by each band rule that matched, and the flags raised. Kept in the definition's order.
 */
public record ScoreResult(
    Map<String, BigDecimal> scores, Map<String, String> bands, Set<String> flags)
    implements Serializable {

  public ScoreResult {
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    bands = Collections.unmodifiableMap(new LinkedHashMap<>(bands));
    flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
  }
}
