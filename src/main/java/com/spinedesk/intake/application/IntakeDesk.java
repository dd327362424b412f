package com.spinedesk.intake.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.intake.domain.Intake;
import com.spinedesk.intake.domain.IntakeResponse;
import com.spinedesk.intake.domain.IntakeStatus;
import com.spinedesk.intake.domain.KioskCode;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.patient.domain.Patient;
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
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The front desk's and clinicians' side of intakes: start one, hand out a tablet code, fill it in
 * with the patient, submit, review, correct, and the day's worklist. Every read and change is
 * audited with the patient it concerns.
 */
@Stateless
@RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
public class IntakeDesk {
  public static final String RECORD_TYPE = "INTAKE";

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @EJB private QuestionnaireLibrary library;
  @Inject private IntakeAnswering answering;
  @Resource private SessionContext session;

  /**
   * Starts an intake in the patient's preferred language with the newest version of every
   * questionnaire. Refused while the patient has an intake that is not yet submitted.
   */
  public Intake start(long patientId) {
    Patient patient = patient(patientId);
    List<Long> open =
        em.createQuery(
                "select i.id from Intake i where i.patientId = :p and i.status in :open"
                    + " and i.superseded = false",
                Long.class)
            .setParameter("p", patientId)
            .setParameter("open", List.of(IntakeStatus.NOT_STARTED, IntakeStatus.IN_PROGRESS))
            .getResultList();
    if (!open.isEmpty()) {
      throw new RequestRefused("intake.alreadyOpen");
    }
    Instant now = Instant.now();
    Intake intake =
        new Intake(patientId, patient.getPreferredLanguage(), answering.today(), actor(), now);
    em.persist(intake);
    em.flush();
    int position = 0;
    for (Map.Entry<Long, Questionnaire> q : library.forNewIntake().entrySet()) {
      em.persist(new IntakeResponse(intake.getId(), q.getKey(), position++, actor(), now));
    }
    audit.patient(AuditAction.CREATE, RECORD_TYPE, intake.getId(), patient, null);
    return intake;
  }

  /**
   * A new one-time code for the waiting-room tablet; earlier codes for the intake stop working. The
   * code itself is returned only here and never stored or logged.
   */
  public String issueKioskCode(long intakeId) {
    Intake intake = intake(intakeId);
    if (intake.getStatus().isFinal()) {
      throw new RequestRefused("intake.alreadySubmitted");
    }
    Instant now = Instant.now();
    answering.endCodes(intakeId, KioskCode.EndReason.REPLACED, now);
    String code;
    do {
      code = KioskCode.newCode();
    } while (openCodeWithHash(KioskCode.hash(code), now));
    KioskCode row = new KioskCode(intakeId, code, actor(), now);
    em.persist(row);
    em.flush();
    Patient patient = em.find(Patient.class, intake.getPatientId());
    audit.patient(
        AuditAction.CREATE,
        "KIOSK_CODE",
        row.getId(),
        patient,
        "tablet code for intake " + intakeId);
    return code;
  }

  private boolean openCodeWithHash(String hash, Instant now) {
    return em
        .createQuery("select k from KioskCode k where k.codeHash = :h", KioskCode.class)
        .setParameter("h", hash)
        .getResultList()
        .stream()
        .anyMatch(k -> k.isOpen(now));
  }

  /** The intakes of a clinic day, urgent (red-flag) ones first, then by when they started. */
  public List<WorklistRow> worklist(LocalDate day) {
    List<WorklistRow> rows =
        em.createQuery(
                "select new com.spinedesk.intake.application.WorklistRow(i.id, p.id, p.mrn,"
                    + " concat(p.familyName, ', ', p.givenName), p.birthDate, i.status, i.urgent,"
                    + " i.language, i.startedAt, i.submittedAt, i.profile)"
                    + " from Intake i, Patient p where p.id = i.patientId and i.clinicDay = :day"
                    + " and i.superseded = false",
                WorklistRow.class)
            .setParameter("day", day)
            .getResultList();
    audit.patientsListed(
        "INTAKE_WORKLIST",
        rows.stream()
            .collect(
                Collectors.toMap(
                    WorklistRow::patientId, WorklistRow::mrn, (a, b) -> a, TreeMap::new)),
        "listed among the intakes of " + day);
    return rows.stream()
        .sorted(
            Comparator.comparing(WorklistRow::urgent)
                .reversed()
                .thenComparing(WorklistRow::startedAt))
        .toList();
  }

  /** Today's worklist, in the clinic's time zone. */
  public List<WorklistRow> today() {
    return worklist(answering.today());
  }

  /** A patient's intakes, newest first, for the patient's page. */
  public List<Intake> ofPatient(long patientId) {
    Patient patient = patient(patientId);
    List<Intake> intakes =
        em.createQuery(
                "select i from Intake i where i.patientId = :p order by i.startedAt desc",
                Intake.class)
            .setParameter("p", patientId)
            .getResultList();
    audit.patient(AuditAction.VIEW, "INTAKE_LIST", null, patient, null);
    return intakes;
  }

