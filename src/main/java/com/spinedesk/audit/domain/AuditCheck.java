package com.spinedesk.audit.domain;

/**
 * What checking the audit log's hash chain found: how many entries it checked (and how many older
 * entries predate the chain), and, when the chain is broken, the first entry that does not fit and
 * why ({@code problem}: a message key).
 */
public record AuditCheck(long checked, long beforeChain, Long firstBrokenEntry, String problem) {

  public boolean isIntact() {
    return problem == null;
  }
}
