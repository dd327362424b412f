package com.spinedesk.imaging.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.imaging.domain.ImagingOrder;
import com.spinedesk.imaging.domain.OrderStatus;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The open-orders list: every active imaging order still waiting for its result, across patients,
 * with how long it may wait. Apart from {@link ImagingOrders}, which follows one order through its
 * life, because this list is the clinic's follow-up of results and alone needs the deadlines.
 */
@Stateless
@RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
public class ImagingWorklist {
  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @Inject private ClinicSettings settings;
  @Inject private ResultDeadlines deadlines;

  /**
   * Every active order waiting for its result: overdue ones first, then by priority (stat first),
   * then the longest waiting.
   */
  public List<OpenOrder> openOrders() {
    LocalDate today = LocalDate.now(settings.zone());
    List<OpenOrder> rows = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select o, p from ImagingOrder o, Patient p where p.id = o.patientId"
                    + " and o.status = :active order by o.signedAt",
                Object[].class)
            .setParameter("active", OrderStatus.ACTIVE)
            .getResultList()) {
      ImagingOrder o = (ImagingOrder) row[0];
      Patient p = (Patient) row[1];
      rows.add(
          new OpenOrder(
              o.getId(),
              p.getId(),
              p.getMrn(),
              p.displayName(),
              o.getStudyCode(),
              o.getPriority(),
              o.getSignedAt(),
              o.getRequester(),
              ChronoUnit.DAYS.between(LocalDate.ofInstant(o.getSignedAt(), settings.zone()), today),
              deadlines.days(o.getPriority())));
    }
    rows.sort(
        Comparator.comparing(OpenOrder::overdue)
            .reversed()
            .thenComparing(OpenOrder::priority, Comparator.reverseOrder())
            .thenComparing(OpenOrder::signedAt));
    audit.patientsListed(
        "IMAGING_OPEN_ORDERS",
        rows.stream()
            .collect(
                Collectors.toMap(OpenOrder::patientId, OpenOrder::mrn, (a, b) -> a, TreeMap::new)),
        "listed among the open imaging orders");
    return rows;
  }
}
