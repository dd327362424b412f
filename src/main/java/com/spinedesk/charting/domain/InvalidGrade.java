package com.spinedesk.charting.domain;

import java.io.Serial;
import java.util.List;

/**
 * What a clinician typed is not a grade on the chosen scale. Carries a message key of the {@code
 * messages} bundle and its arguments, so the screen can say why beside the cell.
 */
public class InvalidGrade extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final List<Object> arguments;

  public InvalidGrade(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
