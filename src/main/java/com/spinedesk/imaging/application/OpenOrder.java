package com.spinedesk.imaging.application;

import com.spinedesk.imaging.domain.Priority;
import java.io.Serializable;
import java.time.Instant;

/**
 * An active order waiting for its result, as the open-orders list shows it: overdue when it has
 * waited longer than its priority allows.
 */
public record OpenOrder(
    long orderId,
    long patientId,
    String mrn,
    String patientName,
    String studyCode,
    Priority priority,
    Instant signedAt,
    String requester,
    long daysWaiting,
    int allowedDays)
    implements Serializable {

  public boolean overdue() {
    return daysWaiting > allowedDays;
  }
}