  /** Opens an intake with its answers and, once submitted, its risk profile (an audited read). */
  public IntakeDetail open(long intakeId) {
    Intake intake = intake(intakeId);
    Patient patient = em.find(Patient.class, intake.getPatientId());
    Instant now = Instant.now();
    KioskCode code =
        em
            .createQuery(
                "select k from KioskCode k where k.intakeId = :id and k.endedAt is null",
                KioskCode.class)
            .setParameter("id", intakeId)
            .getResultList()
            .stream()
            .filter(k -> k.isOpen(now))
            .findFirst()
            .orElse(null);
    audit.patient(AuditAction.VIEW, RECORD_TYPE, intakeId, patient, null);
    return new IntakeDetail(
        intake,
        patient,
        answering.form(intake, patient),
        IntakeAnswering.profileOf(intake),
        code == null ? null : code.getExpiresAt(),
        code != null && code.getClaimedAt() != null);
  }

  /** Saves one page filled in at the desk; see {@link IntakeAnswering#savePage}. */
  public IntakeForm savePage(
      long intakeId, long responseId, String pageLinkId, Map<String, List<String>> raw) {
    Intake intake = intake(intakeId);
    Patient patient = em.find(Patient.class, intake.getPatientId());
    answering.savePage(intake, patient, responseId, pageLinkId, raw, actor());
    audit.patient(
        AuditAction.UPDATE,
        RECORD_TYPE,
        intakeId,
        patient,
        "saved page " + pageLinkId + " at the desk");
    return answering.form(intake, patient);
  }

  /** Submits an intake filled in at the desk, after the patient confirmed the answers. */
  public RiskProfile submit(long intakeId) {
    Intake intake = intake(intakeId);
    Patient patient = em.find(Patient.class, intake.getPatientId());
    RiskProfile profile = answering.submit(intake, patient, actor());
    audit.patient(AuditAction.SUBMIT, RECORD_TYPE, intakeId, patient, null);
    return profile;
  }

  /** The clinician has read the submitted intake and its risk profile. */
  @RolesAllowed(Roles.CLINICIAN)
  public void markReviewed(long intakeId, long seenVersion) {
    Intake intake = intake(intakeId);
    if (intake.getStatus() != IntakeStatus.SUBMITTED) {
      throw new RequestRefused("intake.notSubmitted");
    }
    if (intake.getVersion() != seenVersion) {
      throw new ConcurrentChange(
          intake.getReviewedBy() != null ? intake.getReviewedBy() : intake.getSubmittedBy(),
          intake.getReviewedAt() != null ? intake.getReviewedAt() : intake.getSubmittedAt());
    }
    intake.review(actor(), Instant.now());
    Patient patient = em.find(Patient.class, intake.getPatientId());
    audit.patient(AuditAction.REVIEW, RECORD_TYPE, intakeId, patient, null);
  }

  /**
   * Starts a correction of a submitted intake: a new intake with the same questionnaire versions
   * and a copy of the answers, naming the one it corrects and why. The original stays as it was,
   * marked superseded; both are in the audit log.
   */
  public Intake correct(
      long intakeId,
      @NotBlank
          @Size(max = 500)
          @Pattern(regexp = "[^<>]*", message = "{spinedesk.validation.noMarkup}")
          String reason) {
    Intake original = intake(intakeId);
    if (!original.getStatus().isFinal() || original.isSuperseded()) {
      throw new RequestRefused("intake.notCorrectable");
    }
    Instant now = Instant.now();
    Intake correction = Intake.correcting(original, reason.trim(), answering.today(), actor(), now);
    em.persist(correction);
    em.flush();
    for (IntakeResponse earlier : answering.responses(intakeId)) {
      IntakeResponse copy =
          new IntakeResponse(
              correction.getId(),
              earlier.getQuestionnaireVersionId(),
              earlier.getPosition(),
              actor(),
              now);
      copy.copyAnswersFrom(earlier);
      em.persist(copy);
    }
    original.supersede();
    Patient patient = em.find(Patient.class, original.getPatientId());
    audit.patient(
        AuditAction.CORRECT,
        RECORD_TYPE,
        intakeId,
        patient,
        "superseded by intake " + correction.getId());
    audit.patient(
        AuditAction.CREATE,
        RECORD_TYPE,
        correction.getId(),
        patient,
        "correction of intake " + intakeId);
    return correction;
  }

  private Intake intake(long intakeId) {
    return Records.require(em, Intake.class, intakeId);
  }

  private Patient patient(long patientId) {
    return Records.require(em, Patient.class, patientId);
  }

  private String actor() {
    return session.getCallerPrincipal().getName();
  }
}
