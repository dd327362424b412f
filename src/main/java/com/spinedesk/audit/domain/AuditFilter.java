package com.spinedesk.audit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

  /** The kinds of criteria used, never their values (the audit log records how it was read). */
  public String describeCriteria() {
    List<String> kinds = new ArrayList<>();
    if (hasPatient()) {
      kinds.add("patient");
    }
    if (hasActor()) {
      kinds.add("user");
    }
    if (from != null || to != null) {
      kinds.add("dates");
    }
    return kinds.isEmpty() ? "nothing" : String.join(", ", kinds);
  }
}
