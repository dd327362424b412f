package com.spinedesk.intake.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One condition of an {@code enableWhen} or a flag, with FHIR's meaning: it names either an earlier
 * question or a variable ({@code age}, {@code sex}) that is known without asking.
 *
 * <p>A condition on something unanswered is false, {@code !=} included (as in FHIR), except {@code
 * exists false}. For a multiple choice {@code =} means "includes" and {@code !=} "does not
 * include". {@code >}, {@code >=}, {@code <} and {@code <=} compare numbers and are false for
 * anything else. The answer is a Java answer value: Boolean, String (an option code, a text or a
 * sex), Integer or LocalDate; {@code exists} takes a Boolean.
 */
public record Condition(String question, String variable, String operator, Object answer)
    implements Serializable {

  public static final String EQUALS = "=";
  public static final String NOT_EQUALS = "!=";
  public static final String GREATER = ">";
  public static final String GREATER_OR_EQUAL = ">=";
  public static final String LESS = "<";
  public static final String LESS_OR_EQUAL = "<=";
  public static final String EXISTS = "exists";

  /** Every operator conditions accept. */
  public static final Set<String> OPERATORS =
      Set.of(EQUALS, NOT_EQUALS, GREATER, GREATER_OR_EQUAL, LESS, LESS_OR_EQUAL, EXISTS);

  /** The operators that only make sense between numbers. */
  public static final Set<String> ORDERING = Set.of(GREATER, GREATER_OR_EQUAL, LESS, LESS_OR_EQUAL);

  /** Whole years on the day of the answer, from the patient's date of birth. */
  public static final String AGE = "age";

  /** The patient's administrative sex, as the name of {@link com.spinedesk.patient.domain.Sex}. */
  public static final String SEX = "sex";

  public static final Set<String> VARIABLES = Set.of(AGE, SEX);

  public Condition {
    if ((question == null) == (variable == null)) {
      throw new IllegalArgumentException("A condition names a question or a variable, not both");
    }
    if (variable != null && !VARIABLES.contains(variable)) {
      throw new IllegalArgumentException("Unknown variable: " + variable);
    }
    if (!OPERATORS.contains(operator)) {
      throw new IllegalArgumentException("Unknown operator: " + operator);
    }
    Objects.requireNonNull(answer, "answer");
    if (EXISTS.equals(operator) && !(answer instanceof Boolean)) {
      throw new IllegalArgumentException("exists takes true or false");
    }
  }

  public static Condition on(String question, String operator, Object answer) {
    return new Condition(question, null, operator, answer);
  }

  public static Condition onVariable(String variable, String operator, Object answer) {
    return new Condition(null, variable, operator, answer);
  }

  /** Whether the condition holds for these answers and their context. */
  public boolean holds(Answers answers) {
    Object actual = question != null ? answers.get(question) : variable(answers.context());
    if (EXISTS.equals(operator)) {
      return (actual != null) == (Boolean) answer;
    }
    if (actual == null) {
      return false;
    }
    return switch (operator) {
      case EQUALS -> matches(actual);
      case NOT_EQUALS -> !matches(actual);
      default -> compares(actual);
    };
  }

  /** All of them hold, or any one when {@code any}; no conditions at all always hold. */
  public static boolean hold(List<Condition> conditions, boolean any, Answers answers) {
    if (conditions.isEmpty()) {
      return true;
    }
    return any
        ? conditions.stream().anyMatch(condition -> condition.holds(answers))
        : conditions.stream().allMatch(condition -> condition.holds(answers));
  }

  private Object variable(AnswerContext context) {
    return switch (variable) {
      case AGE -> context.age();
      case SEX -> context.sex() == null ? null : context.sex().name();
      default -> null;
    };
  }

  private boolean matches(Object actual) {
    if (actual instanceof List<?> chosen) {
      return chosen.contains(answer);
    }
    if (actual instanceof Number number && answer instanceof Number expected) {
      return decimal(number).compareTo(decimal(expected)) == 0;
    }
    return actual.equals(answer);
  }

  private boolean compares(Object actual) {
    if (!(actual instanceof Number number) || !(answer instanceof Number expected)) {
      return false;
    }
    return ordered(decimal(number).compareTo(decimal(expected)), operator);
  }

  /** Whether a comparison result satisfies an ordering or equality operator. */
  static boolean ordered(int comparison, String operator) {
    return switch (operator) {
      case EQUALS -> comparison == 0;
      case NOT_EQUALS -> comparison != 0;
      case GREATER -> comparison > 0;
      case GREATER_OR_EQUAL -> comparison >= 0;
      case LESS -> comparison < 0;
      case LESS_OR_EQUAL -> comparison <= 0;
      default -> false;
    };
  }

  static BigDecimal decimal(Number number) {
    return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
  }
}
