package com.spinedesk.imaging.domain;

/** Whether a study uses contrast; part of the study's identity, as its codes differ. */
public enum Contrast {
  NONE,
  WITH,
  WITHOUT_AND_WITH;

  /** Contrast is given, so the order asks about reactions and kidney disease. */
  public boolean given() {
    return this != NONE;
  }
}
