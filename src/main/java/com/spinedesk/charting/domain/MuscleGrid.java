package com.spinedesk.charting.domain;

import java.io.Serializable;
import java.util.List;

/**
 * The muscle-test grid as the clinician typed it: the strength scale that empty cells take by
 * default, one cell per test and side (each with the scale it was graded on), and a note for the
 * whole exam. Nothing here is trusted until the service has read every cell against the catalogue
 * and its scale.
 */
public record MuscleGrid(GradingScale scale, List<Cell> cells, String note)
    implements Serializable {

  /**
   * One test on one side as typed: the grade ("4-", "NT", "45"), pain on testing, a note (the
   * reason, when not testable), and the strength scale the grade is on (null: the grid's default;
   * timed tests are always in seconds).
   */
  public record Cell(
      String testCode, Side side, String typed, boolean pain, String note, GradingScale scale)
      implements Serializable {

    /** A cell on the grid's default scale. */
    public Cell(String testCode, Side side, String typed, boolean pain, String note) {
      this(testCode, side, typed, pain, note, null);
    }

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
