package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One question. Besides what is asked and how, it knows which answers it accepts: {@link #parse}
 * turns what a form sent into an answer value or a {@link Problem}, so the same rules hold for
 * every screen that asks it.
 *
 * @param minValue lowest accepted number for {@code integer} and {@code scale}; null for none (a
 *     scale then starts at 0)
 * @param maxValue highest accepted number; null for none (a scale then ends at 10)
 * @param maxLength longest accepted {@code text}, in characters
 * @param enableAny whether one condition of {@code enableWhen} is enough (FHIR {@code
 *     enableBehavior any}) instead of all of them
 */
public record Item(
    String linkId,
    Text text,
    Text helpText,
    ItemType type,
    boolean required,
    List<AnswerOption> options,
    Integer minValue,
    Integer maxValue,
    int maxLength,
    Text lowLabel,
    Text highLabel,
    List<Condition> enableWhen,
    boolean enableAny)
    implements Serializable {

  /** The longest free text when the definition does not say. */
  public static final int DEFAULT_MAX_LENGTH = 500;

  public static final int SCALE_MIN = 0;
  public static final int SCALE_MAX = 10;

  public Item {
    Objects.requireNonNull(linkId, "linkId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    options = options == null ? List.of() : List.copyOf(options);
    enableWhen = enableWhen == null ? List.of() : List.copyOf(enableWhen);
  }

  public Optional<AnswerOption> option(String code) {
    return options.stream().filter(option -> option.code().equals(code)).findFirst();
  }

  /** The lowest accepted number: the item's own, or 0 for a scale; null when unbounded. */
  public Integer lowest() {
    return minValue == null && type == ItemType.SCALE ? Integer.valueOf(SCALE_MIN) : minValue;
  }

  /** The highest accepted number: the item's own, or 10 for a scale; null when unbounded. */
  public Integer highest() {
    return maxValue == null && type == ItemType.SCALE ? Integer.valueOf(SCALE_MAX) : maxValue;
  }

  /**
   * Reads what a form sent for this item. Blank values are dropped, and nothing left means
   * unanswered (whether an answer is needed is the questionnaire's business, as it depends on which
   * items are shown). Items that take one answer refuse several, which only a tampered form sends,
   * with the problem their type uses for a value it cannot read.
   *
   * @param today the patient's today, as dates may not be later
   */
  public Parsed parse(List<String> raw, LocalDate today) {
    List<String> given = new ArrayList<>();
    if (raw != null) {
      for (String value : raw) {
        if (value != null && !value.isBlank()) {
          given.add(value.trim());
        }
      }
    }
    if (given.isEmpty()) {
      return Parsed.unanswered();
    }
    if (type == ItemType.MULTI_CHOICE) {
      return parseCodes(given);
    }
    if (given.size() > 1) {
      return refused(unreadableKey());
    }
    String value = given.get(0);
    return switch (type) {
      case BOOLEAN -> parseBoolean(value);
      case CHOICE -> option(value).isPresent() ? Parsed.of(value) : refused(Problem.UNKNOWN_OPTION);
      case INTEGER, SCALE -> parseNumber(value);
      case DATE -> parseDate(value, today);
      case TEXT -> parseText(value);
      case MULTI_CHOICE -> throw new AssertionError("handled above");
    };
  }

  private String unreadableKey() {
    return switch (type) {
      case BOOLEAN -> Problem.NOT_YES_NO;
      case CHOICE, MULTI_CHOICE -> Problem.UNKNOWN_OPTION;
      case INTEGER, SCALE -> Problem.NOT_A_NUMBER;
      case DATE -> Problem.NOT_A_DATE;
      case TEXT -> Problem.MARKUP;
    };
  }

  private Parsed parseBoolean(String value) {
    return switch (value) {
      case "true" -> Parsed.of(Boolean.TRUE);
      case "false" -> Parsed.of(Boolean.FALSE);
      default -> refused(Problem.NOT_YES_NO);
    };
  }

  /** The chosen codes in the definition's order, each once, so equal choices store equally. */
  private Parsed parseCodes(List<String> codes) {
    Set<String> chosen = new LinkedHashSet<>(codes);
    for (String code : chosen) {
      if (option(code).isEmpty()) {
        return refused(Problem.UNKNOWN_OPTION);
      }
    }
    return Parsed.of(options.stream().map(AnswerOption::code).filter(chosen::contains).toList());
  }

  private Parsed parseNumber(String value) {
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return refused(Problem.NOT_A_NUMBER);
    }
    Integer lowest = lowest();
    Integer highest = highest();
    if ((lowest != null && number < lowest) || (highest != null && number > highest)) {
      return refused(Problem.OUT_OF_RANGE, lowest, highest);
    }
    return Parsed.of(number);
  }

  private Parsed parseDate(String value, LocalDate today) {
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return refused(Problem.NOT_A_DATE);
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return refused(Problem.NOT_A_DATE);
    }
    return date.isAfter(today) ? refused(Problem.DATE_IN_FUTURE) : Parsed.of(date);
  }

  private Parsed parseText(String value) {
    if (value.codePointCount(0, value.length()) > maxLength) {
      return refused(Problem.TOO_LONG, maxLength);
    }
    // Answers are shown to staff and printed; angle brackets are refused rather than escaped
    // everywhere, as with the patient's free-text fields.
    if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
      return refused(Problem.MARKUP);
    }
    return Parsed.of(value);
  }

  private Parsed refused(String messageKey, Object... args) {
    return Parsed.refused(Problem.of(linkId, messageKey, args));
  }

  /**
   * The points an answer gives to a score: the option's score for a choice (the sum of the chosen
   * options' for a multiple choice), the number for integer and scale, 1 for yes and 0 for no.
   * Empty for no answer, for dates and texts, and for options without a score, so those count as
   * unanswered where a score divides by the items answered.
   */
  public Optional<BigDecimal> points(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    return switch (type) {
      case BOOLEAN ->
          value instanceof Boolean yes
              ? Optional.of(yes ? BigDecimal.ONE : BigDecimal.ZERO)
              : Optional.empty();
      case CHOICE -> option(String.valueOf(value)).map(AnswerOption::score);
      case MULTI_CHOICE -> value instanceof List<?> codes ? sumOfScores(codes) : Optional.empty();
      case INTEGER, SCALE ->
          value instanceof Number number
              ? Optional.of(Condition.decimal(number))
              : Optional.empty();
      case DATE, TEXT -> Optional.empty();
    };
  }

  private Optional<BigDecimal> sumOfScores(List<?> codes) {
    return codes.stream()
        .map(code -> option(String.valueOf(code)).map(AnswerOption::score).orElse(null))
        .filter(Objects::nonNull)
        .reduce(BigDecimal::add);
  }
}
