package com.spinedesk.intake.domain;

/** Where an intake stands, in the order the front desk's worklist shows them. */
public enum IntakeStatus {
  NOT_STARTED,
  IN_PROGRESS,
  SUBMITTED,
  REVIEWED;

  /** Submitted and reviewed intakes are kept exactly as the patient confirmed them. */
  public boolean isFinal() {
    return this == SUBMITTED || this == REVIEWED;
  }
}
