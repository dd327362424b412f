package com.spinedesk.imaging.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.spinedesk.imaging.domain.Contrast;
import com.spinedesk.imaging.domain.ImagingStudy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped study catalogue: section 5's studies, codes and instructions in both languages. */
class ShippedImagingCatalogueTest {
  static final List<ImagingStudy> STUDIES = ImagingCatalogue.readStudies();

  @Test
  void everyStudyOfSectionFiveWithItsCodes() {
    assertThat(STUDIES)
        .extracting(ImagingStudy::code, ImagingStudy::loinc, ImagingStudy::cpt)
        .containsExactly(
            tuple("XR_LSPINE_2V", "24970-6", "72100"),
            tuple("XR_LSPINE_3V", "30775-1", "72100"),
            tuple("XR_LSPINE_4V", null, "72110"),
            tuple("CT_LSPINE_WO", "30620-9", "72131"),
            tuple("CT_LSPINE_W", "24964-9", "72132"),
            tuple("MR_LSPINE_WO", "30679-5", "72148"),
            tuple("MR_LSPINE_W", "30678-7", "72149"),
            tuple("MR_LSPINE_WWO", "24967-2", "72158"));
  }

  @Test
  void contrastAndModalityMatchTheName() {
    for (ImagingStudy s : STUDIES) {
      String name = s.name().en();
      Contrast expected =
          name.contains("without and with")
              ? Contrast.WITHOUT_AND_WITH
              : name.contains(" with contrast") ? Contrast.WITH : Contrast.NONE;
      assertThat(s.contrast()).as(s.code()).isEqualTo(expected);
      String prefix =
          switch (s.modality()) {
            case XR -> "X-ray";
            case CT -> "CT";
            case MR -> "MRI";
          };
      assertThat(name).as(s.code()).startsWith(prefix);
    }
  }

  @Test
  void everyStudyHasInstructionsInBothLanguages() {
    for (ImagingStudy s : STUDIES) {
      assertThat(s.name().es()).as(s.code()).isNotBlank();
      assertThat(s.instructions().en()).as(s.code()).isNotBlank();
      assertThat(s.instructions().es()).as(s.code()).isNotBlank();
    }
  }
}
