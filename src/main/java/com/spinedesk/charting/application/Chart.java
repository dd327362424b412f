package com.spinedesk.charting.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.intake.application.SubmittedIntakes;
import com.spinedesk.intake.domain.IntakeStatus;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.application.Records;
import com.spinedesk.platform.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The clinician's view of patients: the day's worklist and a patient's chart, whose visits are read
 * one page at a time so a chart with a thousand visits opens as fast as one with a single visit.
 */
@Stateless
@RolesAllowed(Roles.CLINICIAN)
public class Chart {
  public static final String RECORD_TYPE = "CHART";

  /** How many of the latest scored visits the pain trend shows. */
  static final int TREND_POINTS = 24;

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @Inject private SubmittedIntakes intakes;
  @Inject private ClinicSettings settings;

  /**
   * Today's patients: everyone whose intake was submitted today, red-flag patients first, then in
   * the order they submitted, with the state of today's visit note.
   */
  public List<WorklistPatient> today() {
    LocalDate today = LocalDate.now(settings.zone());
    List<WorklistPatient> rows =
        em.createQuery(
                "select new com.spinedesk.charting.application.WorklistPatient(p.id, p.mrn,"
                    + " concat(p.familyName, ', ', p.givenName), p.birthDate, i.id, i.status,"
                    + " i.urgent, i.submittedAt, i.profile)"
                    + " from Intake i, Patient p where p.id = i.patientId and i.clinicDay = :day"
                    + " and i.status in :done and i.superseded = false",
                WorklistPatient.class)
            .setParameter("day", today)
            .setParameter("done", List.of(IntakeStatus.SUBMITTED, IntakeStatus.REVIEWED))
            .getResultList();
    Map<Long, Visit> visits = new HashMap<>();
    if (!rows.isEmpty()) {
      em.createQuery(
              "select v from Visit v where v.visitDate = :day and v.patientId in :patients"
                  + " order by v.id",
              Visit.class)
          .setParameter("day", today)
          .setParameter("patients", rows.stream().map(WorklistPatient::patientId).toList())
          .getResultList()
          .forEach(v -> visits.put(v.getPatientId(), v));
    }
    List<WorklistPatient> list = new ArrayList<>();
    for (WorklistPatient row : rows) {
      Visit visit = visits.get(row.patientId());
      list.add(visit == null ? row : row.withVisit(visit.getId(), visit.getStatus()));
    }
    list.sort(
        Comparator.comparing(WorklistPatient::urgent)
            .reversed()
            .thenComparing(WorklistPatient::submittedAt));
    audit.patientsListed(
        "CLINICIAN_WORKLIST",
        list.stream()
            .collect(
                Collectors.toMap(
                    WorklistPatient::patientId, WorklistPatient::mrn, (a, b) -> a, TreeMap::new)),
        "listed among today's patients, " + today);
    return list;
  }

  /** Opens a patient's chart (an audited read). */
  public ChartSummary open(long patientId) {
    Patient patient = Records.require(em, Patient.class, patientId);
    long count =
        em.createQuery("select count(v) from Visit v where v.patientId = :p", Long.class)
            .setParameter("p", patientId)
            .getSingleResult();
    List<ChartSummary.PainPoint> trend =
        new ArrayList<>(
            em.createQuery(
                    "select new com.spinedesk.charting.application.ChartSummary.PainPoint(v.id,"
                        + " v.visitDate, v.painNow) from Visit v where v.patientId = :p"
                        + " and v.painNow is not null order by v.visitDate desc, v.id desc",
                    ChartSummary.PainPoint.class)
                .setParameter("p", patientId)
                .setMaxResults(TREND_POINTS)
                .getResultList());
    trend.sort(
        Comparator.comparing(ChartSummary.PainPoint::date)
            .thenComparing(ChartSummary.PainPoint::visitId));
    audit.patient(AuditAction.VIEW, RECORD_TYPE, patientId, patient, null);
    return new ChartSummary(patient, intakes.latest(patientId).orElse(null), count, trend);
  }

  /** One page of the patient's visits, newest first (an audited read of that page). */
  public List<Visit> visits(long patientId, int first, int pageSize) {
    Patient patient = Records.require(em, Patient.class, patientId);
    List<Visit> page =
        em.createQuery(
                "select v from Visit v where v.patientId = :p order by v.visitDate desc, v.id desc",
                Visit.class)
            .setParameter("p", patientId)
            // The page's diagnoses in one more query, not one per visit.
            .setHint("eclipselink.batch", "v.diagnoses")
            .setHint("eclipselink.batch.type", "IN")
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList();
    audit.patient(
        AuditAction.VIEW,
        "VISIT_LIST",
        null,
        patient,
        page.size() + " visits from row " + (first + 1));
    return page;
  }

  public long countVisits(long patientId) {
    return em.createQuery("select count(v) from Visit v where v.patientId = :p", Long.class)
        .setParameter("p", patientId)
        .getSingleResult();
  }
}
