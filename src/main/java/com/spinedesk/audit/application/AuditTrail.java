package com.spinedesk.audit.application;

import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.audit.domain.AuditCheck;
import com.spinedesk.audit.domain.AuditEntry;
import com.spinedesk.audit.domain.AuditFilter;
import com.spinedesk.audit.domain.ChainWalk;
import com.spinedesk.platform.application.Criteria;
import com.spinedesk.platform.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the audit log for administrators, newest first, one page at a time, and checks its hash
 * chain. Reading it is itself audited: a page of the log names patients.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditTrail {
  private static final String RECORD_TYPE = "AUDIT_LOG";
  private static final int CHECK_BATCH = 2000;

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;

  public List<AuditEntry> page(AuditFilter filter, ZoneId zone, int first, int pageSize) {
    List<AuditEntry> entries =
        query(
                "select a from AuditEntry a",
                AuditEntry.class,
                filter,
                zone,
                " order by a.occurredAt desc, a.id desc")
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList();
    audit.record(
        AuditAction.VIEW,
        RECORD_TYPE,
        null,
        "filtered by "
            + filter.describeCriteria()
            + "; "
            + entries.size()
            + " from row "
            + (first + 1));
    Map<Long, String> patients = new TreeMap<>();
    entries.stream()
        .filter(e -> e.getPatientId() != null)
        .forEach(e -> patients.putIfAbsent(e.getPatientId(), e.getPatientMrn()));
    audit.patientsListed(RECORD_TYPE, patients, "listed in the audit log");
    return entries;
  }

  public long count(AuditFilter filter, ZoneId zone) {
    return query("select count(a) from AuditEntry a", Long.class, filter, zone, "")
        .getSingleResult();
  }

  /**
   * Walks the whole chain in order and recomputes every entry's hash: an entry changed, removed,
   * slipped in or unsealed, or entries cut off the end, show as the first entry that does not fit.
   * Reads one consistent snapshot, so entries committed meanwhile do not disturb it.
   */
  public AuditCheck verify() {
    ChainWalk walk = new ChainWalk();
    long after = 0;
    List<AuditEntry> batch;
    do {
      batch =
          em.createQuery(
                  "select a from AuditEntry a where a.id > :after order by a.id", AuditEntry.class)
              .setParameter("after", after)
              .setMaxResults(CHECK_BATCH)
              .getResultList();
      for (AuditEntry entry : batch) {
        after = entry.getId();
        if (!walk.accept(entry)) {
          return recorded(walk.end(null, null));
        }
      }
      em.clear();
    } while (batch.size() == CHECK_BATCH);
    Object[] head =
        (Object[])
            em.createNativeQuery("SELECT last_entry_id, last_hash FROM audit_chain WHERE id = 1")
                .getSingleResult();
    return recorded(
        walk.end(head[0] == null ? null : ((Number) head[0]).longValue(), (String) head[1]));
  }

  private AuditCheck recorded(AuditCheck check) {
    audit.record(
        AuditAction.VERIFY,
        RECORD_TYPE,
        check.firstBrokenEntry(),
        check.isIntact()
            ? "intact: " + check.checked() + " entries"
            : check.problem() + " at entry " + check.firstBrokenEntry());
    return check;
  }

  private <T> TypedQuery<T> query(
      String select, Class<T> resultType, AuditFilter filter, ZoneId zone, String order) {
    Criteria criteria = criteria(filter, zone);
    return criteria.bind(em.createQuery(select + criteria.where() + order, resultType));
  }

  /** The filter's clauses and parameters; package-private for the test of the queries made. */
  static Criteria criteria(AuditFilter filter, ZoneId zone) {
    Criteria criteria = new Criteria();
    if (filter.hasPatient()) {
      criteria.and("a.patientMrn = :mrn").with("mrn", filter.patientMrn().trim());
    }
    if (filter.hasActor()) {
      criteria.and("a.actor = :actor").with("actor", filter.actor().trim());
    }
    if (filter.from() != null) {
      criteria
          .and("a.occurredAt >= :from")
          .with("from", filter.from().atStartOfDay(zone).toInstant());
    }
    if (filter.to() != null) {
      Instant end = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
      criteria.and("a.occurredAt < :to").with("to", end);
    }
    return criteria;
  }
}
