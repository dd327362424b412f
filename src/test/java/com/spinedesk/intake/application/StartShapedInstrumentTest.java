package com.spinedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.intake.domain.AnswerContext;
import com.spinedesk.intake.domain.Answers;
import com.spinedesk.intake.domain.Item;
import com.spinedesk.intake.domain.Problem;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.intake.domain.ScoreResult;
import com.spinedesk.platform.domain.Language;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A test instrument of the same shape as the STarT Back screening tool (nine items, a total and a
 * distress subscore over items 5 to 9, three risk groups), with made-up wording: the format can
 * express it, and its published cut-offs hold at their boundaries.
 */
class StartShapedInstrumentTest {

  private final Questionnaire instrument = Definitions.read("start-shaped.json");

  /** Agrees with the listed statements (1 to 8), disagrees with the rest, and picks step 1–5. */
  private static Answers agreeing(int step, int... agreed) {
    Answers answers = Answers.empty(AnswerContext.unknown());
    for (int statement = 1; statement <= 8; statement++) {
      final int s = statement;
      boolean agrees = Arrays.stream(agreed).anyMatch(a -> a == s);
      answers = answers.with("s" + statement, agrees ? "agree" : "disagree");
    }
    return answers.with("s9", "step" + step);
  }

  @Test
  void hasNineRequiredItemsOnTwoPagesAndATestCopyright() {
    assertThat(instrument.items()).hasSize(9).allMatch(Item::required);
    assertThat(instrument.pages()).hasSize(2);
    assertThat(instrument.items().get(8).options()).hasSize(5);
    assertThat(instrument.copyright().in(Language.EN))
        .startsWith("Test instrument written for SpineDesk's tests");
    assertThat(instrument.copyright().in(Language.ES)).contains("SpineDesk");
    assertThat(instrument.checkAll(Answers.empty(AnswerContext.unknown())))
        .hasSize(9)
        .allMatch(problem -> problem.messageKey().equals(Problem.REQUIRED));
    assertThat(instrument.checkAll(agreeing(1))).isEmpty();
  }

  @Test
  void onlyTheLastTwoStepsOfItemNineScore() {
    for (int step = 1; step <= 5; step++) {
      ScoreResult result = instrument.score(agreeing(step));
      int expected = step >= 4 ? 1 : 0;
      assertThat(result.scores().get("total"))
          .as("step " + step)
          .isEqualByComparingTo("" + expected);
      assertThat(result.scores().get("subscore"))
          .as("step " + step)
          .isEqualByComparingTo("" + expected);
    }
  }

  @ParameterizedTest(name = "step {0}, agreeing with {1}: total {2}, subscore {3}, {4}")
  @CsvSource({
    "1, '',              0, 0, low",
    "1, '1 2 3',         3, 0, low",
    "4, '5 6',           3, 3, low",
    "1, '1 2 3 4',       4, 0, medium",
    "5, '1 5 6',         4, 3, medium",
    "3, '1 2 3 4 5 6 7', 7, 3, medium",
    "4, '5 6 7',         4, 4, high",
    "5, '1 2 3 4 5 6 7 8', 9, 5, high",
    "1, '5 6 7 8',       4, 4, high"
  })
  void publishedCutOffsAtTheirBoundaries(
      int step, String agreed, int total, int subscore, String band) {
    int[] statements =
        agreed.isBlank()
            ? new int[0]
            : Arrays.stream(agreed.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
    ScoreResult result = instrument.score(agreeing(step, statements));

    assertThat(result.scores().get("total")).isEqualByComparingTo("" + total);
    assertThat(result.scores().get("subscore")).isEqualByComparingTo("" + subscore);
    assertThat(result.bands()).containsExactly(java.util.Map.entry("risk", band));
    assertThat(result.flags()).isEmpty();
  }
}
