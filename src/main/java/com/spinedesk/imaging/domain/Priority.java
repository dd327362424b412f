package com.spinedesk.imaging.domain;

/** How soon the study is needed, as FHIR ServiceRequest.priority words it. */
public enum Priority {
  ROUTINE,
  URGENT,
  STAT
}
