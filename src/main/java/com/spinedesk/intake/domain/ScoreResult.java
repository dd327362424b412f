package com.spinedesk.intake.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a questionnaire's answers score: scores by code (a missing score is absent), the band given
 * by each band rule that matched, the flags raised and, for each flag, what raised it. Kept in the
 * definition's order.
 */
public record ScoreResult(
    Map<String, BigDecimal> scores,
    Map<String, String> bands,
    Set<String> flags,
    Map<String, List<Trigger>> triggers)
    implements Serializable {

  public ScoreResult {
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    bands = Collections.unmodifiableMap(new LinkedHashMap<>(bands));
    flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
    Map<String, List<Trigger>> copy = new LinkedHashMap<>();
    triggers.forEach((code, list) -> copy.put(code, List.copyOf(list)));
    triggers = Collections.unmodifiableMap(copy);
  }
}
