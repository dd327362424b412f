package com.spinedesk.platform.application;

import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.List;

/**
 * A service refused a request for a reason the person can act on (a rule broken, a duplicate, a
 * record that is not there). It carries a message key from the {@code messages} bundle, its
 * arguments and, where one field is at fault, that field's name. The transaction is rolled back, so
 * nothing is half-written.
 */
@ApplicationException(rollback = true)
public class RequestRefused extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final String field;
  private final List<Object> arguments;

  public RequestRefused(String messageKey, Object... arguments) {
    this(null, messageKey, arguments);
  }

  private RequestRefused(String field, String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.field = field;
    this.arguments = List.of(arguments);
  }

  /** A refusal caused by one field, so the screen can put the message beside it. */
  public static RequestRefused onField(String field, String messageKey, Object... arguments) {
    return new RequestRefused(field, messageKey, arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public String field() {
    return field;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
