package com.spinedesk.charting.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.charting.domain.ChartingCatalogue;
import com.spinedesk.charting.domain.Diagnosis;
import com.spinedesk.charting.domain.MuscleTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped ICD-10-CM and muscle-test catalogues hold what clinical-content.md names. */
class ShippedChartingCatalogueTest {
  static final ChartingCatalogue CATALOGUE = ChartingCatalogues.read();

  @Test
  void theVerifiedIcd10CodesAreThereOnceEachWithNamesInBothLanguages() {
    List<String> codes = CATALOGUE.diagnoses().stream().map(Diagnosis::code).toList();
    assertThat(codes)
        .doesNotHaveDuplicates()
        .contains(
            "M62.830",
            "M54.50",
            "M54.51",
            "M54.59",
            "M54.16",
            "M54.17",
            "M54.41",
            "M54.42",
            "M51.16",
            "M51.17",
            "M51.26",
            "M51.27",
            "M48.061",
            "M48.062",
            "M43.16",
            "S39.012A",
            "S39.012D",
            "S39.012S")
        // Deleted in October 2021, and not billable: never offered.
        .doesNotContain("M54.5", "M48.06");
    CATALOGUE.diagnoses().forEach(d -> assertThat(d.name().es()).as(d.code()).isNotBlank());
  }

  @Test
  void theKeyMyotomesL2ToS1AreGradedOnBothSides() {
    Map<String, String> keyMuscles =
        CATALOGUE.muscleTests().stream()
            .filter(MuscleTest::keyMyotome)
            .collect(Collectors.toMap(MuscleTest::root, MuscleTest::code));
    assertThat(keyMuscles)
        .containsEntry("L2", "HIP_FLEXION")
        .containsEntry("L3", "KNEE_EXTENSION")
        .containsEntry("L4", "ANKLE_DORSIFLEXION")
        .containsEntry("L5", "GREAT_TOE_EXTENSION")
        .containsEntry("S1", "ANKLE_PLANTARFLEXION");
    assertThat(CATALOGUE.muscleTest("HIP_ABDUCTION"))
        .get()
        .extracting(MuscleTest::root)
        .isEqualTo("L5");
    assertThat(CATALOGUE.muscleTest("ANKLE_EVERSION"))
        .get()
        .extracting(MuscleTest::root)
        .isEqualTo("S1");
  }

  @Test
  void trunkTestsAreTimedWithoutARoot() {
    List<MuscleTest> timed = CATALOGUE.muscleTests().stream().filter(MuscleTest::timed).toList();
    assertThat(timed)
        .extracting(MuscleTest::code)
        .containsExactly("BIERING_SORENSEN", "PRONE_DOUBLE_SLR", "SUPINE_CHEST_RAISE");
    timed.forEach(
        t -> {
          assertThat(t.root()).isNull();
          assertThat(t.maxSeconds()).isPositive();
        });
    CATALOGUE.muscleTests().stream()
        .filter(t -> !t.timed())
        .forEach(t -> assertThat(t.root()).as(t.code()).matches("L[1-5]|S[1-2]"));
  }
}
