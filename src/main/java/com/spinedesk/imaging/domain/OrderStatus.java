package com.spinedesk.imaging.domain;

/**
 * Where an order is in its life, after FHIR ServiceRequest: a draft becomes active when its
 * requester signs it, then completed when the result arrives or revoked; entered-in-error marks a
 * mistake.
 */
public enum OrderStatus {
  DRAFT,
  ACTIVE,
  COMPLETED,
  REVOKED,
  ENTERED_IN_ERROR;

  /** Nothing more happens to the order. */
  public boolean ended() {
    return this == COMPLETED || this == REVOKED || this == ENTERED_IN_ERROR;
  }

  /** A requisition may be printed: the order was signed and is not void. */
  public boolean printable() {
    return this == ACTIVE || this == COMPLETED;
  }
}
