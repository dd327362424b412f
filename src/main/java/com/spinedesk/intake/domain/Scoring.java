package com.spinedesk.intake.domain;

import java.io.Serializable;
import java.util.List;

/** A questionnaire's scores, the bands they give and the flags its answers raise. */
public record Scoring(List<ScoreRule> scores, List<BandRule> bands, List<FlagRule> flags)
    implements Serializable {

  public Scoring {
    scores = scores == null ? List.of() : List.copyOf(scores);
    bands = bands == null ? List.of() : List.copyOf(bands);
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  /** For questionnaires that only collect answers. */
  public static Scoring none() {
    return new Scoring(List.of(), List.of(), List.of());
  }
}
