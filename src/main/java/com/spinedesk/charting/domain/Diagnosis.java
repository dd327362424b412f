package com.spinedesk.charting.domain;

import com.spinedesk.platform.domain.Text;
import java.io.Serializable;

/** An ICD-10-CM code from {@code seeds/catalogue/icd10-cm.json} with its name in both languages. */
public record Diagnosis(String code, Text name) implements Serializable {}
