package com.spinedesk.charting.application;

import com.spinedesk.charting.domain.VisitStatus;
import com.spinedesk.intake.application.IntakeAnswering;
import com.spinedesk.intake.domain.IntakeStatus;
import com.spinedesk.intake.domain.RiskProfile;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A patient on the clinician's list for the day: whose intake was submitted, whether it raised a
 * red flag, and how far today's visit note is (null when no visit was started).
 */
public record WorklistPatient(
    long patientId,
    String mrn,
    String name,
    LocalDate birthDate,
    long intakeId,
    IntakeStatus intakeStatus,
    boolean urgent,
    Instant submittedAt,
    Long visitId,
    VisitStatus visitStatus,
    RiskProfile profile)
    implements Serializable {

  /** A row before today's visit is looked up (for the JPQL constructor expression). */
  public WorklistPatient(
      long patientId,
      String mrn,
      String name,
      LocalDate birthDate,
      long intakeId,
      IntakeStatus intakeStatus,
      boolean urgent,
      Instant submittedAt,
      String storedProfile) {
    this(
        patientId,
        mrn,
        name,
        birthDate,
        intakeId,
        intakeStatus,
        urgent,
        submittedAt,
        null,
        null,
        IntakeAnswering.profileFrom(storedProfile));
  }

  WorklistPatient withVisit(Long id, VisitStatus status) {
    return new WorklistPatient(
        patientId,
        mrn,
        name,
        birthDate,
        intakeId,
        intakeStatus,
        urgent,
        submittedAt,
        id,
        status,
        profile);
  }
}
