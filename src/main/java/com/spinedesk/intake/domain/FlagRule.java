package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Raises the flag {@code code} when its conditions hold (all of them, or any one). Several rules
 * may raise the same code.
 *
 * @param sign the name of the sign this rule recognises, or null: then the questions it reads
 * @param label how a clinician reads the sign, {@code {age}} standing for the patient's age; or
 *     null: then the texts of the questions that were answered so (definitions before labels)
 */
public record FlagRule(
    String code, boolean enableAny, List<Condition> when, String sign, Text label)
    implements Serializable {

  /** Where a label names the patient's age. */
  public static final String AGE = "{age}";

  public FlagRule {
    Objects.requireNonNull(code, "code");
    when = List.copyOf(when);
  }

  /** A rule without a sign or label of its own. */
  public FlagRule(String code, boolean enableAny, List<Condition> when) {
    this(code, enableAny, when, null, null);
  }

  /** Whether the flag is raised by these answers (hidden ones already dropped). */
  public boolean raisedBy(Answers answers) {
    return Condition.hold(when, enableAny, answers);
  }

  /**
   * What raised the flag, for answers that raise it: the rule's own sign and label, or else the
   * questions whose answers held and their texts ({@code questionText}).
   */
  public Trigger trigger(Answers answers, Function<String, Text> questionText) {
    List<Condition> held = when.stream().filter(c -> !enableAny || c.holds(answers)).toList();
    String name =
        sign != null
            ? sign
            : held.stream()
                .map(c -> c.question() != null ? c.question() : c.variable())
                .collect(Collectors.joining("+"));
    Integer age = answers.context().age();
    if (label != null) {
      return new Trigger(name, withAge(label, age));
    }
    List<Text> parts =
        held.stream()
            .map(
                c -> c.question() != null ? questionText.apply(c.question()) : variable(c, answers))
            .toList();
    return new Trigger(
        name,
        new Text(
            parts.stream().map(Text::en).collect(Collectors.joining("; ")),
            parts.stream().map(Text::es).collect(Collectors.joining("; "))));
  }

  private static Text variable(Condition condition, Answers answers) {
    AnswerContext context = answers.context();
    if (Condition.AGE.equals(condition.variable())) {
      return new Text("age " + context.age(), "edad " + context.age());
    }
    String sex = String.valueOf(context.sex()).toLowerCase(java.util.Locale.ROOT);
    return new Text(sex, sex);
  }

  private static Text withAge(Text label, Integer age) {
    String value = age == null ? "?" : age.toString();
    return new Text(
        label.en() == null ? null : label.en().replace(AGE, value),
        label.es() == null ? null : label.es().replace(AGE, value));
  }
}
