package com.spinedesk.charting.application;

import com.spinedesk.intake.application.SubmittedIntakes.SubmittedIntake;
import com.spinedesk.patient.domain.Patient;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The head of a patient's chart: the patient, the latest submitted intake with its risk profile
 * (null when there is none), how many visits there are, and the pain scores of the most recent
 * visits, oldest first, for the trend chart.
 */
public record ChartSummary(
    Patient patient, SubmittedIntake latestIntake, long visitCount, List<PainPoint> painTrend)
    implements Serializable {

  /** One visit's pain score (0–10). */
  public record PainPoint(long visitId, LocalDate date, int pain) implements Serializable {}
}
