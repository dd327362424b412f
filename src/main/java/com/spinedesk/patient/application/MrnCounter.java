package com.spinedesk.patient.application;

import com.spinedesk.patient.domain.MedicalRecordNumber;
import jakarta.persistence.EntityManager;

/** Hands out MRNs from the {@code mrn_counter} row (see migration V004 for why a row). */
final class MrnCounter {

  private MrnCounter() {}

  /**
   * The next MRN. The UPDATE locks the counter row until the caller's transaction ends, so two
   * registrations can never get the same number; LAST_INSERT_ID(expr) returns the value on this
   * connection only.
   */
  static String next(EntityManager em) {
    em.createNativeQuery(
            "update mrn_counter set next_value = last_insert_id(next_value + 1) where id = 1")
        .executeUpdate();
    Number next = (Number) em.createNativeQuery("select last_insert_id()").getSingleResult();
    return MedicalRecordNumber.fromSerial(next.longValue() - 1);
  }
}
