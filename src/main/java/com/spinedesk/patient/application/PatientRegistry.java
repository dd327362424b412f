package com.spinedesk.patient.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.patient.domain.PatientSearch;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.Criteria;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The patient registry. Every read of a patient's record and every change is written to the audit
 * log in the same transaction; searches are audited by the kind of criteria used.
 */
@Stateless
@RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
public class PatientRegistry {
  public static final String RECORD_TYPE = "PATIENT";

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @Resource private SessionContext session;

  /**
   * Registers a patient and assigns the MRN. Refused with {@link PossibleDuplicate} when the same
   * name and date of birth are already registered, unless the caller confirmed it is someone else.
   */
  public Patient register(@NotNull @Valid Patient patient, boolean confirmedNotDuplicate) {
    return register(patient, confirmedNotDuplicate, null);
  }

  /**
   * The same for a registration form with a one-time token: a second request with the token (a
   * double click) registers nobody and returns the patient the first one registered. When both
   * arrive at once, the second fails on the token's unique key and {@link #registeredWith} finds
   * the first.
   */
  public Patient register(
      @NotNull @Valid Patient patient, boolean confirmedNotDuplicate, String requestToken) {
    Long already = registeredWith(requestToken);
    if (already != null) {
      return open(already);
    }
    if (!confirmedNotDuplicate) {
      List<String> duplicates =
          matchingMrns(patient.getFamilyName(), patient.getGivenName(), patient.getBirthDate());
      if (!duplicates.isEmpty()) {
        throw new PossibleDuplicate(duplicates);
      }
    }
    patient.assignMrn(MrnCounter.next(em));
    patient.registeredWith(requestToken);
    patient.changedBy(actor(), Instant.now());
    em.persist(patient);
    em.flush();
    audit.patient(AuditAction.CREATE, RECORD_TYPE, patient.getId(), patient, null);
    return patient;
  }

  /** The id of the patient registered with this form token, or null. */
  public Long registeredWith(String requestToken) {
    if (requestToken == null) {
      return null;
    }
    return em.createQuery("select p.id from Patient p where p.registrationToken = :t", Long.class)
        .setParameter("t", requestToken)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Opens a patient's record (an audited read). */
  public Patient open(long patientId) {
    Patient patient = em.find(Patient.class, patientId);
    if (patient == null) {
      throw new RequestRefused("record.notFound");
    }
    audit.patient(AuditAction.VIEW, RECORD_TYPE, patientId, patient, null);
    return patient;
  }

  /**
   * Saves staff's edits. Refused with {@link ConcurrentChange} when the record changed since the
   * editor opened it; nothing is overwritten then.
   */
  public Patient update(@NotNull @Valid Patient edited) {
    Patient current = em.find(Patient.class, edited.getId());
    if (current == null) {
      throw new RequestRefused("record.notFound");
    }
    if (current.getVersion() != edited.getVersion()) {
      throw new ConcurrentChange(current.getUpdatedBy(), current.getUpdatedAt());
    }
    List<String> changed = current.fieldsDifferentFrom(edited);
    if (changed.isEmpty()) {
      return current;
    }
    current.takeEditsFrom(edited);
    current.changedBy(actor(), Instant.now());
    try {
      em.flush();
    } catch (OptimisticLockException raced) {
      // Another save committed between our read and our write.
      throw new ConcurrentChange(null, null);
    }
    audit.patient(
        AuditAction.UPDATE,
        RECORD_TYPE,
        current.getId(),
        current,
        "changed " + String.join(", ", changed));
    return current;
  }

  /** The MRNs of patients already registered with this name and date of birth. */
  public List<String> matchingMrns(String familyName, String givenName, LocalDate birthDate) {
    if (familyName == null || givenName == null || birthDate == null) {
      return List.of();
    }
    // The column collation (utf8mb4_unicode_ci) ignores case and accents: Garcia matches García.
    return em.createQuery(
            "select p.mrn from Patient p where p.familyName = :family and p.givenName = :given"
                + " and p.birthDate = :born order by p.mrn",
            String.class)
        .setParameter("family", familyName.trim())
        .setParameter("given", givenName.trim())
        .setParameter("born", birthDate)
        .getResultList();
  }

  /** One page of patients matching the search, ordered by name. Audited as one search. */
  public List<Patient> search(PatientSearch search, int first, int pageSize) {
    Criteria criteria = criteria(search);
    TypedQuery<Patient> query =
        em.createQuery(
            "select p from Patient p"
                + criteria.where()
                + " order by p.familyName, p.givenName, p.id",
            Patient.class);
    List<Patient> page =
        criteria.bind(query).setFirstResult(first).setMaxResults(pageSize).getResultList();
    audit.record(
        AuditAction.SEARCH,
        RECORD_TYPE,
        null,
        "by " + search.describeCriteria() + "; " + page.size() + " shown from row " + (first + 1));
    return page;
  }

  public long count(PatientSearch search) {
    Criteria criteria = criteria(search);
    return (Long)
        criteria
            .bind(em.createQuery("select count(p) from Patient p" + criteria.where()))
            .getSingleResult();
  }

  /** The search's clauses and parameters; package-private for the test of the queries made. */
  static Criteria criteria(PatientSearch search) {
    Criteria criteria = new Criteria();
    List<String> words = search.nameWords();
    if (words.size() == 1) {
      criteria
          .and("(p.familyName like :w0 escape '\\' or p.givenName like :w0 escape '\\')")
          .with("w0", startsWith(words.get(0)));
    } else if (words.size() == 2) {
      criteria
          .and(
              "((p.familyName like :w0 escape '\\' and p.givenName like :w1 escape '\\')"
                  + " or (p.familyName like :w1 escape '\\' and p.givenName like :w0 escape '\\'))")
          .with("w0", startsWith(words.get(0)))
          .with("w1", startsWith(words.get(1)));
    }
    if (search.birthDate() != null) {
      criteria.and("p.birthDate = :born").with("born", search.birthDate());
    }
    if (!search.trimmedMrn().isEmpty()) {
      criteria.and("p.mrn = :mrn").with("mrn", search.trimmedMrn());
    }
    if (!search.phoneDigits().isEmpty()) {
      criteria.and("p.phoneDigits like :phone").with("phone", search.phoneDigits() + "%");
    }
    return criteria;
  }

  /** A LIKE pattern for "starts with", with the user's own % and _ taken literally. */
  private static String startsWith(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private String actor() {
    return session.getCallerPrincipal().getName();
  }
}
