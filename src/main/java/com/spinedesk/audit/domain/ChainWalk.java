package com.spinedesk.audit.domain;

/**
 * Walks the audit log in order, entry by entry, recomputing each link of the hash chain: the first
 * entry changed, removed (its successor no longer fits), slipped in without a hash, or entries cut
 * off the end (the chain's head names more than was found) is where the walk stops and reports.
 */
public final class ChainWalk {
  private String previous = AuditHash.START;
  private long checked;
  private long beforeChain;
  private Long broken;
  private String problem;

  /** Takes the next entry (in id order); false once the chain is found broken. */
  public boolean accept(AuditEntry entry) {
    if (problem != null) {
      return false;
    }
    if (entry.getEntryHash() == null && checked == 0) {
      beforeChain++;
    } else if (entry.getEntryHash() == null) {
      stop(entry.getId(), "audit.verify.unsealed");
    } else if (!AuditHash.of(entry, previous).equals(entry.getEntryHash())) {
      stop(entry.getId(), "audit.verify.altered");
    } else {
      previous = entry.getEntryHash();
      checked++;
    }
    return problem == null;
  }

  /** The result, given the chain's head (its last entry's id and hash) as the database keeps it. */
  public AuditCheck end(Long headEntryId, String headHash) {
    if (problem == null && !previous.equals(headHash)) {
      stop(headEntryId == null ? 0 : headEntryId, "audit.verify.cutOff");
    }
    return new AuditCheck(checked, beforeChain, broken, problem);
  }

  private void stop(long entryId, String why) {
    broken = entryId;
    problem = why;
  }
}
