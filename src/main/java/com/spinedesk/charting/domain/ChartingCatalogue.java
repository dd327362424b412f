package com.spinedesk.charting.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The diagnoses and muscle tests clinicians chart with, in catalogue order. */
public record ChartingCatalogue(List<Diagnosis> diagnoses, List<MuscleTest> muscleTests)
    implements Serializable {

  public Optional<Diagnosis> diagnosis(String code) {
    return diagnoses.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  public Optional<MuscleTest> muscleTest(String code) {
    return muscleTests.stream().filter(t -> t.code().equals(code)).findFirst();
  }
}
