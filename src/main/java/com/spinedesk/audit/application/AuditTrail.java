package com.spinedesk.audit.application;

import com.spinedesk.audit.domain.AuditEntry;
import com.spinedesk.audit.domain.AuditFilter;
import com.spinedesk.security.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log for administrators, newest first, one page at a time. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditTrail {

  @PersistenceContext private EntityManager em;

  public List<AuditEntry> page(AuditFilter filter, ZoneId zone, int first, int pageSize) {
    return query(
            "select a from AuditEntry a",
            AuditEntry.class,
            filter,
            zone,
            " order by a.occurredAt desc, a.id desc")
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  public long count(AuditFilter filter, ZoneId zone) {
    return query("select count(a) from AuditEntry a", Long.class, filter, zone, "")
        .getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, Class<T> resultType, AuditFilter filter, ZoneId zone, String order) {
    List<String> where = new ArrayList<>();
    if (filter.hasPatient()) {
      where.add("a.patientMrn = :mrn");
    }
    if (filter.hasActor()) {
      where.add("a.actor = :actor");
    }
    if (filter.from() != null) {
      where.add("a.occurredAt >= :from");
    }
    if (filter.to() != null) {
      where.add("a.occurredAt < :to");
    }
    String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
    TypedQuery<T> query = em.createQuery(jpql, resultType);
    if (filter.hasPatient()) {
      query.setParameter("mrn", filter.patientMrn().trim());
    }
    if (filter.hasActor()) {
      query.setParameter("actor", filter.actor().trim());
    }
    if (filter.from() != null) {
      query.setParameter("from", filter.from().atStartOfDay(zone).toInstant());
    }
    if (filter.to() != null) {
      Instant end = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
      query.setParameter("to", end);
    }
    return query;
  }
}
