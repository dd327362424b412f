package com.spinedesk.intake.web;

import com.spinedesk.intake.application.Catalogues;
import com.spinedesk.intake.domain.RedFlag;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One line per worklist row naming a profile's red flags, or its consider signs, and what raised
 * them ("Possible cancer (from: unexplained weight loss; age 52 at a first episode)"), so the list
 * says why a patient is at the top without opening the intake.
 */
@Named
@RequestScoped
public class FlagSummaries {
  @Inject private Catalogues catalogues;
  @Inject private LanguagePreference languagePreference;

  /** The red flags of a submitted intake's profile; empty for none or no profile. */
  public String redFlags(RiskProfile profile) {
    return summary(profile, RiskProfileView::getRedFlags);
  }

  /** The consider signs that raised no flag; empty for none or no profile. */
  public String considerSigns(RiskProfile profile) {
    return summary(profile, RiskProfileView::getConsiderSigns);
  }

  private String summary(RiskProfile profile, Function<RiskProfileView, List<RedFlag>> which) {
    if (profile == null) {
      return "";
    }
    RiskProfileView view =
        new RiskProfileView(
            profile, catalogues.catalogue(), Language.of(languagePreference.getLocale()));
    return which.apply(view).stream()
        .map(
            flag -> {
              String name = view.text(flag.name());
              String from = view.triggers(flag);
              return from.isEmpty() ? name : name + " (" + from + ")";
            })
        .collect(Collectors.joining(" · "));
  }
}
