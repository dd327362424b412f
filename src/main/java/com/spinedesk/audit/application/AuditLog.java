package com.spinedesk.audit.application;

import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.audit.domain.AuditEntry;
import com.spinedesk.platform.domain.PatientRef;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;

/**
 * Writes audit entries. It joins the caller's transaction and refuses to run without one, so an
 * entry is stored if and only if the change it describes is stored; {@link AuditChain} writes them
 * as the transaction commits, chained by hash.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

  @PersistenceContext private EntityManager em;
  @Inject private AuditChain chain;

  @Resource private SessionContext session;

  /**
   * Records an action on a record that belongs to a patient, with a short non-clinical note or
   * null.
   */
  public void patient(
      AuditAction action, String recordType, Object recordId, PatientRef patient, String detail) {
    write(currentActor(), action, recordType, recordId, patient.getId(), patient.getMrn(), detail);
  }

  /**
   * Records that a list (a worklist, a page of the audit log) showed these patients, one entry
   * each, so a patient's own history names everyone who saw them listed.
   */
  public void patientsListed(String recordType, Map<Long, String> mrnsByPatient, String detail) {
    mrnsByPatient.forEach(
        (patientId, mrn) ->
            write(currentActor(), AuditAction.VIEW, recordType, null, patientId, mrn, detail));
  }

  /** Records an action that concerns no single patient (a search, a user account). */
  public void record(AuditAction action, String recordType, Object recordId, String detail) {
    write(currentActor(), action, recordType, recordId, null, null, detail);
  }

  /**
   * Records an action on a patient's record by someone who is not a signed-in user: the system
   * itself (demo data) or the waiting-room tablet, whose note says which tablet session it was.
   */
  public void patientAs(
      String actor,
      AuditAction action,
      String recordType,
      Object recordId,
      PatientRef patient,
      String detail) {
    write(actor, action, recordType, recordId, patient.getId(), patient.getMrn(), detail);
  }

  /** Records an event for a named actor, for sign-in events that happen before anyone is known. */
  public void recordAs(
      String actor, AuditAction action, String recordType, Object recordId, String detail) {
    write(actor, action, recordType, recordId, null, null, detail);
  }

  private void write(
      String actor,
      AuditAction action,
      String recordType,
      Object recordId,
      Long patientId,
      String mrn,
      String detail) {
    // The transaction's own changes go to the database first, so that at commit the chain's lock is
    // the last one the transaction takes (AuditChain).
    em.flush();
    chain.append(
        new AuditEntry(
            Instant.now(),
            actor,
            action,
            recordType,
            recordId == null ? null : String.valueOf(recordId),
            patientId,
            mrn,
            detail));
  }

  private String currentActor() {
    return session.getCallerPrincipal().getName();
  }
}
