package com.spinedesk.homecare.domain;

import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A dose the clinician may change before issuing (minutes of cold, repetitions of a stretch…), with
 * the template's default and the bounds a safe sheet stays within.
 *
 * @param units singular and plural unit per language ("day", "days"); empty for a bare number
 */
public record SheetParameter(
    String code, int defaultValue, int min, int max, Text label, Map<Language, List<String>> units)
    implements Serializable {

  public SheetParameter {
    units = Map.copyOf(units);
  }

  public boolean accepts(int value) {
    return value >= min && value <= max;
  }

  /** The value as printed: "15 minutes", "1 day", or the bare number when it has no unit. */
  public String printed(int value, Language language) {
    List<String> forms = units.get(language);
    if (forms == null || forms.isEmpty()) {
      return String.valueOf(value);
    }
    return value + " " + (value == 1 ? forms.get(0) : forms.get(1));
  }
}
