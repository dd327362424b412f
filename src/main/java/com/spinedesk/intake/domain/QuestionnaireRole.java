package com.spinedesk.intake.domain;

/** What a questionnaire is for in an intake, which decides where its answers are shown. */
public enum QuestionnaireRole {
  INTAKE,
  RED_FLAGS,
  PAIN,
  INSTRUMENT
}
