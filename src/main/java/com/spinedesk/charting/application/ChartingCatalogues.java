package com.spinedesk.charting.application;

import com.spinedesk.charting.domain.ChartingCatalogue;
import com.spinedesk.charting.domain.Diagnosis;
import com.spinedesk.charting.domain.MuscleTest;
import com.spinedesk.platform.application.Seeds;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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
    List<Diagnosis> diagnoses =
        Seeds.objects("catalogue/icd10-cm.json").stream()
            .map(o -> new Diagnosis(o.getString("code"), Seeds.bilingual(o, "name")))
            .toList();
    List<MuscleTest> tests =
        Seeds.objects("catalogue/muscle-tests.json").stream()
            .map(
                o ->
                    new MuscleTest(
                        o.getString("code"),
                        MuscleTest.Kind.valueOf(o.getString("kind")),
                        o.getString("root", null),
                        o.getBoolean("keyMyotome", false),
                        Seeds.bilingual(o, "name"),
                        Seeds.bilingual(o, "movement"),
                        o.getInt("maxSeconds", 0)))
            .toList();
    return new ChartingCatalogue(diagnoses, tests);
  }
}
