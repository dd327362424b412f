package com.spinedesk.platform.application;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A form refused for several reasons at once, each tied to the field it is about, so the screen can
 * put every message beside its field in one go. Nothing of the form was stored.
 */
public class FieldsRefused extends RequestRefused {
  @Serial private static final long serialVersionUID = 1L;

  /** One field's problem: a message key of the {@code messages} bundle and its arguments. */
  public record FieldProblem(String field, String messageKey, List<Object> arguments)
      implements Serializable {

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
      return new FieldProblem(field, messageKey, Arrays.asList(arguments));
    }
  }

  private final ArrayList<FieldProblem> problems;

  public FieldsRefused(List<FieldProblem> problems) {
    super("form.fixFields", problems.size());
    this.problems = new ArrayList<>(problems);
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  /** Throws when there is anything to refuse; does nothing otherwise. */
  public static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new FieldsRefused(problems);
    }
  }
}
