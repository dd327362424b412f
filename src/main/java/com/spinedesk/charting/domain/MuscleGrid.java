package com.spinedesk.charting.domain;

import java.io.Serializable;
import java.util.List;

/**
 * The muscle-test grid as the clinician typed it: the strength scale chosen for the exam, one cell
 * per test and side, and a note for the whole exam. Nothing here is trusted until the service has
 * read every cell against the catalogue and the scale.
 */
public record MuscleGrid(GradingScale scale, List<Cell> cells, String note)
    implements Serializable {

  /**
   * One test on one side as typed: the grade ("4-", "NT", "45"), pain on testing, and a note (the
   * reason, when not testable).
   */
  public record Cell(String testCode, Side side, String typed, boolean pain, String note)
      implements Serializable {

    /** Nothing typed, ticked or noted: the test was not done. */
    public boolean blank() {
      return (typed == null || typed.isBlank()) && !pain && (note == null || note.isBlank());
    }

    /**
     * The field name problems are reported under: the test code and side, e.g. HIP_FLEXION.LEFT.
     */
    public String field() {
      return testCode + "." + side;
    }
  }

  public MuscleGrid {
    cells = cells == null ? List.of() : List.copyOf(cells);
  }
}
