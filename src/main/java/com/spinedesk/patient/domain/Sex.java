package com.spinedesk.patient.domain;

/** Administrative sex as recorded at registration (FHIR administrative-gender). */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
