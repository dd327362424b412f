package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.ClinicalCatalogue;
import com.spinedesk.intake.domain.RedFlag;
import com.spinedesk.intake.domain.RiskFactor;
import com.spinedesk.intake.domain.YellowFlag;
import com.spinedesk.platform.application.Seeds;
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
        Seeds.objects("catalogue/risk-factors.json").stream()
            .map(
                o ->
                    new RiskFactor(
                        o.getString("code"),
                        RiskFactor.Modifiable.valueOf(
                            o.getString("modifiable").toUpperCase(Locale.ROOT)),
                        Seeds.bilingual(o, "name"),
                        Seeds.bilingual(o, "explanation"),
                        Seeds.bilingual(o, "prevention")))
            .toList();
    List<RedFlag> redFlags =
        Seeds.objects("catalogue/red-flags.json").stream()
            .map(
                o ->
                    new RedFlag(
                        o.getString("code"),
                        RedFlag.Urgency.valueOf(o.getString("urgency")),
                        Seeds.bilingual(o, "name"),
                        Seeds.bilingual(o, "action"),
                        o.containsKey("seekCareNow") ? Seeds.bilingual(o, "seekCareNow") : null,
                        o.getString("suggests", null)))
            .toList();
    List<YellowFlag> yellowFlags =
        Seeds.objects("catalogue/yellow-flags.json").stream()
            .map(o -> new YellowFlag(o.getString("code"), Seeds.bilingual(o, "name")))
            .toList();
    return new ClinicalCatalogue(riskFactors, redFlags, yellowFlags);
  }
}
