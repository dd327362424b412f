package com.spinedesk.charting.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.charting.domain.VisitAddendum;
import com.spinedesk.charting.domain.VisitNote;
import com.spinedesk.charting.domain.VisitStatus;
import com.spinedesk.intake.application.SubmittedIntakes;
import com.spinedesk.intake.application.SubmittedIntakes.SubmittedIntake;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.Records;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Visit notes: start today's visit, write the draft, sign it (only its author), and add dated
 * addenda to a signed note. A stale save is refused, never merged. Every read and change is audited
 * with the patient it concerns.
 */
@Stateless
@RolesAllowed(Roles.CLINICIAN)
public class VisitNotes {
  public static final String RECORD_TYPE = "VISIT";

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @Inject private ChartingCatalogues catalogues;
  @Inject private SubmittedIntakes intakes;
  @Inject private ClinicSettings settings;
  @Resource private SessionContext session;

  /**
   * Today's visit for the patient: the draft already started today, or a new draft that reviews the
   * patient's latest submitted intake and takes the pain score the patient gave today.
   */
  public Visit start(long patientId) {
    // Locked: a double click finds the draft the first click made instead of making a second.
    Patient patient = Records.require(em, Patient.class, patientId, LockModeType.PESSIMISTIC_WRITE);
    LocalDate today = LocalDate.now(settings.zone());
    List<Visit> drafts =
        em.createQuery(
                "select v from Visit v where v.patientId = :p and v.visitDate = :d"
                    + " and v.status = :draft order by v.id desc",
                Visit.class)
            .setParameter("p", patientId)
            .setParameter("d", today)
            .setParameter("draft", VisitStatus.DRAFT)
            .setMaxResults(1)
            .getResultList();
    if (!drafts.isEmpty()) {
      return drafts.get(0);
    }
    SubmittedIntake latest = intakes.latest(patientId).orElse(null);
    Integer pain =
        latest != null && today.equals(latest.intake().getClinicDay())
            ? latest.profile().currentPain()
            : null;
    Visit visit =
        new Visit(
            patientId,
            latest == null ? null : latest.intake().getId(),
            today,
            pain,
            actor(),
            Instant.now());
    em.persist(visit);
    em.flush();
    audit.patient(AuditAction.CREATE, RECORD_TYPE, visit.getId(), patient, null);
    return visit;
  }

  /** Opens a visit with its addenda and the intake it reviewed (an audited read). */
  public VisitDetail open(long visitId) {
    Visit visit = visit(visitId);
    Patient patient = em.find(Patient.class, visit.getPatientId());
    List<VisitAddendum> addenda =
        em.createQuery(
                "select a from VisitAddendum a where a.visitId = :v order by a.writtenAt, a.id",
                VisitAddendum.class)
            .setParameter("v", visitId)
            .getResultList();
    SubmittedIntake intake =
        visit.getIntakeId() == null ? null : intakes.find(visit.getIntakeId()).orElse(null);
    SubmittedIntake newer =
        visit.getStatus() != VisitStatus.DRAFT
            ? null
            : intakes
                .latest(patient.getId())
                .filter(l -> !l.intake().getId().equals(visit.getIntakeId()))
                .orElse(null);
    audit.patient(AuditAction.VIEW, RECORD_TYPE, visitId, patient, null);
    return new VisitDetail(visit, patient, addenda, intake, newer);
  }

  /**
   * Makes the draft review another of the patient's submitted intakes (a newer one, usually): its
   * risk profile then leads the imaging guidance and the home-care sheet of this visit. Refused
   * when someone changed the visit after {@code seenVersion}; asking again for the intake it
   * already reviews (a double click) changes nothing and is not refused.
   */
  public Visit reviewIntake(long visitId, long seenVersion, long intakeId) {
    Visit locked = lockedDraft(visitId);
    if (Long.valueOf(intakeId).equals(locked.getIntakeId())) {
      return locked;
    }
    Visit visit = sameVersion(locked, seenVersion);
    SubmittedIntake intake =
        intakes
            .find(intakeId)
            .filter(i -> i.intake().getPatientId() == visit.getPatientId())
            .orElseThrow(() -> new RequestRefused("visit.noSuchIntake"));
    Long before = visit.getIntakeId();
    visit.reviewIntake(intake.intake().getId(), actor(), Instant.now());
    return updated(
        visit, "reviews intake " + intakeId + " instead of " + (before == null ? "none" : before));
  }

