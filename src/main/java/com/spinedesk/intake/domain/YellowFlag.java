package com.spinedesk.intake.domain;

/** A psychosocial ("yellow") flag: recorded for the clinician, never urgent. */
public record YellowFlag(String code, Text name) {}
