package com.spinedesk.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spinedesk.patient.domain.Sex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersTest {

  private final AnswerContext context = new AnswerContext(54, Sex.FEMALE);

  @Test
  void startsEmptyWithItsContext() {
    Answers answers = Answers.empty(context);
    assertThat(answers.values()).isEmpty();
    assertThat(answers.has("pain")).isFalse();
    assertThat(answers.get("pain")).isNull();
    assertThat(answers.context()).isEqualTo(context);
  }

  @Test
  void withGivesNewAnswersAndLeavesTheOldOnesAlone() {
    Answers before = Answers.empty(context);
    Answers after = before.with("pain", 7).with("first_episode", true);
    assertThat(before.values()).isEmpty();
    assertThat(after.get("pain")).isEqualTo(7);
    assertThat(after.values())
        .containsExactly(Map.entry("pain", 7), Map.entry("first_episode", true));
  }

  @Test
  void aNullValueRemovesTheAnswer() {
    Answers answers = Answers.empty(context).with("pain", 7).with("pain", null);
    assertThat(answers.has("pain")).isFalse();
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("pain", null);
    assertThat(new Answers(withNull, context).values()).isEmpty();
    assertThat(Answers.empty(context).with("pain", 7).without("pain").values()).isEmpty();
  }

  @Test
  void cannotBeChangedFromOutside() {
    Map<String, Object> values = new HashMap<>();
    List<String> codes = new ArrayList<>(List.of("walk"));
    values.put("activities", codes);
    Answers answers = new Answers(values, context);
    values.put("pain", 3);
    codes.add("sit");

    assertThat(answers.has("pain")).isFalse();
    assertThat(answers.get("activities")).isEqualTo(List.of("walk"));
    assertThatThrownBy(() -> answers.values().put("pain", 3))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalWhenValuesAndContextAre() {
    assertThat(Answers.empty(context).with("pain", 7))
        .isEqualTo(new Answers(Map.of("pain", 7), new AnswerContext(54, Sex.FEMALE)))
        .hasSameHashCodeAs(new Answers(Map.of("pain", 7), new AnswerContext(54, Sex.FEMALE)))
        .isNotEqualTo(new Answers(Map.of("pain", 7), AnswerContext.unknown()));
  }
}
