package com.spinedesk.charting.domain;

import com.spinedesk.platform.domain.Text;
import jakarta.annotation.Nullable;
import java.io.Serializable;

/**
 * A test of the muscle-testing catalogue ({@code seeds/catalogue/muscle-tests.json}): a muscle
 * graded on each side, with the nerve root whose myotome it belongs to, or a trunk endurance test
 * timed in seconds without a side.
 *
 * @param root the nerve root (L2…S1) of its myotome, or null for trunk tests
 * @param keyMyotome whether it is an ISNCSCI key muscle for that root
 * @param maxSeconds the longest plausible hold of a timed test
 */
public record MuscleTest(
    String code,
    Kind kind,
    @Nullable String root,
    boolean keyMyotome,
    Text name,
    Text movement,
    int maxSeconds)
    implements Serializable {

  public enum Kind {
    /** Graded for strength on the left and on the right. */
    GRADED,
    /** Held for as many seconds as the patient can, no side. */
    TIMED
  }

  public boolean timed() {
    return kind == Kind.TIMED;
  }
}
