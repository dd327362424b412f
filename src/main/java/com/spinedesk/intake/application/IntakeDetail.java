package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.Intake;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.patient.domain.Patient;
import java.time.Instant;

/**
 * An intake as staff see it: the patient, the answers, the risk profile once submitted (null
 * before), and when the tablet code now open for it expires (null when none is open).
 */
public record IntakeDetail(
    Intake intake,
    Patient patient,
    IntakeForm form,
    RiskProfile profile,
    Instant openCodeExpiresAt,
    boolean openCodeClaimed) {}
