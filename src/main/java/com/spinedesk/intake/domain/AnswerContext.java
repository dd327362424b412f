package com.spinedesk.intake.domain;

import com.spinedesk.patient.domain.Sex;
import java.io.Serializable;

/**
 * What is known about the patient without asking, for the {@code age} and {@code sex} variables of
 * conditions. Either may be null when the registry does not know it; conditions on it are then
 * false.
 */
public record AnswerContext(Integer age, Sex sex) implements Serializable {

  public static AnswerContext unknown() {
    return new AnswerContext(null, null);
  }
}
