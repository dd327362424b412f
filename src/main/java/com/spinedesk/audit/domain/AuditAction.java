package com.spinedesk.audit.domain;

/** What someone did. Reads are recorded as faithfully as changes. */
public enum AuditAction {
  VIEW,
  SEARCH,
  CREATE,
  UPDATE,
  PRINT,
  SIGN_IN,
  SIGN_IN_FAILED,
  ACCOUNT_LOCKED,
  SIGN_OUT,
  PASSWORD_RESET,
  DEACTIVATE,
  REACTIVATE,
  UNLOCK,
  SUBMIT,
  REVIEW,
  CORRECT,
  SIGN,
  COMPLETE,
  REVOKE,
  ENTERED_IN_ERROR,
  ISSUE,
  VERIFY
}
