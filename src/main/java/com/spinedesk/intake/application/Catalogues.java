package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.ClinicalCatalogue;
import com.spinedesk.intake.domain.RedFlag;
import com.spinedesk.intake.domain.RiskFactor;
import com.spinedesk.intake.domain.YellowFlag;
import com.spinedesk.platform.application.Seeds;
import com.spinedesk.platform.domain.Text;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The clinical catalogues of {@code seeds/catalogue/}: risk factors, red flags, yellow flags. Read
 * once; they are data so a clinic can extend them, and every questionnaire flag must name one.
 */
@Named
@ApplicationScoped
public class Catalogues {

  private ClinicalCatalogue catalogue;

  @PostConstruct
  void load() {
    catalogue = read();
  }

  public ClinicalCatalogue catalogue() {
    return catalogue;
  }

  /** Reads the catalogue files; public for unit tests of the shipped content. */
  public static ClinicalCatalogue read() {
    List<RiskFactor> riskFactors =
        Seeds.entries("catalogue/risk-factors.json", RiskFactorEntry.class).stream()
            .map(RiskFactorEntry::riskFactor)
            .toList();
    return new ClinicalCatalogue(
        riskFactors,
        Seeds.entries("catalogue/red-flags.json", RedFlag.class),
        Seeds.entries("catalogue/yellow-flags.json", YellowFlag.class));
  }

  /** A risk factor as the file gives it: {@code modifiable} is "yes", "partly" or "no". */
  public record RiskFactorEntry(
      String code, String modifiable, Text name, Text explanation, Text prevention) {

    RiskFactor riskFactor() {
      return new RiskFactor(
          code,
          RiskFactor.Modifiable.valueOf(modifiable.toUpperCase(Locale.ROOT)),
          name,
          explanation,
          prevention);
    }
  }
}
