package com.spinedesk.homecare.domain;

import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Paper;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the clinician decides before issuing: language, paper, large print, the doses, the sections
 * left out, a note in their own words, and the confirmation that red flags were discussed.
 */
public record SheetChoices(
    Language language,
    Paper paper,
    boolean largePrint,
    Map<String, Integer> doses,
    Set<String> leftOut,
    String note,
    boolean redFlagsConfirmed)
    implements Serializable {

  public SheetChoices {
    doses = doses == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(doses));
    leftOut = leftOut == null ? Set.of() : Set.copyOf(leftOut);
    note = note == null || note.isBlank() ? null : note.strip();
  }

  /** The template's defaults in the patient's language, nothing left out. */
  public static SheetChoices defaults(SheetTemplate template, Language language, Paper paper) {
    return new SheetChoices(language, paper, false, template.defaults(), Set.of(), null, false);
  }
}
