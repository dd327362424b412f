package com.spinedesk.intake.application;

import static com.spinedesk.intake.application.DefinitionJson.LINK_ID;
import static com.spinedesk.intake.application.DefinitionJson.array;
import static com.spinedesk.intake.application.DefinitionJson.code;
import static com.spinedesk.intake.application.DefinitionJson.enableAny;
import static com.spinedesk.intake.application.DefinitionJson.number;
import static com.spinedesk.intake.application.DefinitionJson.object;
import static com.spinedesk.intake.application.DefinitionJson.optionalInteger;
import static com.spinedesk.intake.application.DefinitionJson.string;
import static com.spinedesk.intake.application.DefinitionJson.text;

import com.spinedesk.intake.application.DefinitionJson.Where;
import com.spinedesk.intake.domain.BandRule;
import com.spinedesk.intake.domain.Condition;
import com.spinedesk.intake.domain.FlagRule;
import com.spinedesk.intake.domain.Item;
import com.spinedesk.intake.domain.ScoreCondition;
import com.spinedesk.intake.domain.ScoreRule;
import com.spinedesk.intake.domain.Scoring;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code scoring} of a questionnaire definition: scores over items' points, bands over
 * scores, and flags raised by answers. A class of its own because scoring has rules of its own and
 * is read after the items, which it only looks up; it refuses a mistake as {@link DefinitionReader}
 * does, naming the score, band or flag at fault.
 */
final class ScoringReader {
  private static final Pattern SCORE_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern FLAG_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** A flag's condition, read as the definition reads an item's (it may name any item). */
  interface ConditionReader {
    Condition read(JsonObject condition, Where where);
  }

  /** Every item of the definition by linkId: the ones a score may add up. */
  private final Map<String, Item> itemsByLinkId;

  private final ConditionReader conditions;

  ScoringReader(Map<String, Item> items, ConditionReader conditions) {
    this.itemsByLinkId = items;
    this.conditions = conditions;
  }

  /**
   * The scoring the object defines.
   *
   * @throws InvalidDefinition naming the first problem found
   */
  Scoring read(JsonObject object) {
    Where where = Where.at("Scoring");
    List<ScoreRule> scores = new ArrayList<>();
    Set<String> scoreCodes = new HashSet<>();
    for (JsonValue value : array(object, "scores", where, false)) {
      ScoreRule score = score(object(value, where, "each score"));
      if (!scoreCodes.add(score.code())) {
        throw Where.at("Score " + score.code()).fail("code is used twice");
      }
      scores.add(score);
    }
    List<BandRule> bands = new ArrayList<>();
    Set<String> bandCodes = new HashSet<>();
    for (JsonValue value : array(object, "bands", where, false)) {
      BandRule band = band(object(value, where, "each band"), scoreCodes);
      if (!bandCodes.add(band.code())) {
        throw Where.at("Band " + band.code()).fail("code is used twice");
      }
      bands.add(band);
    }
    List<FlagRule> flags = new ArrayList<>();
    for (JsonValue value : array(object, "flags", where, false)) {
      flags.add(flag(object(value, where, "each flag")));
    }
    return new Scoring(scores, bands, flags);
  }

