package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.AnswerContext;
import com.spinedesk.intake.domain.Answers;
import com.spinedesk.intake.domain.Item;
import com.spinedesk.intake.domain.Questionnaire;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers as stored: one JSON object from linkId to the answer in the README's form ({@code true},
 * an option code, a list of codes, a number, {@code "2026-11-02"}, a text). Only the values are
 * stored; the context (age, sex) is worked out again from the patient when they are read.
 */
public final class AnswersJson {

  private AnswersJson() {}

  public static String write(Answers answers) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    answers.values().forEach((linkId, value) -> object.add(linkId, json(linkId, value)));
    StringWriter out = new StringWriter();
    try (JsonWriter writer = Json.createWriter(out)) {
      writer.writeObject(object.build());
    }
    return out.toString();
  }

  private static JsonValue json(String linkId, Object value) {
    if (value instanceof Boolean yes) {
      return yes ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof String text) {
      return Json.createValue(text);
    }
    if (value instanceof Integer number) {
      return Json.createValue(number);
    }
    if (value instanceof BigDecimal number) {
      return Json.createValue(number);
    }
    if (value instanceof LocalDate date) {
      return Json.createValue(date.toString());
    }
    if (value instanceof List<?> codes) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      codes.forEach(code -> array.add(String.valueOf(code)));
      return array.build();
    }
    throw new IllegalArgumentException(
        "Answer to " + linkId + " has no JSON form: " + value.getClass().getName());
  }

  /**
   * The stored answers as Java answer values, each converted by its item's type. Answers to linkIds
   * the questionnaire does not have are dropped, as are nulls.
   *
   * @throws IllegalArgumentException when the JSON is not an object or a value does not suit its
   *     item: stored answers were written by {@link #write}, so that means damaged data, which is
   *     reported rather than silently losing a patient's answer
   */
  public static Map<String, Object> read(String json, Questionnaire questionnaire) {
    JsonObject object;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      object = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new IllegalArgumentException("Stored answers are not a JSON object", e);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    object.forEach(
        (linkId, value) ->
            questionnaire
                .item(linkId)
                .filter(item -> value != JsonValue.NULL)
                .ifPresent(item -> values.put(linkId, value(item, value))));
    return Collections.unmodifiableMap(values);
  }

  /** The stored answers with the patient's context, ready for the questionnaire's rules. */
  public static Answers read(String json, Questionnaire questionnaire, AnswerContext context) {
    return new Answers(read(json, questionnaire), context);
  }

  private static Object value(Item item, JsonValue value) {
    Object converted =
        switch (item.type()) {
          case BOOLEAN ->
              value == JsonValue.TRUE
                  ? Boolean.TRUE
                  : value == JsonValue.FALSE ? Boolean.FALSE : null;
          case CHOICE, TEXT -> value instanceof JsonString s ? s.getString() : null;
          case MULTI_CHOICE -> codes(value);
          case INTEGER, SCALE -> wholeNumber(value);
          case DATE -> date(value);
        };
    if (converted == null) {
      throw new IllegalArgumentException(
          "Stored answer to "
              + item.linkId()
              + " is not a "
              + item.type().jsonName()
              + ": "
              + value);
    }
    return converted;
  }

  private static List<String> codes(JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      return null;
    }
    List<String> codes = new ArrayList<>();
    for (JsonValue code : array) {
      if (!(code instanceof JsonString s)) {
        return null;
      }
      codes.add(s.getString());
    }
    return List.copyOf(codes);
  }

  private static Integer wholeNumber(JsonValue value) {
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    return null;
  }

  private static LocalDate date(JsonValue value) {
    if (value instanceof JsonString s) {
      try {
        return LocalDate.parse(s.getString());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}
