package com.spinedesk.homecare.domain;

import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A section of a sheet template: its heading and sentences with {parameter} placeholders, whether
 * the clinician may leave it out, the risk factors or red flags that make it unsafe (left out for
 * them, with the reason shown), those it is only for, and those it is not for (another section
 * takes its place: an urgent flag's follow-up visit replaces "call us if not better").
 */
public record TemplateSection(
    String code,
    boolean removable,
    Set<String> leftOutFor,
    Set<String> onlyFor,
    Set<String> notFor,
    Text heading,
    List<Text> text)
    implements Serializable {

  /** Always printed, first when the intake raised a red flag. */
  public static final String SEEK_CARE_NOW = "SEEK_CARE_NOW";

  /** Gets the prevention advice of the patient's own risk factors after its own text. */
  public static final String PREVENTION = "PREVENTION";

  /** On the emergency referral sheet: the flags, in plain words, to tell the hospital. */
  public static final String TELL_THEM = "TELL_THEM";

  public TemplateSection {
    leftOutFor = Set.copyOf(leftOutFor);
    onlyFor = Set.copyOf(onlyFor);
    notFor = Set.copyOf(notFor);
    text = List.copyOf(text);
  }

  /** Whether the section belongs on the sheet of a patient with these risk factors and flags. */
  public boolean isFor(Set<String> patient) {
    return (onlyFor.isEmpty() || onlyFor.stream().anyMatch(patient::contains))
        && notFor.stream().noneMatch(patient::contains);
  }
}