  private ScoreRule score(JsonObject object) {
    String code = code(object, Where.at("A score"), SCORE_CODE);
    Where where = Where.at("Score " + code);
    List<String> items = new ArrayList<>();
    for (JsonValue value : array(object, "items", where, true)) {
      if (!(value instanceof JsonString linkId)) {
        throw where.fail("items are linkIds");
      }
      Item item = itemsByLinkId.get(linkId.getString());
      if (item == null) {
        throw where.fail("refers to unknown item " + linkId.getString());
      }
      if (!item.type().isScorable()) {
        throw where.fail(
            "item " + item.linkId() + " is a " + item.type().jsonName() + ", which has no points");
      }
      if (items.contains(item.linkId())) {
        throw where.fail("item " + item.linkId() + " is listed twice");
      }
      items.add(item.linkId());
    }
    if (items.isEmpty()) {
      throw where.fail("has no items");
    }
    String methodName = string(object, "method", where, true);
    ScoreRule.Method method =
        ScoreRule.Method.byJsonName(methodName)
            .orElseThrow(
                () -> where.fail("unknown method \"" + methodName + "\" (sum or proportional)"));
    if (method == ScoreRule.Method.SUM) {
      for (String field : List.of("maxPerItem", "scaleTo", "minAnswered")) {
        if (object.containsKey(field)) {
          throw where.fail(field + " is only for proportional scores");
        }
      }
      return ScoreRule.sum(code, items);
    }
    BigDecimal maxPerItem = positive(object, "maxPerItem", where);
    BigDecimal scaleTo = positive(object, "scaleTo", where);
    Integer minAnswered = optionalInteger(object, "minAnswered", where, false);
    int atLeast = minAnswered == null ? 1 : minAnswered;
    if (atLeast < 1 || atLeast > items.size()) {
      throw where.fail("minAnswered must be between 1 and the number of items");
    }
    return new ScoreRule(code, items, method, maxPerItem, scaleTo, atLeast);
  }

  private static BigDecimal positive(JsonObject object, String field, Where where) {
    if (!object.containsKey(field)) {
      throw where.fail("a proportional score needs " + field);
    }
    BigDecimal value = number(object.get(field), where, field);
    if (value.signum() <= 0) {
      throw where.fail(field + " must be more than 0");
    }
    return value;
  }

  private static BandRule band(JsonObject object, Set<String> scoreCodes) {
    String code = code(object, Where.at("A band"), SCORE_CODE);
    Where where = Where.at("Band " + code);
    List<BandRule.Rule> rules = new ArrayList<>();
    for (JsonValue value : array(object, "rules", where, true)) {
      JsonObject rule = object(value, where, "each rule");
      String band = string(rule, "band", where, true);
      if (!SCORE_CODE.matcher(band).matches()) {
        throw where.fail("band \"" + band + "\" must match " + SCORE_CODE);
      }
      Where ruleWhere = Where.at(where.name() + ", band " + band);
      List<ScoreCondition> when = new ArrayList<>();
      for (JsonValue condition : array(rule, "when", ruleWhere, false)) {
        when.add(
            scoreCondition(object(condition, ruleWhere, "each condition"), scoreCodes, ruleWhere));
      }
      rules.add(new BandRule.Rule(band, when));
    }
    if (rules.isEmpty()) {
      throw where.fail("has no rules");
    }
    return new BandRule(code, rules);
  }

  private static ScoreCondition scoreCondition(
      JsonObject object, Set<String> scoreCodes, Where where) {
    String score = string(object, "score", where, true);
    if (!scoreCodes.contains(score)) {
      throw where.fail("refers to unknown score " + score);
    }
    String operator = string(object, "operator", where, true);
    if (!ScoreCondition.OPERATORS.contains(operator)) {
      throw where.fail("unknown operator \"" + operator + "\" for a score");
    }
    if (!object.containsKey("value")) {
      throw where.fail("a score condition needs a value");
    }
    return new ScoreCondition(score, operator, number(object.get("value"), where, "value"));
  }

  private FlagRule flag(JsonObject object) {
    String code = code(object, Where.at("A flag"), FLAG_CODE);
    Where where = Where.at("Flag " + code);
    boolean any = enableAny(object, where);
    List<Condition> when = new ArrayList<>();
    for (JsonValue value : array(object, "when", where, true)) {
      when.add(conditions.read(object(value, where, "each condition"), where));
    }
    if (when.isEmpty()) {
      throw where.fail("a flag needs conditions");
    }
    String sign = string(object, "sign", where, false);
    if (sign != null && !LINK_ID.matcher(sign).matches()) {
      throw where.fail("sign \"" + sign + "\" must match " + LINK_ID);
    }
    return new FlagRule(code, any, when, sign, text(object, "label", where, false));
  }
}
