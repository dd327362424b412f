package com.spinedesk.imaging.domain;

import com.spinedesk.platform.domain.Text;
import java.io.Serializable;

/** A finding the clinician can tick when ordering, that the rules may refer to. */
public record Finding(String code, Text text) implements Serializable {}
