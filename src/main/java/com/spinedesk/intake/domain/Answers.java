package com.spinedesk.intake.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A patient's answers to one questionnaire, keyed by item linkId, with the context conditions need.
 * Immutable, so a page's answers can be tried out ({@link #with}) and checked before anything is
 * stored. Values have the Java types {@link ItemType} lists; a null value means unanswered and is
 * never kept.
 */
public final class Answers implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, Object> values;
  private final AnswerContext context;

  public Answers(Map<String, Object> values, AnswerContext context) {
    this.context = Objects.requireNonNull(context, "context");
    Map<String, Object> copy = new LinkedHashMap<>();
    if (values != null) {
      values.forEach(
          (linkId, value) -> {
            if (value != null) {
              copy.put(Objects.requireNonNull(linkId, "linkId"), immutable(value));
            }
          });
    }
    this.values = Collections.unmodifiableMap(copy);
  }

  public static Answers empty(AnswerContext context) {
    return new Answers(Map.of(), context);
  }

  private static Object immutable(Object value) {
    return value instanceof List<?> list ? List.copyOf(list) : value;
  }

  /** The answer, or null when unanswered. */
  public Object get(String linkId) {
    return values.get(linkId);
  }

  public boolean has(String linkId) {
    return values.containsKey(linkId);
  }

  /** These answers with one answer set, or removed when the value is null. */
  public Answers with(String linkId, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(values);
    if (value == null) {
      changed.remove(linkId);
    } else {
      changed.put(linkId, value);
    }
    return new Answers(changed, context);
  }

  public Answers without(String linkId) {
    return with(linkId, null);
  }

  /** The answers in the order they were given; unmodifiable. */
  public Map<String, Object> values() {
    return values;
  }

  public AnswerContext context() {
    return context;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Answers that
        && values.equals(that.values)
        && context.equals(that.context);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, context);
  }

  @Override
  public String toString() {
    return "Answers" + values + " " + context;
  }
}
