package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.IntakeStatus;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.platform.domain.Language;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One intake on the day's worklist, with just enough of the patient to recognise them, and the risk
 * profile of a submitted intake so the list can say which flags raised it and why.
 */
public record WorklistRow(
    long intakeId,
    long patientId,
    String mrn,
    String patientName,
    LocalDate birthDate,
    IntakeStatus status,
    boolean urgent,
    Language language,
    Instant startedAt,
    Instant submittedAt,
    RiskProfile profile)
    implements Serializable {

  /** A row as the JPQL constructor expression reads it, the profile as stored. */
  public WorklistRow(
      long intakeId,
      long patientId,
      String mrn,
      String patientName,
      LocalDate birthDate,
      IntakeStatus status,
      boolean urgent,
      Language language,
      Instant startedAt,
      Instant submittedAt,
      String storedProfile) {
    this(
        intakeId,
        patientId,
        mrn,
        patientName,
        birthDate,
        status,
        urgent,
        language,
        startedAt,
        submittedAt,
        IntakeAnswering.profileFrom(storedProfile));
  }
}
