package com.spinedesk.charting.domain;

/** A visit note is a draft until its author signs it; a signed note only gets addenda. */
public enum VisitStatus {
  DRAFT,
  SIGNED
}
