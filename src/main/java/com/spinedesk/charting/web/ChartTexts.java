package com.spinedesk.charting.web;

import com.spinedesk.charting.application.ChartingCatalogues;
import com.spinedesk.charting.domain.Diagnosis;
import com.spinedesk.charting.domain.MuscleTest;
import com.spinedesk.intake.domain.Text;
import com.spinedesk.patient.domain.Language;
import com.spinedesk.platform.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Catalogue texts for the clinician's pages, in the language the reader chose. */
@Named
@RequestScoped
public class ChartTexts {

  @Inject private ChartingCatalogues catalogues;
  @Inject private LanguagePreference languagePreference;

  /** "M54.16 Radiculopathy, lumbar region"; the code alone if the catalogue lost it. */
  public String diagnosis(String code) {
    return catalogues
        .catalogue()
        .diagnosis(code)
        .map(d -> d.code() + " " + text(d.name()))
        .orElse(code);
  }

  public String diagnoses(List<String> codes) {
    return codes.stream().map(this::diagnosis).collect(Collectors.joining("; "));
  }

  /**
   * For the diagnosis pickers: the codes whose code or name (in either language) contains every
   * word typed, accents and case ignored.
   */
  public List<String> completeDiagnosis(String query) {
    String[] words = fold(query == null ? "" : query).split("\\s+");
    return catalogues.catalogue().diagnoses().stream()
        .filter(
            d -> {
              String haystack = fold(d.code() + " " + d.name().en() + " " + d.name().es());
              return Arrays.stream(words).allMatch(haystack::contains);
            })
        .map(Diagnosis::code)
        .toList();
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }

  public String test(MuscleTest test) {
    return text(test.name());
  }

  public String text(Text text) {
    return text == null ? "" : text.in(language());
  }

  public Language language() {
    return Language.of(languagePreference.getLocale());
  }
}
