package com.spinedesk.platform.application;

import java.io.Serial;
import java.time.Instant;

/**
 * Someone else saved the record after it was opened here. Nothing is overwritten; the person is
 * told who changed it and when, and reloads.
 */
public class ConcurrentChange extends RequestRefused {
  @Serial private static final long serialVersionUID = 1L;

  private final String changedBy;
  private final Instant changedAt;

  public ConcurrentChange(String changedBy, Instant changedAt) {
    super("record.changedMeanwhile", changedBy, changedAt);
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
