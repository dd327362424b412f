package com.spinedesk.charting.web;

import com.spinedesk.charting.application.ChartingCatalogues;
import com.spinedesk.charting.domain.Diagnosis;
import com.spinedesk.charting.domain.MuscleTest;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Text;
import com.spinedesk.platform.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.List;
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

  public List<Diagnosis> getAllDiagnoses() {
    return catalogues.catalogue().diagnoses();
  }

  /**
   * The codes a diagnosis picker stands for: the main one first, then the others ticked, each once.
   */
  public static List<String> mainFirst(String main, List<String> others) {
    LinkedHashSet<String> codes = new LinkedHashSet<>();
    if (main != null && !main.isBlank()) {
      codes.add(main);
    }
    if (others != null) {
      codes.addAll(others);
    }
    return List.copyOf(codes);
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
