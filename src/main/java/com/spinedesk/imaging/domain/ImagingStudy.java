package com.spinedesk.imaging.domain;

import com.spinedesk.platform.domain.Text;
import jakarta.annotation.Nullable;
import java.io.Serializable;

/**
 * A study of the imaging catalogue ({@code seeds/imaging/studies.json}), in SpineDesk's own words,
 * with its LOINC code (null where the catalogue has none) and its CPT number as a billing
 * reference, and what the patient is told to do before it.
 */
public record ImagingStudy(
    String code,
    Modality modality,
    Contrast contrast,
    @Nullable String loinc,
    String cpt,
    Text name,
    Text instructions)
    implements Serializable {}
