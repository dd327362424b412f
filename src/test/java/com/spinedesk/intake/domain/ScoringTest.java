package com.spinedesk.intake.domain;

import static com.spinedesk.intake.domain.Fixtures.answers;
import static com.spinedesk.intake.domain.Fixtures.item;
import static com.spinedesk.intake.domain.Fixtures.option;
import static com.spinedesk.intake.domain.Fixtures.page;
import static com.spinedesk.intake.domain.Fixtures.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spinedesk.patient.domain.Sex;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

  private static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }

  @Test
  void itemPointsByType() {
    Item yesNo = item("yes_no", ItemType.BOOLEAN).build();
    Item choice =
        item("choice", ItemType.CHOICE).scoredOptions(0, 3).options(option("skip", null)).build();
    Item several =
        item("several", ItemType.MULTI_CHOICE)
            .options(option("a", 1), option("b", 2), option("unscored", null))
            .build();
    Item number = item("number", ItemType.INTEGER).range(0, 99).build();
    Item scale = item("scale", ItemType.SCALE).build();

    assertThat(yesNo.points(true)).contains(BigDecimal.ONE);
    assertThat(yesNo.points(false)).contains(BigDecimal.ZERO);
    assertThat(choice.points("o1")).contains(BigDecimal.valueOf(3));
    assertThat(choice.points("skip")).isEmpty();
    assertThat(several.points(List.of("a", "b"))).contains(BigDecimal.valueOf(3));
    assertThat(several.points(List.of("a", "unscored"))).contains(BigDecimal.ONE);
    assertThat(several.points(List.of("unscored"))).isEmpty();
    assertThat(several.points(List.of())).isEmpty();
    assertThat(number.points(42)).contains(BigDecimal.valueOf(42));
    assertThat(scale.points(7)).contains(BigDecimal.valueOf(7));
    assertThat(scale.points(null)).isEmpty();
    assertThat(item("when", ItemType.DATE).build().points(java.time.LocalDate.now())).isEmpty();
    assertThat(item("what", ItemType.TEXT).build().points("words")).isEmpty();
  }

  @Test
  void sumsAndSubscoresAddTheAnsweredItems() {
    Questionnaire q =
        questionnaire(
            new Scoring(
                List.of(
                    ScoreRule.sum("total", List.of("q1", "q2", "q3", "q4")),
                    ScoreRule.sum("sub", List.of("q3", "q4"))),
                List.of(),
                List.of()),
            page(
                "p",
                item("q1", ItemType.BOOLEAN).build(),
                item("q2", ItemType.SCALE).build(),
                item("q3", ItemType.CHOICE).scoredOptions(0, 1, 2).build(),
                item("q4", ItemType.MULTI_CHOICE).scoredOptions(1, 2, 4).build()));

    ScoreResult result =
        q.score(
            answers()
                .with("q1", true)
                .with("q2", 6)
                .with("q3", "o2")
                .with("q4", List.of("o0", "o2")));
    assertThat(result.scores()).containsOnlyKeys("total", "sub");
    assertThat(result.scores().get("total")).isEqualByComparingTo("14");
    assertThat(result.scores().get("sub")).isEqualByComparingTo("7");

    ScoreResult partial = q.score(answers().with("q2", 3));
    assertThat(partial.scores().get("total")).isEqualByComparingTo("3");
    assertThat(partial.scores().get("sub")).isEqualByComparingTo("0");
  }

  @Test
  void hiddenItemsCountNothing() {
    Questionnaire q =
        questionnaire(
            new Scoring(
                List.of(ScoreRule.sum("total", List.of("gate", "extra"))), List.of(), List.of()),
            page(
                "p",
                item("gate", ItemType.BOOLEAN).build(),
                item("extra", ItemType.SCALE).when(Condition.on("gate", "=", true)).build()));
    assertThat(q.score(answers().with("gate", true).with("extra", 9)).scores().get("total"))
        .isEqualByComparingTo("10");
    assertThat(q.score(answers().with("gate", false).with("extra", 9)).scores().get("total"))
        .isEqualByComparingTo("0");
  }

  private static Questionnaire proportional(int items, int maxPerItem, int minAnswered) {
    Item[] sections = new Item[items];
    List<String> linkIds = new java.util.ArrayList<>();
    int[] scores = new int[maxPerItem + 1];
    for (int s = 0; s <= maxPerItem; s++) {
      scores[s] = s;
    }
    for (int i = 0; i < items; i++) {
      sections[i] = item("s" + (i + 1), ItemType.CHOICE).scoredOptions(scores).build();
      linkIds.add("s" + (i + 1));
    }
    return questionnaire(
        new Scoring(
            List.of(ScoreRule.proportional("index", linkIds, maxPerItem, 100, minAnswered)),
            List.of(
                new BandRule(
                    "level",
                    List.of(
                        new BandRule.Rule("any", List.of(ScoreCondition.of("index", ">=", 0)))))),
            List.of()),
        page("p", sections));
  }

  /** Answers giving each listed section the points given, in order. */
  private static Answers points(int... points) {
    Answers answers = answers();
    for (int i = 0; i < points.length; i++) {
      answers = answers.with("s" + (i + 1), "o" + points[i]);
    }
    return answers;
  }

  @Test
  void proportionalDividesByTheItemsAnswered() {
    Questionnaire q = proportional(10, 5, 8);
    assertThat(q.score(points(1, 2, 3, 4, 5, 0, 1, 2, 3, 4)).scores().get("index"))
        .isEqualByComparingTo("50");
    // 9 answered: 20 ÷ (5 × 9) × 100 = 44.44…
    assertThat(q.score(points(5, 5, 5, 5, 0, 0, 0, 0, 0)).scores().get("index"))
        .isEqualTo(decimal("44.4"));
    // 8 answered: 20 ÷ 40 × 100
    assertThat(q.score(points(5, 5, 5, 5, 0, 0, 0, 0)).scores().get("index"))
        .isEqualByComparingTo("50");
  }

  @Test
  void proportionalIsMissingBelowMinAnsweredAndItsBandsWithIt() {
    Questionnaire q = proportional(10, 5, 8);
    ScoreResult result = q.score(points(5, 5, 5, 5, 5, 5, 5));
    assertThat(result.scores()).doesNotContainKey("index");
    assertThat(result.bands()).isEmpty();
    assertThat(q.score(answers()).scores()).isEmpty();
  }

  @Test
  void proportionalRoundsToOneDecimalHalfUp() {
    Questionnaire q = proportional(8, 4, 1);
    // 2 ÷ (4 × 8) × 100 = 6.25, which half-even would make 6.2
    assertThat(q.score(points(2, 0, 0, 0, 0, 0, 0, 0)).scores().get("index"))
        .isEqualTo(decimal("6.3"));
    // 1 ÷ 32 × 100 = 3.125
    assertThat(q.score(points(1, 0, 0, 0, 0, 0, 0, 0)).scores().get("index"))
        .isEqualTo(decimal("3.1"));
  }

  @Test
  void anUnscoredOptionCountsAsUnansweredForProportionalScores() {
    Questionnaire q =
        questionnaire(
            new Scoring(
                List.of(ScoreRule.proportional("index", List.of("a", "b"), 4, 100, 1)),
                List.of(),
                List.of()),
            page(
                "p",
                item("a", ItemType.CHOICE).scoredOptions(0, 1, 2, 3, 4).build(),
                item("b", ItemType.CHOICE)
                    .scoredOptions(0, 1, 2, 3, 4)
                    .options(option("unsure", null))
                    .build()));
    assertThat(q.score(answers().with("a", "o2").with("b", "unsure")).scores().get("index"))
        .isEqualByComparingTo("50");
  }

  @Test
  void proportionalNeedsItsSettings() {
    assertThatThrownBy(
            () ->
                new ScoreRule(
                    "index", List.of("a"), ScoreRule.Method.PROPORTIONAL, null, BigDecimal.TEN, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ScoreRule(
                    "index",
                    List.of("a"),
                    ScoreRule.Method.PROPORTIONAL,
                    BigDecimal.ONE,
                    BigDecimal.ZERO,
                    1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private final BandRule risk =
      new BandRule(
          "risk",
          List.of(
              new BandRule.Rule("high", List.of(ScoreCondition.of("sub", ">=", 4))),
              new BandRule.Rule(
                  "medium",
                  List.of(ScoreCondition.of("total", ">=", 4), ScoreCondition.of("sub", "<=", 3))),
              new BandRule.Rule("low", List.of(ScoreCondition.of("total", "<=", 3)))));

  @Test
  void theFirstMatchingRuleGivesTheBand() {
    assertThat(risk.bandFor(Map.of("total", decimal("9"), "sub", decimal("5")))).contains("high");
    assertThat(risk.bandFor(Map.of("total", decimal("4"), "sub", decimal("4")))).contains("high");
    assertThat(risk.bandFor(Map.of("total", decimal("4"), "sub", decimal("3")))).contains("medium");
    assertThat(risk.bandFor(Map.of("total", decimal("3"), "sub", decimal("3")))).contains("low");
    assertThat(risk.bandFor(Map.of("total", decimal("3.5"), "sub", decimal("0")))).isEmpty();
  }

  @Test
  void aMissingScoreMakesItsConditionsFalseWhateverTheOperator() {
    assertThat(risk.bandFor(Map.of("total", decimal("5")))).isEmpty();
    assertThat(new ScoreCondition("sub", "!=", BigDecimal.ONE).holds(Map.of())).isFalse();
    assertThat(new ScoreCondition("sub", "=", BigDecimal.ONE).holds(Map.of("sub", decimal("1.0"))))
        .isTrue();
    assertThat(new ScoreCondition("sub", ">", BigDecimal.ONE).holds(Map.of("sub", decimal("1.0"))))
        .isFalse();
    assertThat(new ScoreCondition("sub", "<", BigDecimal.ONE).holds(Map.of("sub", decimal("0.9"))))
        .isTrue();
  }

  @Test
  void aRuleWithoutConditionsAlwaysMatches() {
    BandRule catchAll = new BandRule("level", List.of(new BandRule.Rule("any", List.of())));
    assertThat(catchAll.bandFor(Map.of())).contains("any");
  }

  @Test
  void scoreConditionsOnlyCompare() {
    assertThatThrownBy(() -> new ScoreCondition("sub", "exists", BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private final Questionnaire redFlags =
      questionnaire(
          new Scoring(
              List.of(),
              List.of(),
              List.of(
                  new FlagRule(
                      "CAUDA_EQUINA", false, List.of(Condition.on("saddle_numbness", "=", true))),
                  new FlagRule(
                      "CAUDA_EQUINA", false, List.of(Condition.on("bladder_change", "=", true))),
                  new FlagRule(
                      "CANCER",
                      false,
                      List.of(
                          Condition.on("first_episode", "=", true),
                          Condition.onVariable("age", ">", 50))),
                  new FlagRule(
                      "FRACTURE",
                      true,
                      List.of(
                          Condition.on("trauma", "=", "major"),
                          Condition.on("steroids", "=", true))))),
          page(
              "p",
              item("saddle_numbness", ItemType.BOOLEAN).build(),
              item("bladder_change", ItemType.BOOLEAN)
                  .when(Condition.on("saddle_numbness", "exists", true))
                  .build(),
              item("first_episode", ItemType.BOOLEAN).build(),
              item("trauma", ItemType.CHOICE)
                  .options(option("none", null), option("minor", null), option("major", null))
                  .build(),
              item("steroids", ItemType.BOOLEAN).build()));

  private static Answers aged(Integer age) {
    return Answers.empty(new AnswerContext(age, Sex.MALE));
  }

  @Test
  void anyOfSeveralRulesRaisesTheSameFlagOnce() {
    assertThat(redFlags.score(aged(40).with("saddle_numbness", true)).flags())
        .containsExactly("CAUDA_EQUINA");
    assertThat(
            redFlags
                .score(aged(40).with("saddle_numbness", false).with("bladder_change", true))
                .flags())
        .containsExactly("CAUDA_EQUINA");
    assertThat(
            redFlags
                .score(aged(40).with("saddle_numbness", true).with("bladder_change", true))
                .flags())
        .containsExactly("CAUDA_EQUINA");
    assertThat(
            redFlags
                .score(aged(40).with("saddle_numbness", false).with("bladder_change", false))
                .flags())
        .isEmpty();
  }

  @Test
  void flagsOnVariables() {
    assertThat(redFlags.score(aged(51).with("first_episode", true)).flags())
        .containsExactly("CANCER");
    assertThat(redFlags.score(aged(50).with("first_episode", true)).flags()).isEmpty();
    assertThat(redFlags.score(aged(null).with("first_episode", true)).flags()).isEmpty();
    assertThat(redFlags.score(aged(70).with("first_episode", false)).flags()).isEmpty();
  }

  @Test
  void flagsWithEnableBehaviorAny() {
    assertThat(redFlags.score(aged(30).with("trauma", "major")).flags())
        .containsExactly("FRACTURE");
    assertThat(redFlags.score(aged(30).with("trauma", "minor").with("steroids", true)).flags())
        .containsExactly("FRACTURE");
    assertThat(redFlags.score(aged(30).with("trauma", "minor").with("steroids", false)).flags())
        .isEmpty();
  }

  @Test
  void answersToHiddenItemsRaiseNoFlag() {
    // bladder_change is only asked once saddle_numbness is answered.
    assertThat(redFlags.score(aged(40).with("bladder_change", true)).flags()).isEmpty();
  }

  @Test
  void flagsComeInTheDefinitionsOrder() {
    Answers everything =
        aged(60).with("steroids", true).with("first_episode", true).with("saddle_numbness", true);
    assertThat(redFlags.score(everything).flags())
        .containsExactly("CAUDA_EQUINA", "CANCER", "FRACTURE");
  }
}
