package com.spinedesk.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spinedesk.patient.domain.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {

  private final Answers answers =
      new Answers(
          Map.of(
              "first_episode",
              true,
              "area",
              "low",
              "activities",
              List.of("walk", "lift"),
              "worst",
              7,
              "onset",
              LocalDate.of(2026, 10, 1),
              "notes",
              "stiff"),
          new AnswerContext(51, Sex.FEMALE));

  private boolean holds(String question, String operator, Object answer) {
    return Condition.on(question, operator, answer).holds(answers);
  }

  @Test
  void equalsWorksOnEveryType() {
    assertThat(holds("first_episode", "=", true)).isTrue();
    assertThat(holds("first_episode", "=", false)).isFalse();
    assertThat(holds("area", "=", "low")).isTrue();
    assertThat(holds("area", "=", "mid")).isFalse();
    assertThat(holds("worst", "=", 7)).isTrue();
    assertThat(holds("worst", "=", new BigDecimal("7.0"))).isTrue();
    assertThat(holds("onset", "=", LocalDate.of(2026, 10, 1))).isTrue();
    assertThat(holds("notes", "=", "stiff")).isTrue();
  }

  @Test
  void notEqualsIsTheOppositeForAnsweredItems() {
    assertThat(holds("first_episode", "!=", false)).isTrue();
    assertThat(holds("area", "!=", "low")).isFalse();
    assertThat(holds("worst", "!=", 6)).isTrue();
  }

  @Test
  void onAMultipleChoiceEqualsMeansIncludes() {
    assertThat(holds("activities", "=", "walk")).isTrue();
    assertThat(holds("activities", "=", "lift")).isTrue();
    assertThat(holds("activities", "=", "sit")).isFalse();
    assertThat(holds("activities", "!=", "sit")).isTrue();
    assertThat(holds("activities", "!=", "walk")).isFalse();
  }

  @Test
  void orderingComparesNumbersAtTheirBoundaries() {
    assertThat(holds("worst", ">", 6)).isTrue();
    assertThat(holds("worst", ">", 7)).isFalse();
    assertThat(holds("worst", ">=", 7)).isTrue();
    assertThat(holds("worst", ">=", 8)).isFalse();
    assertThat(holds("worst", "<", 8)).isTrue();
    assertThat(holds("worst", "<", 7)).isFalse();
    assertThat(holds("worst", "<=", 7)).isTrue();
    assertThat(holds("worst", "<=", 6)).isFalse();
  }

  @Test
  void orderingOnAnythingButNumbersIsFalse() {
    assertThat(holds("notes", ">", "a")).isFalse();
    assertThat(holds("area", "<", 3)).isFalse();
  }

  @Test
  void anUnansweredQuestionMakesEveryConditionFalseButExistsFalse() {
    for (String operator : List.of("=", "!=", ">", ">=", "<", "<=")) {
      assertThat(holds("days", operator, 3)).as(operator).isFalse();
    }
    assertThat(holds("days", "exists", true)).isFalse();
    assertThat(holds("days", "exists", false)).isTrue();
    assertThat(holds("worst", "exists", true)).isTrue();
    assertThat(holds("worst", "exists", false)).isFalse();
  }

  @Test
  void variablesComeFromTheContext() {
    assertThat(Condition.onVariable("age", ">", 50).holds(answers)).isTrue();
    assertThat(Condition.onVariable("age", ">", 51).holds(answers)).isFalse();
    assertThat(Condition.onVariable("age", "<=", 51).holds(answers)).isTrue();
    assertThat(Condition.onVariable("sex", "=", "FEMALE").holds(answers)).isTrue();
    assertThat(Condition.onVariable("sex", "!=", "MALE").holds(answers)).isTrue();
    assertThat(Condition.onVariable("sex", "=", "MALE").holds(answers)).isFalse();
  }

  @Test
  void anUnknownVariableIsLikeAnUnansweredQuestion() {
    Answers unknown = Answers.empty(AnswerContext.unknown());
    assertThat(Condition.onVariable("age", ">", 50).holds(unknown)).isFalse();
    assertThat(Condition.onVariable("age", "<=", 50).holds(unknown)).isFalse();
    assertThat(Condition.onVariable("sex", "!=", "MALE").holds(unknown)).isFalse();
    assertThat(Condition.onVariable("age", "exists", false).holds(unknown)).isTrue();
    assertThat(Condition.onVariable("sex", "exists", true).holds(answers)).isTrue();
  }

  @Test
  void allOrAnyOfSeveral() {
    List<Condition> conditions =
        List.of(Condition.on("worst", ">=", 8), Condition.onVariable("age", ">", 50));
    assertThat(Condition.hold(conditions, false, answers)).isFalse();
    assertThat(Condition.hold(conditions, true, answers)).isTrue();
    assertThat(Condition.hold(List.of(), false, answers)).isTrue();
    assertThat(Condition.hold(List.of(), true, answers)).isTrue();
    assertThat(
            Condition.hold(
                List.of(Condition.on("worst", ">=", 8), Condition.on("area", "=", "mid")),
                true,
                answers))
        .isFalse();
  }

  @Test
  void refusesConditionsThatCannotMeanAnything() {
    assertThatThrownBy(() -> new Condition("worst", "age", "=", 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Condition(null, null, "=", 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Condition.on("worst", "~", 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Condition.on("worst", "exists", "yes"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Condition.onVariable("weight", ">", 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
