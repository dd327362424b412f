package com.spinedesk.platform.application;

import jakarta.persistence.EntityManager;

/**
 * Start-up steps that fill an empty database (shipped questionnaires, the first accounts, demo
 * data) run one node at a time. Nodes starting together would otherwise each find the database
 * empty and fill it twice, and the second insert of a unique row fails that node's start.
 */
public final class FirstStart {

  private FirstStart() {}

  /**
   * Waits for the other nodes' filling steps and holds them off until this transaction ends; call
   * it before looking whether anything needs filling, so the look sees what they committed.
   */
  public static void oneNodeAtATime(EntityManager em) {
    em.createNativeQuery("SELECT id FROM first_start WHERE id = 1 FOR UPDATE").getResultList();
  }
}
