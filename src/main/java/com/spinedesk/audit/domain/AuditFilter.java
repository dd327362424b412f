package com.spinedesk.audit.domain;

import java.time.LocalDate;

/**
 * What an administrator narrows the audit log to. Every part is optional; dates are whole days in
 * the clinic's time zone, both ends included.
 */
public record AuditFilter(String patientMrn, String actor, LocalDate from, LocalDate to) {

  public static AuditFilter everything() {
    return new AuditFilter(null, null, null, null);
  }

  public boolean hasPatient() {
    return patientMrn != null && !patientMrn.isBlank();
  }

  public boolean hasActor() {
    return actor != null && !actor.isBlank();
  }
}
