package com.spinedesk.intake.web;

import com.spinedesk.intake.domain.ClinicalCatalogue;
import com.spinedesk.intake.domain.RedFlag;
import com.spinedesk.intake.domain.RiskFactor;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.intake.domain.YellowFlag;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A risk profile ready for a page, with its codes looked up in the catalogues and texts in the
 * reader's language: the intake screen and the clinician's chart show it the same way ({@code
 * WEB-INF/includes/risk-profile.xhtml}, {@code red-flags.xhtml}).
 */
public final class RiskProfileView implements Serializable {

  private final RiskProfile profile;
  private final ClinicalCatalogue catalogue;
  private final Language language;

  public RiskProfileView(RiskProfile profile, ClinicalCatalogue catalogue, Language language) {
    this.profile = profile;
    this.catalogue = catalogue;
    this.language = language;
  }

  public RiskProfile getProfile() {
    return profile;
  }

  public List<RedFlag> getRedFlags() {
    return lookUp(profile.redFlags(), catalogue::redFlag);
  }

  /** Consider signs that raised no flag: context for the amber panel, never urgent. */
  public List<RedFlag> getConsiderSigns() {
    return lookUp(profile.considerSigns(), catalogue::redFlag);
  }

  /**
   * What raised a flag or consider sign, in the reader's language ("unexplained weight loss; age 52
   * at a first episode"); empty for profiles stored before triggers were recorded.
   */
  public String triggers(RedFlag flag) {
    return profile.triggersOf(flag.code()).stream()
        .map(t -> t.label().in(language))
        .collect(Collectors.joining("; "));
  }

  public List<RiskFactor> getModifiableFactors() {
    return lookUp(profile.modifiableRiskFactors(), catalogue::riskFactor);
  }

  public List<RiskFactor> getOtherFactors() {
    return lookUp(profile.otherRiskFactors(), catalogue::riskFactor);
  }

  public List<YellowFlag> getYellowFlags() {
    return lookUp(profile.yellowFlags(), catalogue::yellowFlag);
  }

  /** A catalogue or question text in the reader's language. */
  public String text(Text text) {
    return text == null ? "" : text.in(language);
  }

  private static <T> List<T> lookUp(List<String> codes, Function<String, Optional<T>> lookup) {
    return codes.stream().map(lookup).flatMap(Optional::stream).toList();
  }
}
