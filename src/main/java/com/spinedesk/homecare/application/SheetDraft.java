package com.spinedesk.homecare.application;

import com.spinedesk.charting.domain.Visit;
import com.spinedesk.homecare.domain.SheetChoices;
import com.spinedesk.homecare.domain.SheetTemplate;
import com.spinedesk.intake.application.SubmittedIntakes.SubmittedIntake;
import com.spinedesk.patient.domain.Patient;

/**
 * What a new sheet at a visit is made from: the visit and patient, the intake whose risk profile it
 * follows, the template, and the choices it starts with (the template's defaults, in the patient's
 * language, on the clinic's paper).
 */
public record SheetDraft(
    Visit visit,
    Patient patient,
    SubmittedIntake intake,
    SheetTemplate template,
    SheetChoices defaults,
    String clinicianName) {}
