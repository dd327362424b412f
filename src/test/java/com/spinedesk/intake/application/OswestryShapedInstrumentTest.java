package com.spinedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.intake.domain.AnswerContext;
import com.spinedesk.intake.domain.Answers;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.intake.domain.ScoreResult;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A test instrument of the same shape as the Oswestry Disability Index (ten sections scored 0 to 5,
 * points ÷ (5 × sections answered) × 100, five bands), with made-up wording: skipped sections lower
 * the divisor, not the score, and the bands' published boundaries hold.
 */
class OswestryShapedInstrumentTest {

  private final Questionnaire instrument = Definitions.read("oswestry-shaped.json");

  /** The first {@code answered} sections answered, giving {@code points} in all (5s first). */
  private static Answers sections(int answered, int points) {
    Answers answers = Answers.empty(AnswerContext.unknown());
    int left = points;
    for (int section = 1; section <= answered; section++) {
      int level = Math.min(5, left);
      left -= level;
      answers = answers.with("section" + section, "level" + level);
    }
    if (left > 0) {
      throw new IllegalArgumentException("More points than the sections can give");
    }
    return answers;
  }

  @Test
  void tenOptionalSectionsOfSixLevels() {
    assertThat(instrument.items()).hasSize(10).noneMatch(item -> item.required());
    assertThat(instrument.items()).allMatch(item -> item.options().size() == 6);
    assertThat(instrument.checkAll(Answers.empty(AnswerContext.unknown()))).isEmpty();
    assertThat(instrument.copyright().en())
        .startsWith("Test instrument written for SpineDesk's tests");
  }

  @ParameterizedTest(name = "{0} sections, {1} points: {2} ({3})")
  @CsvSource({
    "10,  0,   0.0, minimal",
    "10, 10,  20.0, minimal",
    "10, 11,  22.0, moderate",
    "10, 20,  40.0, moderate",
    "10, 21,  42.0, severe",
    "10, 30,  60.0, severe",
    "10, 31,  62.0, crippled",
    "10, 40,  80.0, crippled",
    "10, 41,  82.0, bedBound",
    "10, 50, 100.0, bedBound",
    " 9,  9,  20.0, minimal",
    " 9, 10,  22.2, moderate",
    " 9, 19,  42.2, severe",
    " 9, 45, 100.0, bedBound",
    " 8,  8,  20.0, minimal",
    " 8,  9,  22.5, moderate",
    " 8, 40, 100.0, bedBound"
  })
  void indexAndBandsWithSkippedSections(int answered, int points, String index, String band) {
    ScoreResult result = instrument.score(sections(answered, points));
    assertThat(result.scores()).containsExactly(Map.entry("index", new BigDecimal(index)));
    assertThat(result.bands()).containsExactly(Map.entry("disability", band));
  }

  @Test
  void withThreeSectionsSkippedThereIsNoIndexAndNoBand() {
    ScoreResult result = instrument.score(sections(7, 20));
    assertThat(result.scores()).isEmpty();
    assertThat(result.bands()).isEmpty();
  }

  @Test
  void whichSectionsAreSkippedDoesNotMatter() {
    Answers answers =
        sections(10, 30).without("section2").without("section3"); // two 5s gone: 20 of 40
    assertThat(instrument.score(answers).scores().get("index")).isEqualTo(new BigDecimal("50.0"));
  }
}
