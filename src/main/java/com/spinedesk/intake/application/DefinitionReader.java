package com.spinedesk.intake.application;

import static com.spinedesk.intake.application.DefinitionJson.LINK_ID;
import static com.spinedesk.intake.application.DefinitionJson.array;
import static com.spinedesk.intake.application.DefinitionJson.bool;
import static com.spinedesk.intake.application.DefinitionJson.enableAny;
import static com.spinedesk.intake.application.DefinitionJson.integer;
import static com.spinedesk.intake.application.DefinitionJson.number;
import static com.spinedesk.intake.application.DefinitionJson.object;
import static com.spinedesk.intake.application.DefinitionJson.optionalInteger;
import static com.spinedesk.intake.application.DefinitionJson.string;
import static com.spinedesk.intake.application.DefinitionJson.text;
import static com.spinedesk.intake.application.DefinitionJson.wholeNumber;

import com.spinedesk.intake.application.DefinitionJson.Where;
import com.spinedesk.intake.domain.AnswerOption;
import com.spinedesk.intake.domain.Condition;
import com.spinedesk.intake.domain.Item;
import com.spinedesk.intake.domain.ItemType;
import com.spinedesk.intake.domain.Page;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.intake.domain.QuestionnaireRole;
import com.spinedesk.intake.domain.Scoring;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.domain.Text;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a questionnaire definition in the format of {@code seeds/questionnaires/README.md} and
 * refuses anything that would misbehave later: a definition is loaded at start-up and answered by
 * patients for years, so a mistake is cheaper to report now, naming the item, than to find in a
 * patient's intake.
 *
 * <p>Beyond the README's rules it refuses what can only be a slip: an {@code integer} item without
 * both {@code minValue} and {@code maxValue}, fields that do not belong to the item's type,
 * conditions whose answer does not suit their question (an unknown option code, a number for a
 * yes/no question, {@code >} on a choice), scoring a date or a text, {@code proportional} settings
 * on a {@code sum}, a flag without conditions, and a key given twice in one object. Fields the
 * format does not use (FHIR's {@code status}, {@code url} and so on) are ignored. The {@code
 * scoring} is read by {@link ScoringReader} once every item is known.
 *
 * <p>Defaults: {@code required} false, {@code enableBehavior} all, {@code maxLength} 500 for text,
 * a scale from 0 to 10, and {@code minAnswered} 1 for proportional scores.
 */
public final class DefinitionReader {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");
  private static final Pattern OPTION_CODE = Pattern.compile("[A-Za-z0-9_.-]+");

