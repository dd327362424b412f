package com.spinedesk.charting.application;

import com.spinedesk.charting.domain.Visit;
import com.spinedesk.charting.domain.VisitAddendum;
import com.spinedesk.intake.application.SubmittedIntakes.SubmittedIntake;
import com.spinedesk.patient.domain.Patient;
import java.util.List;

/**
 * A visit as the clinician sees it: the note, the patient, the addenda oldest first, the intake the
 * visit reviews (null when the patient had none), and for a draft a newer intake the patient has
 * submitted since, which the clinician may switch to (null when there is none).
 */
public record VisitDetail(
    Visit visit,
    Patient patient,
    List<VisitAddendum> addenda,
    SubmittedIntake intake,
    SubmittedIntake newerIntake) {}
