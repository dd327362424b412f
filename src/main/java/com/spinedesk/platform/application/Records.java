package com.spinedesk.platform.application;

import jakarta.persistence.EntityManager;

/** Looking up a record a request names, which may not exist (a stale link, a tampered id). */
public final class Records {

  private Records() {}

  /** The record, or a refusal the person can read ("That record does not exist."). */
  public static <T> T require(EntityManager em, Class<T> type, Object id) {
    T found = em.find(type, id);
    if (found == null) {
      throw new RequestRefused("record.notFound");
    }
    return found;
  }
}