  /** Refuses duplicate keys, which parsers otherwise resolve silently (the last one wins). */
  private static final Map<String, ?> STRICT_KEYS =
      Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE);

  /** Every item of the definition, so a condition on a later one is told apart from a typo. */
  private final Set<String> allItems = new HashSet<>();

  /** Pages and items read so far: linkIds are unique across both. */
  private final Set<String> linkIds = new HashSet<>();

  /** Items read so far, in order: the ones an {@code enableWhen} may refer to. */
  private final Map<String, Item> earlier = new LinkedHashMap<>();

  private DefinitionReader() {}

  /**
   * The questionnaire the JSON defines.
   *
   * @throws InvalidDefinition naming the first problem found
   */
  public static Questionnaire read(String json) {
    return new DefinitionReader().questionnaire(parse(json));
  }

  private static JsonObject parse(String json) {
    if (json == null) {
      throw Where.at("Definition").fail("none given");
    }
    try (JsonReader reader =
        Json.createReaderFactory(STRICT_KEYS).createReader(new StringReader(json))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw Where.at("Definition").fail("not a JSON object: " + e.getMessage());
    }
  }

  private Questionnaire questionnaire(JsonObject root) {
    Where file = Where.at("Questionnaire");
    if (!"Questionnaire".equals(string(root, "resourceType", file, true))) {
      throw file.fail("resourceType must be \"Questionnaire\"");
    }
    String code = string(root, "code", file, true);
    if (!CODE.matcher(code).matches()) {
      throw file.fail("code \"" + code + "\" must match [A-Z0-9_]+");
    }
    Where where = Where.at("Questionnaire " + code);
    int version = integer(root, "version", where, true);
    if (version < 1) {
      throw where.fail("version must be 1 or more");
    }
    String roleName = string(root, "role", where, true);
    QuestionnaireRole role =
        Arrays.stream(QuestionnaireRole.values())
            .filter(candidate -> candidate.name().equals(roleName))
            .findFirst()
            .orElseThrow(
                () ->
                    where.fail(
                        "unknown role \""
                            + roleName
                            + "\" (one of "
                            + Arrays.toString(QuestionnaireRole.values())
                            + ")"));
    int order = integer(root, "order", where, true);
    Text title = text(root, "title", where, true);
    Text copyright = text(root, "copyright", where, true);

    JsonArray pageArray = array(root, "item", where, true);
    if (pageArray.isEmpty()) {
      throw where.fail("has no pages");
    }
    collectItemIds(pageArray);
    List<Page> pages = new ArrayList<>();
    for (JsonValue value : pageArray) {
      pages.add(page(object(value, where, "each page")));
    }
    Scoring scoring =
        root.containsKey("scoring")
            ? new ScoringReader(earlier, (condition, at) -> condition(condition, at, null))
                .read(object(root.get("scoring"), where, "scoring"))
            : Scoring.none();
    return new Questionnaire(code, version, role, order, title, copyright, pages, scoring);
  }

  /** A first look at every item's linkId, before any condition is read. */
  private void collectItemIds(JsonArray pages) {
    for (JsonValue page : pages) {
      if (page instanceof JsonObject pageObject
          && pageObject.get("item") instanceof JsonArray items) {
        for (JsonValue item : items) {
          if (item instanceof JsonObject itemObject
              && itemObject.get("linkId") instanceof JsonString linkId) {
            allItems.add(linkId.getString());
          }
        }
      }
    }
  }

  private String linkId(JsonObject object, Where where) {
    String linkId = string(object, "linkId", where, true);
    if (!LINK_ID.matcher(linkId).matches()) {
      throw new InvalidDefinition(
          linkId, where.name() + ": linkId \"" + linkId + "\" must match [a-z][a-z0-9_]*");
    }
    if (!linkIds.add(linkId)) {
      throw new InvalidDefinition(linkId, "linkId " + linkId + " is used twice");
    }
    return linkId;
  }

  private Page page(JsonObject object) {
    String linkId = linkId(object, Where.at("A page"));
    Where where = Where.page(linkId);
    if (!"group".equals(string(object, "type", where, true))) {
      throw where.fail("top-level items are pages, of type \"group\"");
    }
    Text title = text(object, "text", where, true);
    JsonArray itemArray = array(object, "item", where, true);
    if (itemArray.isEmpty()) {
      throw where.fail("has no items");
    }
    List<Item> items = new ArrayList<>();
    for (JsonValue value : itemArray) {
      Item item = item(object(value, where, "each item"), where);
      earlier.put(item.linkId(), item);
      items.add(item);
    }
    return new Page(linkId, title, items);
  }

  private Item item(JsonObject object, Where page) {
    String linkId = linkId(object, Where.at(page.name() + ", an item"));
    Where where = Where.item(linkId);
    String typeName = string(object, "type", where, true);
    if ("group".equals(typeName)) {
      throw where.fail("groups are pages; they cannot be nested");
    }
    ItemType type =
        ItemType.byJsonName(typeName)
            .orElseThrow(() -> where.fail("unknown type \"" + typeName + "\""));
    Text text = text(object, "text", where, true);
    Text helpText = text(object, "helpText", where, false);
    boolean required = bool(object, "required", where);

    List<AnswerOption> options = List.of();
    if (type.hasOptions()) {
      options = options(array(object, "answerOption", where, false), where);
    } else {
      onlyFor(object, "answerOption", where, "choice and multiChoice");
    }

    Integer minValue = null;
    Integer maxValue = null;
    if (type.isNumeric()) {
      boolean needsBounds = type == ItemType.INTEGER;
      minValue = optionalInteger(object, "minValue", where, needsBounds);
      maxValue = optionalInteger(object, "maxValue", where, needsBounds);
      int lowest = minValue != null ? minValue : Item.SCALE_MIN;
      int highest = maxValue != null ? maxValue : Item.SCALE_MAX;
      if (lowest >= highest) {
        throw where.fail("minValue must be below maxValue");
      }
    } else {
      onlyFor(object, "minValue", where, "integer and scale");
      onlyFor(object, "maxValue", where, "integer and scale");
    }

    int maxLength = Item.DEFAULT_MAX_LENGTH;
    if (type == ItemType.TEXT) {
      Integer given = optionalInteger(object, "maxLength", where, false);
      if (given != null) {
        if (given < 1) {
          throw where.fail("maxLength must be 1 or more");
        }
        maxLength = given;
      }
    } else {
      onlyFor(object, "maxLength", where, "text");
    }

    Text lowLabel = null;
    Text highLabel = null;
    if (type == ItemType.SCALE) {
      lowLabel = text(object, "lowLabel", where, false);
      highLabel = text(object, "highLabel", where, false);
    } else {
      onlyFor(object, "lowLabel", where, "scale");
      onlyFor(object, "highLabel", where, "scale");
    }

    List<Condition> enableWhen = new ArrayList<>();
    for (JsonValue value : array(object, "enableWhen", where, false)) {
      enableWhen.add(condition(object(value, where, "each enableWhen"), where, linkId));
    }
    boolean enableAny = enableAny(object, where);

    return new Item(
        linkId,
        text,
        helpText,
        type,
        required,
        options,
        minValue,
        maxValue,
        maxLength,
        lowLabel,
        highLabel,
        enableWhen,
        enableAny);
  }

  private static void onlyFor(JsonObject object, String field, Where where, String types) {
    if (object.containsKey(field)) {
      throw where.fail(field + " is only for " + types + " items");
    }
  }

  private static List<AnswerOption> options(JsonArray array, Where where) {
    if (array.isEmpty()) {
      throw where.fail("a choice needs answerOption");
    }
    Set<String> codes = new HashSet<>();
    List<AnswerOption> options = new ArrayList<>();
    for (JsonValue value : array) {
      JsonObject option = object(value, where, "each answerOption");
      String code = string(option, "code", where, true);
      if (!OPTION_CODE.matcher(code).matches()) {
        throw where.fail("option code \"" + code + "\" must match [A-Za-z0-9_.-]+");
      }
      if (!codes.add(code)) {
        throw where.fail("option code \"" + code + "\" is used twice");
      }
      Text display = text(option, "display", where, true);
      BigDecimal score =
          option.containsKey("score") ? number(option.get("score"), where, "score") : null;
      options.add(new AnswerOption(code, display, score));
    }
    return options;
  }

  /**
   * A condition of an item, which may only look back so a form can decide from what was already
   * asked ({@code asker} is that item), or of a flag, which may look at any item ({@code asker}
   * null: scoring is read after every item).
   */
  private Condition condition(JsonObject object, Where where, String asker) {
    String question = string(object, "question", where, false);
    String variable = string(object, "variable", where, false);
    if ((question == null) == (variable == null)) {
      throw where.fail("a condition names either a question or a variable");
    }
    String operator = string(object, "operator", where, true);
    if (!Condition.OPERATORS.contains(operator)) {
      throw where.fail("unknown operator \"" + operator + "\"");
    }
    if (!object.containsKey("answer")) {
      throw where.fail("a condition needs an answer");
    }
    JsonValue answer = object.get("answer");
    Item target = question == null ? null : target(question, where, asker);
    if (variable != null && !Condition.VARIABLES.contains(variable)) {
      throw where.fail("unknown variable \"" + variable + "\" (age or sex)");
    }

    if (Condition.EXISTS.equals(operator)) {
      if (answer != JsonValue.TRUE && answer != JsonValue.FALSE) {
        throw where.fail("exists takes true or false");
      }
      return new Condition(question, variable, operator, answer == JsonValue.TRUE);
    }
    boolean ordering = Condition.ORDERING.contains(operator);
    if (Condition.AGE.equals(variable)) {
      return new Condition(null, variable, operator, wholeNumber(answer, where, "age"));
    }
    if (Condition.SEX.equals(variable)) {
      String sex = answer instanceof JsonString s ? s.getString() : null;
      if (ordering) {
        throw where.fail("operator " + operator + " compares numbers, not sex");
      }
      if (sex == null || Arrays.stream(Sex.values()).noneMatch(v -> v.name().equals(sex))) {
        throw where.fail("sex is one of " + Arrays.toString(Sex.values()) + ", not " + answer);
      }
      return new Condition(null, variable, operator, sex);
    }
    if (ordering && !target.type().isNumeric()) {
      throw where.fail(
          "operator "
              + operator
              + " compares numbers; "
              + question
              + " is "
              + target.type().jsonName());
    }
    return new Condition(question, null, operator, answerValue(target, answer, where));
  }

  private Item target(String question, Where where, String asker) {
    Item target = earlier.get(question);
    if (target != null) {
      return target;
    }
    if (question.equals(asker)) {
      throw where.fail("enableWhen refers to the item itself");
    }
    if (allItems.contains(question)) {
      throw where.fail("enableWhen refers to " + question + ", which comes later");
    }
    throw where.fail("condition refers to unknown item " + question);
  }

  /** A condition's answer as the Java value that answers to its question have. */
  private static Object answerValue(Item target, JsonValue answer, Where where) {
    String question = target.linkId();
    return switch (target.type()) {
      case BOOLEAN -> {
        if (answer != JsonValue.TRUE && answer != JsonValue.FALSE) {
          throw where.fail("the answer to " + question + " is true or false");
        }
        yield answer == JsonValue.TRUE;
      }
      case CHOICE, MULTI_CHOICE -> {
        String code = answer instanceof JsonString s ? s.getString() : null;
        if (code == null || target.option(code).isEmpty()) {
          throw where.fail(answer + " is not an option code of " + question);
        }
        yield code;
      }
      case INTEGER, SCALE -> wholeNumber(answer, where, "the answer to " + question);
      case DATE -> {
        if (answer instanceof JsonString s) {
          try {
            yield LocalDate.parse(s.getString());
          } catch (DateTimeParseException e) {
            // refused below
          }
        }
        throw where.fail("the answer to " + question + " is a date, yyyy-MM-dd");
      }
      case TEXT -> {
        if (answer instanceof JsonString s) {
          yield s.getString();
        }
        throw where.fail("the answer to " + question + " is a text");
      }
    };
  }
}
