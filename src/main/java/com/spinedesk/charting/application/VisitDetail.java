package com.spinedesk.charting.application;

import com.spinedesk.charting.domain.Visit;
import com.spinedesk.charting.domain.VisitAddendum;
import com.spinedesk.intake.application.SubmittedIntakes.SubmittedIntake;
import com.spinedesk.patient.domain.Patient;
import java.util.List;

/**
 * A visit as the clinician sees it: the note, the patient, the addenda oldest first, and the intake
 * the visit reviewed (null when the patient had none).
 */
public record VisitDetail(
    Visit visit, Patient patient, List<VisitAddendum> addenda, SubmittedIntake intake) {}
