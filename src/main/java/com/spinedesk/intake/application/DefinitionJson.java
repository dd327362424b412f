package com.spinedesk.intake.application;

import com.spinedesk.platform.domain.Text;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The JSON shapes of a questionnaire definition, shared by {@link DefinitionReader} and {@link
 * ScoringReader}: each helper takes a field of the expected kind or refuses the file naming the
 * field and where it is ({@link Where}), so the two readers give the same messages.
 */
final class DefinitionJson {

  /** What a linkId (and a flag's sign) looks like. */
  static final Pattern LINK_ID = Pattern.compile("[a-z][a-z0-9_]*");

  private DefinitionJson() {}

  /** Where a problem is, for its message: an item or page (by linkId) or a part of the file. */
  record Where(String linkId, String name) {

    static Where item(String linkId) {
      return new Where(linkId, "Item " + linkId);
    }

    static Where page(String linkId) {
      return new Where(linkId, "Page " + linkId);
    }

    static Where at(String name) {
      return new Where(null, name);
    }

    InvalidDefinition fail(String problem) {
      return new InvalidDefinition(linkId, name + ": " + problem);
    }
  }

  /** {@code enableBehavior}: true for "any", false for "all" or nothing. */
  static boolean enableAny(JsonObject object, Where where) {
    String behavior = string(object, "enableBehavior", where, false);
    if (behavior == null || behavior.equals("all")) {
      return false;
    }
    if (behavior.equals("any")) {
      return true;
    }
    throw where.fail("enableBehavior must be \"all\" or \"any\"");
  }

  static String code(JsonObject object, Where where, Pattern pattern) {
    String code = string(object, "code", where, true);
    if (!pattern.matcher(code).matches()) {
      throw where.fail("code \"" + code + "\" must match " + pattern);
    }
    return code;
  }

  static JsonObject object(JsonValue value, Where where, String what) {
    if (value instanceof JsonObject object) {
      return object;
    }
    throw where.fail(what + " must be a JSON object");
  }

  static String string(JsonObject object, String field, Where where, boolean required) {
    JsonValue value = object.get(field);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        throw where.fail("missing " + field);
      }
      return null;
    }
    if (value instanceof JsonString string && !string.getString().isBlank()) {
      return string.getString();
    }
    throw where.fail(field + " must be a non-empty string");
  }

  static int integer(JsonObject object, String field, Where where, boolean required) {
    Integer value = optionalInteger(object, field, where, required);
    return value == null ? 0 : value;
  }

  static Integer optionalInteger(JsonObject object, String field, Where where, boolean required) {
    JsonValue value = object.get(field);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        throw where.fail("missing " + field);
      }
      return null;
    }
    return wholeNumber(value, where, field);
  }

  static Integer wholeNumber(JsonValue value, Where where, String what) {
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        // too large for an int: refused below
      }
    }
    throw where.fail(what + " must be a whole number");
  }

  static BigDecimal number(JsonValue value, Where where, String what) {
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    throw where.fail(what + " must be a number");
  }

  static boolean bool(JsonObject object, String field, Where where) {
    JsonValue value = object.get(field);
    if (value == null || value == JsonValue.NULL) {
      return false;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw where.fail(field + " must be true or false");
  }

  static JsonArray array(JsonObject object, String field, Where where, boolean required) {
    JsonValue value = object.get(field);
    if (value instanceof JsonArray array) {
      return array;
    }
    if (value == null && !required) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    throw where.fail(value == null ? "missing " + field : field + " must be a JSON array");
  }

  /** A text in both languages, as patients choose either. */
  static Text text(JsonObject object, String field, Where where, boolean required) {
    JsonValue value = object.get(field);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        throw where.fail("missing " + field);
      }
      return null;
    }
    if (!(value instanceof JsonObject text)) {
      throw where.fail(field + " must be an object with en and es");
    }
    String en = text.get("en") instanceof JsonString s ? s.getString() : null;
    String es = text.get("es") instanceof JsonString s ? s.getString() : null;
    if (en == null || en.isBlank()) {
      throw where.fail(field + " has no English (en) text");
    }
    if (es == null || es.isBlank()) {
      throw where.fail(field + " has no Spanish (es) text");
    }
    return new Text(en, es);
  }
}