  /** Writes a changed draft and audits what changed; a save after someone else's is refused. */
  private Visit updated(Visit visit, String what) {
    flushOrConflict();
    Patient patient = em.find(Patient.class, visit.getPatientId());
    audit.patient(AuditAction.UPDATE, RECORD_TYPE, visit.getId(), patient, what);
    return visit;
  }

  /**
   * Saves the draft. Refused when the note is signed, when someone saved it after {@code
   * seenVersion} (nothing is overwritten), or when a diagnosis is not in the catalogue.
   */
  public Visit save(long visitId, long seenVersion, @NotNull @Valid VisitNote note) {
    Visit visit = editableDraft(visitId, seenVersion);
    checkDiagnoses(note);
    List<String> changed = visit.note().fieldsDifferentFrom(note);
    if (changed.isEmpty()) {
      return visit;
    }
    visit.write(note, actor(), Instant.now());
    return updated(visit, "changed " + String.join(", ", changed));
  }

  /**
   * Saves the note as given and signs it, in one step. Only the clinician who started the draft
   * signs it; a note without chief complaint, assessment and plan cannot be signed.
   */
  public Visit sign(long visitId, long seenVersion, @NotNull @Valid VisitNote note) {
    Visit visit = editableDraft(visitId, seenVersion);
    if (!visit.getAuthor().equals(actor())) {
      throw new RequestRefused("visit.notAuthor", visit.getAuthor());
    }
    checkDiagnoses(note);
    if (!note.missingForSigning().isEmpty()) {
      throw new RequestRefused("visit.incomplete");
    }
    Instant now = Instant.now();
    visit.write(note, actor(), now);
    visit.sign(actor(), now);
    flushOrConflict();
    Patient patient = em.find(Patient.class, visit.getPatientId());
    audit.patient(AuditAction.SIGN, RECORD_TYPE, visitId, patient, null);
    return visit;
  }

  /** Adds a dated addendum to a signed note; a draft is simply edited instead. */
  public VisitAddendum addAddendum(long visitId, @NotBlank @Size(max = 5000) String text) {
    Visit visit = visit(visitId);
    if (!visit.signed()) {
      throw new RequestRefused("visit.addendumNeedsSigned");
    }
    VisitAddendum addendum = new VisitAddendum(visitId, text, actor(), Instant.now());
    em.persist(addendum);
    em.flush();
    Patient patient = em.find(Patient.class, visit.getPatientId());
    audit.patient(
        AuditAction.CREATE,
        "VISIT_ADDENDUM",
        addendum.getId(),
        patient,
        "addendum to visit " + visitId);
    return addendum;
  }

  private Visit editableDraft(long visitId, long seenVersion) {
    return sameVersion(lockedDraft(visitId), seenVersion);
  }

  /** The draft, locked: a muscle-test save racing the signature waits, then sees it signed. */
  private Visit lockedDraft(long visitId) {
    Visit visit = Records.require(em, Visit.class, visitId, LockModeType.PESSIMISTIC_WRITE);
    if (visit.signed()) {
      throw new RequestRefused("visit.alreadySigned", visit.getSignedBy());
    }
    return visit;
  }

  /** Refuses a change made on a version someone has saved over since. */
  private static Visit sameVersion(Visit visit, long seenVersion) {
    if (visit.getVersion() != seenVersion) {
      throw new ConcurrentChange(visit.getUpdatedBy(), visit.getUpdatedAt());
    }
    return visit;
  }

  private void checkDiagnoses(VisitNote note) {
    for (String code : note.diagnoses()) {
      if (catalogues.catalogue().diagnosis(code).isEmpty()) {
        throw RequestRefused.onField("diagnoses", "visit.unknownDiagnosis", code);
      }
    }
    if (note.diagnoses().stream().distinct().count() != note.diagnoses().size()) {
      throw RequestRefused.onField("diagnoses", "visit.duplicateDiagnosis");
    }
  }

  private void flushOrConflict() {
    try {
      em.flush();
    } catch (OptimisticLockException raced) {
      // Another save committed between our read and our write.
      throw new ConcurrentChange(null, null);
    }
  }

  private Visit visit(long visitId) {
    return Records.require(em, Visit.class, visitId);
  }

  private String actor() {
    return session.getCallerPrincipal().getName();
  }
}
