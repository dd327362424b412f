package com.spinedesk.homecare.domain;

import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned home-care sheet template ({@code seeds/homecare/}): title, introduction, the doses
 * the clinician may change, and the sections in print order. A version never changes once a sheet
 * was issued with it; its checksum proves that.
 */
public record SheetTemplate(
    String code,
    int version,
    Text title,
    Text intro,
    Text noteHeading,
    List<SheetParameter> parameters,
    List<TemplateSection> sections,
    String checksum)
    implements Serializable {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  /**
   * The sheet for a patient with an emergency red flag: go to the emergency department today, why,
   * what to tell them. No self-care and no "call us if not better".
   */
  public static final String EMERGENCY_REFERRAL = "EMERGENCY_REFERRAL";

  /** Whether this is the emergency referral sheet rather than a home-care sheet. */
  public boolean emergency() {
    return EMERGENCY_REFERRAL.equals(code);
  }

  public SheetTemplate {
    parameters = List.copyOf(parameters);
    sections = List.copyOf(sections);
  }

  public Optional<SheetParameter> parameter(String code) {
    return parameters.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  public Optional<TemplateSection> section(String code) {
    return sections.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** Every dose at its default, in template order. */
  public Map<String, Integer> defaults() {
    Map<String, Integer> doses = new LinkedHashMap<>();
    parameters.forEach(p -> doses.put(p.code(), p.defaultValue()));
    return doses;
  }

  /** A text in the language with each {parameter} replaced by its printed value. */
  public String fill(Text text, Language language, Map<String, Integer> doses) {
    Matcher m = PLACEHOLDER.matcher(text.in(language));
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      SheetParameter p =
          parameter(m.group(1))
              .orElseThrow(() -> new IllegalStateException("Unknown placeholder " + m.group()));
      int value = doses.getOrDefault(p.code(), p.defaultValue());
      m.appendReplacement(filled, Matcher.quoteReplacement(p.printed(value, language)));
    }
    m.appendTail(filled);
    return filled.toString();
  }

  /** The placeholders a text uses, to check a template names only its own parameters. */
  public static List<String> placeholders(String text) {
    return PLACEHOLDER.matcher(text).results().map(r -> r.group(1)).toList();
  }
}
