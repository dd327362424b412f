package com.spinedesk.charting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

  private static Grade mrc(String typed) {
    return Grade.parse(typed, GradingScale.MRC, 0);
  }

  @Test
  void mrcGradesWithTheirModifiers() {
    assertThat(mrc("4-")).isEqualTo(new Grade(GradingScale.MRC, 4, -1, false));
    assertThat(mrc("4")).isEqualTo(new Grade(GradingScale.MRC, 4, 0, false));
    assertThat(mrc(" 4+ ")).isEqualTo(new Grade(GradingScale.MRC, 4, 1, false));
    assertThat(mrc("0")).isEqualTo(new Grade(GradingScale.MRC, 0, 0, false));
    assertThat(mrc("5-").weak()).isTrue();
    assertThat(mrc("5").weak()).isFalse();
  }

  @Test
  void typographicMinusSignsAndDashesCountAsMinus() {
    assertThat(mrc("4\u2212")).isEqualTo(mrc("4-"));
    assertThat(mrc("3\u2013")).isEqualTo(mrc("3-"));
    assertThat(mrc("2\u2014")).isEqualTo(mrc("2-"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"6", "5+", "0-", "0+", "4++", "-4", "four", "4.5", "10", "4 -1"})
  void whatIsNotAnMrcGradeIsRefusedWithWhatWasTyped(String typed) {
    assertThatThrownBy(() -> mrc(typed))
        .isInstanceOf(InvalidGrade.class)
        .satisfies(
            e -> {
              InvalidGrade invalid = (InvalidGrade) e;
              assertThat(invalid.messageKey()).isEqualTo("grade.notMrc");
              assertThat(invalid.arguments()).containsExactly(typed.strip());
            });
  }

  @Test
  void notTestableIsItsOwnStateAndNeverAZero() {
    Grade nt = mrc("nt");
    assertThat(nt.notTestable()).isTrue();
    assertThat(nt.value()).isNull();
    assertThat(nt.weak()).isFalse();
    assertThat(nt.display()).isEqualTo("NT");
    assertThat(nt.comparableWith(mrc("0"))).isFalse();
  }

  @Test
  void blankMeansNotTested() {
    assertThat(mrc(null)).isNull();
    assertThat(mrc("  ")).isNull();
  }

  @Test
  void kendallGradesAreWholeNumbersFromZeroToTen() {
    assertThat(Grade.parse("10", GradingScale.KENDALL, 0).weak()).isFalse();
    assertThat(Grade.parse("8", GradingScale.KENDALL, 0).weak()).isTrue();
    assertThat(Grade.parse("0", GradingScale.KENDALL, 0).value()).isZero();
    for (String typed : new String[] {"11", "4-", "4+", "-1", "7.5"}) {
      assertThatThrownBy(() -> Grade.parse(typed, GradingScale.KENDALL, 0))
          .isInstanceOf(InvalidGrade.class)
          .hasMessage("grade.notKendall");
    }
  }

  @Test
  void theScaleIsKeptWithTheGradeAndScalesAreNeverCompared() {
    Grade mrcFour = mrc("4");
    Grade kendallFour = Grade.parse("4", GradingScale.KENDALL, 0);
    assertThat(mrcFour.scale()).isEqualTo(GradingScale.MRC);
    assertThat(kendallFour.scale()).isEqualTo(GradingScale.KENDALL);
    assertThat(mrcFour.comparableWith(kendallFour)).isFalse();
    assertThat(mrcFour.comparableWith(mrc("5"))).isTrue();
  }

  @Test
  void timedTestsTakeWholeSecondsUpToTheirLimit() {
    assertThat(Grade.parse("45", GradingScale.SECONDS, 600).value()).isEqualTo(45);
    assertThat(Grade.parse("45 s", GradingScale.SECONDS, 600).value()).isEqualTo(45);
    assertThat(Grade.parse("120sec", GradingScale.SECONDS, 600).display()).isEqualTo("120 s");
    assertThat(Grade.parse("45", GradingScale.SECONDS, 600).weak()).isFalse();
    assertThatThrownBy(() -> Grade.parse("601", GradingScale.SECONDS, 600))
        .isInstanceOf(InvalidGrade.class)
        .hasMessage("grade.notSeconds");
    assertThatThrownBy(() -> Grade.parse("4-", GradingScale.SECONDS, 600))
        .isInstanceOf(InvalidGrade.class);
  }

  @Test
  void ranksOrderModifiersWithinAGrade() {
    assertThat(mrc("4-").rank()).isLessThan(mrc("4").rank());
    assertThat(mrc("4").rank()).isLessThan(mrc("4+").rank());
    assertThat(mrc("4+").rank()).isLessThan(mrc("5-").rank());
    assertThat(mrc("5-").rank()).isLessThan(mrc("5").rank());
  }

  @Test
  void displayUsesATrueMinusAndTypedGivesBackWhatOneTypes() {
    assertThat(mrc("4-").display()).isEqualTo("4\u2212");
    assertThat(mrc("4-").typed()).isEqualTo("4-");
    assertThat(mrc("3+").typed()).isEqualTo("3+");
    assertThat(mrc("NT").typed()).isEqualTo("NT");
  }
}
