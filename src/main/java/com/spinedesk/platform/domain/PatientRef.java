package com.spinedesk.platform.domain;

/**
 * What the audit log needs to name a patient: the row id and the MRN staff search by. Here rather
 * than in {@code patient} because the audit log is written by every feature, the patient registry
 * included: {@code audit} may not depend on {@code patient}. The patient entity is one.
 */
public interface PatientRef {

  Long getId();

  String getMrn();
}
