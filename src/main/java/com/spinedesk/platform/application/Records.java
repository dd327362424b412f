package com.spinedesk.platform.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Looking up a record a request names, which may not exist (a stale link, a tampered id). */
public final class Records {

  private Records() {}

  /** The record, or a refusal the person can read ("That record does not exist."). */
  public static <T> T require(EntityManager em, Class<T> type, Object id) {
    return require(em, type, id, LockModeType.NONE);
  }

  /**
   * The record locked for the rest of the transaction, so that two requests that check and then
   * change it (start a draft, sign a note) take turns instead of both acting on what they read.
   */
  public static <T> T require(EntityManager em, Class<T> type, Object id, LockModeType lock) {
    T found = em.find(type, id, lock);
    if (found == null) {
      throw new RequestRefused("record.notFound");
    }
    return found;
  }
}
