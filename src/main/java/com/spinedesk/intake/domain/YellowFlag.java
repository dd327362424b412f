package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.Text;

/** A psychosocial ("yellow") flag: recorded for the clinician, never urgent. */
public record YellowFlag(String code, Text name) {}
