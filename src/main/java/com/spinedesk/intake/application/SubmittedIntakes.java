package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.Intake;
import com.spinedesk.intake.domain.IntakeStatus;
import com.spinedesk.intake.domain.RiskProfile;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The submitted intakes later steps build on: the chart, imaging guidance and the home-care sheet
 * all start from a patient's latest submitted risk profile. Runs in the caller's transaction; the
 * caller checks the role and audits the read.
 */
@Dependent
public class SubmittedIntakes {

  /** A submitted (or reviewed) intake with the risk profile computed when it was submitted. */
  public record SubmittedIntake(Intake intake, RiskProfile profile) implements Serializable {}

  @PersistenceContext private EntityManager em;

  /** The patient's most recently submitted intake that no correction replaced, if any. */
  public Optional<SubmittedIntake> latest(long patientId) {
    List<Intake> intakes =
        em.createQuery(
                "select i from Intake i where i.patientId = :p and i.status in :done"
                    + " and i.superseded = false order by i.submittedAt desc, i.id desc",
                Intake.class)
            .setParameter("p", patientId)
            .setParameter("done", List.of(IntakeStatus.SUBMITTED, IntakeStatus.REVIEWED))
            .setMaxResults(1)
            .getResultList();
    return intakes.stream()
        .findFirst()
        .map(i -> new SubmittedIntake(i, IntakeAnswering.profileOf(i)));
  }

  /**
   * The intake a visit reviews: the one it was started with, or the patient's latest when the visit
   * was started without one.
   */
  public Optional<SubmittedIntake> ofVisit(Long visitIntakeId, long patientId) {
    return visitIntakeId != null ? find(visitIntakeId) : latest(patientId);
  }

  /** A given intake, when it belongs to the patient and was submitted. */
  public Optional<SubmittedIntake> find(long intakeId) {
    Intake intake = em.find(Intake.class, intakeId);
    if (intake == null || !intake.getStatus().isFinal()) {
      return Optional.empty();
    }
    return Optional.of(new SubmittedIntake(intake, IntakeAnswering.profileOf(intake)));
  }
}
