package com.spinedesk.imaging.application;

import com.spinedesk.charting.domain.ExamAnalysis;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.imaging.domain.ClinicalFacts;
import com.spinedesk.intake.application.SubmittedIntakes.SubmittedIntake;
import com.spinedesk.patient.domain.Patient;
import java.util.Set;

/**
 * What an order is placed against: the visit, the patient, the intake whose risk profile guides it,
 * and what the visit's muscle tests show. {@link #facts(Set)} adds the clinician's ticked findings.
 */
public record OrderContext(
    Visit visit, Patient patient, SubmittedIntake intake, ExamAnalysis exam, int age) {

  public ClinicalFacts facts(Set<String> findings) {
    return ClinicalFacts.of(intake.profile(), age, findings, exam.facts());
  }
}
