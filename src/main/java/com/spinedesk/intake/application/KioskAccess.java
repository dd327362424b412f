package com.spinedesk.intake.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.intake.domain.Intake;
import com.spinedesk.intake.domain.KioskCode;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.RequestRefused;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The waiting-room tablet's side of an intake. Nobody is signed in on the tablet: a one-time code
 * from the front desk is exchanged for a {@link KioskGrant}, and every later call is checked
 * against that code's row, so the tablet can reach its one intake and nothing else, only until the
 * intake is submitted, the code is replaced, or its time runs out. Audited as "tablet".
 */
@Stateless
@PermitAll
public class KioskAccess {
  public static final String ACTOR = "tablet";
  private static final Logger LOG = Logger.getLogger(KioskAccess.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @EJB private KioskThrottle throttle;
  @Inject private IntakeAnswering answering;

  /**
   * Exchanges a code typed on the tablet for a grant. Unknown, used, replaced and expired codes get
   * the same answer, so trying codes tells nothing; repeated failures slow down the client that
   * makes them ({@code client}: its network address).
   */
  public KioskGrant claim(String typed, String client) {
    throttle.refuseWhileBlocked(client);
    String code = KioskCode.normalize(typed);
    if (!KioskCode.looksLikeACode(code)) {
      throttle.failed(client);
      throw RequestRefused.onField("code", "kiosk.codeMalformed", KioskCode.LENGTH);
    }
    Instant now = Instant.now();
    List<KioskCode> matches =
        em.createQuery("select k from KioskCode k where k.codeHash = :h", KioskCode.class)
            .setParameter("h", KioskCode.hash(code))
            .getResultList();
    KioskCode claimable = matches.stream().filter(k -> k.claimable(now)).findFirst().orElse(null);
    if (claimable == null) {
      throttle.failed(client);
      LOG.info("A tablet offered a kiosk code that is unknown, used or expired");
      throw RequestRefused.onField("code", "kiosk.codeNotValid");
    }
    claimable.claim(now);
    Patient patient = patientOf(claimable.getIntakeId());
    audit.patientAs(
        ACTOR,
        AuditAction.VIEW,
        "KIOSK_CODE",
        claimable.getId(),
        patient,
        "tablet opened intake " + claimable.getIntakeId());
    return new KioskGrant(claimable.getId(), claimable.getIntakeId());
  }

  /** The tablet's intake, its questionnaires and the answers saved so far. */
  public IntakeForm open(KioskGrant grant) {
    Intake intake = checked(grant);
    Patient patient = patientOf(intake.getId());
    audit.patientAs(
        ACTOR,
        AuditAction.VIEW,
        IntakeDesk.RECORD_TYPE,
        intake.getId(),
        patient,
        "code " + grant.codeId());
    return answering.form(intake, patient);
  }

  public IntakeForm savePage(
      KioskGrant grant, long responseId, String pageLinkId, Map<String, List<String>> raw) {
    Intake intake = checked(grant);
    Patient patient = patientOf(intake.getId());
    answering.savePage(intake, patient, responseId, pageLinkId, raw, ACTOR);
    audit.patientAs(
        ACTOR,
        AuditAction.UPDATE,
        IntakeDesk.RECORD_TYPE,
        intake.getId(),
        patient,
        "saved page " + pageLinkId + " on the tablet, code " + grant.codeId());
    return answering.form(intake, patient);
  }

  /** The patient confirmed their answers; the code stops working. */
  public void submit(KioskGrant grant) {
    Intake intake = checked(grant);
    Patient patient = patientOf(intake.getId());
    answering.submit(intake, patient, ACTOR);
    audit.patientAs(
        ACTOR,
        AuditAction.SUBMIT,
        IntakeDesk.RECORD_TYPE,
        intake.getId(),
        patient,
        "submitted on the tablet, code " + grant.codeId());
  }

  private Intake checked(KioskGrant grant) {
    KioskCode code = grant == null ? null : em.find(KioskCode.class, grant.codeId());
    if (code == null
        || code.getIntakeId() != grant.intakeId()
        || !code.activeForTablet(Instant.now())) {
      throw new RequestRefused("kiosk.sessionEnded");
    }
    return em.find(Intake.class, code.getIntakeId());
  }

  private Patient patientOf(long intakeId) {
    return em.find(Patient.class, em.find(Intake.class, intakeId).getPatientId());
  }
}
