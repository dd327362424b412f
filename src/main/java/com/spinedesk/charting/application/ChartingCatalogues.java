package com.spinedesk.charting.application;

import com.spinedesk.charting.domain.ChartingCatalogue;
import com.spinedesk.charting.domain.Diagnosis;
import com.spinedesk.charting.domain.MuscleTest;
import com.spinedesk.platform.application.Seeds;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The ICD-10-CM diagnoses ({@code seeds/catalogue/icd10-cm.json}) and the muscle tests ({@code
 * seeds/catalogue/muscle-tests.json}) clinicians chart with. Read once at start-up; data, so a
 * clinic can extend them.
 */
@ApplicationScoped
public class ChartingCatalogues {

  private ChartingCatalogue catalogue;

  @PostConstruct
  void load() {
    catalogue = read();
  }

  public ChartingCatalogue catalogue() {
    return catalogue;
  }

  /** Reads the catalogue files; public for unit tests of the shipped content. */
  public static ChartingCatalogue read() {
    return new ChartingCatalogue(
        Seeds.entries("catalogue/icd10-cm.json", Diagnosis.class),
        Seeds.entries("catalogue/muscle-tests.json", MuscleTest.class));
  }
}
