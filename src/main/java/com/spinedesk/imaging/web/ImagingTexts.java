package com.spinedesk.imaging.web;

import com.spinedesk.imaging.application.ImagingCatalogue;
import com.spinedesk.imaging.domain.Finding;
import com.spinedesk.imaging.domain.ImagingStudy;
import com.spinedesk.intake.application.Catalogues;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Text;
import com.spinedesk.platform.web.Feedback;
import com.spinedesk.platform.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Imaging texts for the pages in the reader's language: study names, findings, and the conditions
 * of the appropriateness rules in words ("Red flag: possible cauda equina syndrome").
 */
@Named
@RequestScoped
public class ImagingTexts {

  @Inject private ImagingCatalogue catalogue;
  @Inject private Catalogues clinical;
  @Inject private LanguagePreference languagePreference;

  public String study(String code) {
    return catalogue.study(code).map(ImagingStudy::name).map(this::text).orElse(code);
  }

  public List<ImagingStudy> getStudies() {
    return catalogue.studies();
  }

  public List<Finding> getFindings() {
    return catalogue.rules().findings();
  }

  public String source() {
    return text(catalogue.rules().source());
  }

  /** A condition of a rule in words. */
  public String fact(String condition) {
    if (condition.startsWith("!")) {
      return Feedback.text("guidance.fact.not", fact(condition.substring(1)));
    }
    int colon = condition.indexOf(':');
    String value = colon < 0 ? "" : condition.substring(colon + 1);
    if (condition.startsWith("RED_FLAG:")) {
      return Feedback.text(
          "guidance.fact.redFlag",
          clinical.catalogue().redFlag(value).map(f -> text(f.name())).orElse(value));
    }
    if (condition.startsWith("RISK_FACTOR:")) {
      return clinical.catalogue().riskFactor(value).map(f -> text(f.name())).orElse(value);
    }
    if (condition.startsWith("FINDING:")) {
      return catalogue.rules().finding(value).map(f -> text(f.text())).orElse(value);
    }
    if (condition.startsWith("DURATION:")) {
      return Feedback.text("intake.duration") + ": " + Feedback.text("intake.duration." + value);
    }
    if (condition.startsWith("AGE>=")) {
      return Feedback.text("guidance.fact.age", Integer.parseInt(condition.substring(5)));
    }
    if (condition.equals("PRIOR_SURGERY")) {
      return Feedback.text("intake.priorSurgery");
    }
    return Feedback.text("guidance.fact." + condition.replace(':', '.'));
  }

  public String text(Text text) {
    return text == null ? "" : text.in(Language.of(languagePreference.getLocale()));
  }
}
