package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.IntakeStatus;
import com.spinedesk.patient.domain.Language;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One intake on the day's worklist, with just enough of the patient to recognise them. */
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
    Instant submittedAt)
    implements Serializable {}
