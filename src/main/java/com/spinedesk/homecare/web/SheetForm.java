package com.spinedesk.homecare.web;

import com.spinedesk.homecare.domain.SheetChoices;
import com.spinedesk.homecare.domain.SheetTemplate;
import com.spinedesk.homecare.domain.TemplateSection;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Paper;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the clinician chooses on the sheet page, as typed: language, paper, print size, doses, the
 * sections ticked to print, a note and the red-flag confirmation. Kept apart from {@link
 * PrepareSheet}, so the page's bean is about what the page shows and does, and one place turns what
 * was typed into the {@link SheetChoices} the service checks.
 */
public class SheetForm implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private Language language;
  private Paper paper;
  private boolean largePrint;

  /** The doses as typed; a dose that is not a whole number is reported like one out of bounds. */
  private final Map<String, String> doses = new LinkedHashMap<>();

  private List<String> printed = new ArrayList<>();
  private String note;
  private boolean redFlagsConfirmed;

  /** Starts from the sheet's defaults, with every section that may be left out ticked to print. */
  void startFrom(SheetChoices defaults, SheetTemplate template) {
    language = defaults.language();
    paper = defaults.paper();
    defaults.doses().forEach((code, value) -> doses.put(code, String.valueOf(value)));
    printed =
        template.sections().stream()
            .filter(TemplateSection::removable)
            .map(TemplateSection::code)
            .collect(Collectors.toCollection(ArrayList::new));
  }

  /**
   * The choices as on screen: sections not ticked are left out, and a dose that is not a whole
   * number is left out (the service then names it as out of bounds).
   */
  SheetChoices choices(SheetTemplate template) {
    Set<String> leftOut = new LinkedHashSet<>();
    template.sections().stream()
        .filter(TemplateSection::removable)
        .map(TemplateSection::code)
        .filter(code -> !printed.contains(code))
        .forEach(leftOut::add);
    Map<String, Integer> numbers = new LinkedHashMap<>();
    doses.forEach(
        (code, typed) -> {
          if (typed != null && typed.strip().matches("\\d{1,4}")) {
            numbers.put(code, Integer.valueOf(typed.strip()));
          }
        });
    return new SheetChoices(language, paper, largePrint, numbers, leftOut, note, redFlagsConfirmed);
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public Paper getPaper() {
    return paper;
  }

  public void setPaper(Paper paper) {
    this.paper = paper;
  }

  public boolean isLargePrint() {
    return largePrint;
  }

  public void setLargePrint(boolean largePrint) {
    this.largePrint = largePrint;
  }

  public Map<String, String> getDoses() {
    return doses;
  }

  /**
   * The sections ticked, as the clinician left them; the page shows them through {@link
   * PrepareSheet#getPrinted}, which knows which sections a safety rule leaves out.
   */
  public List<String> getPrinted() {
    return printed;
  }

  public void setPrinted(List<String> printed) {
    this.printed = printed == null ? new ArrayList<>() : new ArrayList<>(printed);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isRedFlagsConfirmed() {
    return redFlagsConfirmed;
  }

  public void setRedFlagsConfirmed(boolean redFlagsConfirmed) {
    this.redFlagsConfirmed = redFlagsConfirmed;
  }
}
