package com.spinedesk.homecare.domain;

import com.spinedesk.intake.domain.Text;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A section of a sheet template: its heading and sentences with {parameter} placeholders, whether
 * the clinician may leave it out, and the risk factors that make it unsafe (left out for them).
 */
public record TemplateSection(
    String code, boolean removable, Set<String> leftOutFor, Text heading, List<Text> text)
    implements Serializable {

  /** Always printed, first when the intake raised a red flag. */
  public static final String SEEK_CARE_NOW = "SEEK_CARE_NOW";

  /** Gets the prevention advice of the patient's own risk factors after its own text. */
  public static final String PREVENTION = "PREVENTION";

  public TemplateSection {
    leftOutFor = Set.copyOf(leftOutFor);
    text = List.copyOf(text);
  }
}
