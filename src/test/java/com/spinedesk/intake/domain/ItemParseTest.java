package com.spinedesk.intake.domain;

import static com.spinedesk.intake.domain.Fixtures.item;
import static com.spinedesk.intake.domain.Fixtures.option;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemParseTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  private final Item yesNo = item("first_episode", ItemType.BOOLEAN).build();
  private final Item area =
      item("area", ItemType.CHOICE).options(option("low", 1), option("mid", 2)).build();
  private final Item activities =
      item("activities", ItemType.MULTI_CHOICE)
          .options(option("walk", 1), option("sit", 1), option("lift", 2))
          .build();
  private final Item days = item("days", ItemType.INTEGER).range(0, 365).build();
  private final Item worst = item("worst", ItemType.SCALE).build();
  private final Item onset = item("onset", ItemType.DATE).build();
  private final Item notes = item("notes", ItemType.TEXT).maxLength(10).build();

  private static Parsed parse(Item item, String... raw) {
    return item.parse(Arrays.asList(raw), TODAY);
  }

  private static void assertRefused(Parsed parsed, String linkId, String key, Object... args) {
    assertThat(parsed.ok()).isFalse();
    assertThat(parsed.answered()).isFalse();
    assertThat(parsed.problem()).isEqualTo(Problem.of(linkId, key, args));
  }

  @Test
  void nothingGivenIsUnansweredForEveryType() {
    for (Item item : List.of(yesNo, area, activities, days, worst, onset, notes)) {
      assertThat(item.parse(null, TODAY)).isEqualTo(Parsed.unanswered());
      assertThat(item.parse(List.of(), TODAY)).isEqualTo(Parsed.unanswered());
      assertThat(parse(item, "", "  ")).isEqualTo(Parsed.unanswered());
      assertThat(Parsed.unanswered().ok()).isTrue();
    }
  }

  @Test
  void booleans() {
    assertThat(parse(yesNo, "true")).isEqualTo(Parsed.of(true));
    assertThat(parse(yesNo, " false ")).isEqualTo(Parsed.of(false));
    assertRefused(parse(yesNo, "yes"), "first_episode", Problem.NOT_YES_NO);
    assertRefused(parse(yesNo, "true", "false"), "first_episode", Problem.NOT_YES_NO);
  }

  @Test
  void choicesMustBeAnOptionOfTheItem() {
    assertThat(parse(area, "mid")).isEqualTo(Parsed.of("mid"));
    assertRefused(parse(area, "neck"), "area", Problem.UNKNOWN_OPTION);
    assertRefused(parse(area, "low", "mid"), "area", Problem.UNKNOWN_OPTION);
    assertThat(area.option("low")).contains(option("low", 1));
    assertThat(area.option("neck")).isEmpty();
  }

  @Test
  void multipleChoicesKeepTheDefinitionsOrderOnce() {
    assertThat(parse(activities, "lift", "walk", "lift", ""))
        .isEqualTo(Parsed.of(List.of("walk", "lift")));
    assertRefused(parse(activities, "walk", "swim"), "activities", Problem.UNKNOWN_OPTION);
  }

  @Test
  void integersWithinTheirRange() {
    assertThat(parse(days, "0")).isEqualTo(Parsed.of(0));
    assertThat(parse(days, " 365 ")).isEqualTo(Parsed.of(365));
    assertRefused(parse(days, "366"), "days", Problem.OUT_OF_RANGE, 0, 365);
    assertRefused(parse(days, "-1"), "days", Problem.OUT_OF_RANGE, 0, 365);
    assertRefused(parse(days, "twelve"), "days", Problem.NOT_A_NUMBER);
    assertRefused(parse(days, "3.5"), "days", Problem.NOT_A_NUMBER);
    assertRefused(parse(days, "99999999999"), "days", Problem.NOT_A_NUMBER);
    assertRefused(parse(days, "1", "2"), "days", Problem.NOT_A_NUMBER);
  }

  @Test
  void anIntegerWithoutBoundsTakesAnyWholeNumber() {
    Item open = item("count", ItemType.INTEGER).build();
    assertThat(parse(open, "-40")).isEqualTo(Parsed.of(-40));
    assertThat(open.lowest()).isNull();
    assertThat(open.highest()).isNull();
  }

  @Test
  void scalesGoFromZeroToTenUnlessTheItemSays() {
    assertThat(parse(worst, "0")).isEqualTo(Parsed.of(0));
    assertThat(parse(worst, "10")).isEqualTo(Parsed.of(10));
    assertRefused(parse(worst, "11"), "worst", Problem.OUT_OF_RANGE, 0, 10);
    assertRefused(parse(worst, "-1"), "worst", Problem.OUT_OF_RANGE, 0, 10);
    assertRefused(parse(worst, "x"), "worst", Problem.NOT_A_NUMBER);

    Item fiveStep = item("effort", ItemType.SCALE).range(1, 5).build();
    assertThat(parse(fiveStep, "5")).isEqualTo(Parsed.of(5));
    assertRefused(parse(fiveStep, "0"), "effort", Problem.OUT_OF_RANGE, 1, 5);
    assertRefused(parse(fiveStep, "6"), "effort", Problem.OUT_OF_RANGE, 1, 5);
  }

  @Test
  void datesAreIsoAndNotInTheFuture() {
    assertThat(parse(onset, "2026-10-30")).isEqualTo(Parsed.of(LocalDate.of(2026, 10, 30)));
    assertThat(parse(onset, "2026-11-02")).isEqualTo(Parsed.of(TODAY));
    assertRefused(parse(onset, "2026-11-03"), "onset", Problem.DATE_IN_FUTURE);
    assertRefused(parse(onset, "2026-13-01"), "onset", Problem.NOT_A_DATE);
    assertRefused(parse(onset, "2026-02-30"), "onset", Problem.NOT_A_DATE);
    assertRefused(parse(onset, "02/11/2026"), "onset", Problem.NOT_A_DATE);
    assertRefused(parse(onset, "+12026-01-01"), "onset", Problem.NOT_A_DATE);
  }

  @Test
  void textIsTrimmedShortAndWithoutMarkup() {
    assertThat(parse(notes, "  stiff  ")).isEqualTo(Parsed.of("stiff"));
    assertThat(parse(notes, "1234567890")).isEqualTo(Parsed.of("1234567890"));
    assertRefused(parse(notes, "12345678901"), "notes", Problem.TOO_LONG, 10);
    assertRefused(parse(notes, "a <b>"), "notes", Problem.MARKUP);
    assertRefused(parse(notes, "x > y"), "notes", Problem.MARKUP);
    assertRefused(parse(notes, "one", "two"), "notes", Problem.MARKUP);
  }

  @Test
  void textLengthCountsCharactersNotUtf16Units() {
    Item short3 = item("short3", ItemType.TEXT).maxLength(3).build();
    assertThat(parse(short3, "ñ😀é").ok()).isTrue();
  }

  @Test
  void parsedIsEitherAValueNothingOrAProblem() {
    Problem problem = Problem.of("days", Problem.NOT_A_NUMBER);
    assertThat(Parsed.of(3).ok()).isTrue();
    assertThat(Parsed.of(3).answered()).isTrue();
    assertThat(Parsed.refused(problem).ok()).isFalse();
    assertThat(Parsed.refused(problem).value()).isNull();
    assertThatThrownBy(() -> new Parsed(3, problem)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Parsed.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void problemArgumentsMayBeOpenBounds() {
    Item atLeastOne = item("visits", ItemType.INTEGER).range(1, null).build();
    assertRefused(parse(atLeastOne, "0"), "visits", Problem.OUT_OF_RANGE, 1, null);
  }
}
