package com.spinedesk.charting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.platform.domain.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamAnalysisTest {
  static final MuscleTest HIP_FLEXION = graded("HIP_FLEXION", "L2");
  static final MuscleTest KNEE_EXTENSION = graded("KNEE_EXTENSION", "L3");
  static final MuscleTest DORSIFLEXION = graded("ANKLE_DORSIFLEXION", "L4");
  static final MuscleTest GREAT_TOE = graded("GREAT_TOE_EXTENSION", "L5");
  static final MuscleTest HIP_ABDUCTION = graded("HIP_ABDUCTION", "L5");
  static final MuscleTest PLANTARFLEXION = graded("ANKLE_PLANTARFLEXION", "S1");
  static final MuscleTest SORENSEN =
      new MuscleTest(
          "BIERING_SORENSEN", MuscleTest.Kind.TIMED, null, false, text("BS"), text("hold"), 600);

  private static MuscleTest graded(String code, String root) {
    return new MuscleTest(code, MuscleTest.Kind.GRADED, root, true, text(code), text(code), 0);
  }

  private static Text text(String s) {
    return new Text(s, s);
  }

  /** A full exam, every muscle 5/5 on both sides, with the given changes. */
  private static List<ExamAnalysis.Result> normalExamWith(ExamAnalysis.Result... changes) {
    List<ExamAnalysis.Result> results = new ArrayList<>();
    for (MuscleTest t :
        List.of(
            HIP_FLEXION, KNEE_EXTENSION, DORSIFLEXION, GREAT_TOE, HIP_ABDUCTION, PLANTARFLEXION)) {
      for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
        results.add(result(t, side, "5"));
      }
    }
    for (ExamAnalysis.Result change : changes) {
      results.removeIf(r -> r.test().equals(change.test()) && r.side() == change.side());
      results.add(change);
    }
    return results;
  }

  private static ExamAnalysis.Result result(MuscleTest test, Side side, String typed) {
    GradingScale scale = test.timed() ? GradingScale.SECONDS : GradingScale.MRC;
    return new ExamAnalysis.Result(test, side, Grade.parse(typed, scale, 600));
  }

  private static ExamAnalysis.Result kendall(MuscleTest test, Side side, String typed) {
    return new ExamAnalysis.Result(test, side, Grade.parse(typed, GradingScale.KENDALL, 600));
  }

  @Test
  void eachScaleHasItsOwnNormalAndTwoScalesAreNeverCompared() {
    // Left on MRC 5 (normal), right on Kendall 10 (normal): nothing weak, nothing uneven.
    ExamAnalysis bothNormal = ExamAnalysis.of(normalExamWith(kendall(GREAT_TOE, Side.RIGHT, "10")));
    assertThat(bothNormal.weak()).isEmpty();
    assertThat(bothNormal.asymmetries()).isEmpty();
    assertThat(bothNormal.mixedScales()).containsExactly(GREAT_TOE);
    assertThat(bothNormal.hasMixedScales("GREAT_TOE_EXTENSION")).isTrue();
    assertThat(bothNormal.suggestion().pattern()).isEqualTo(ExamAnalysis.Pattern.NONE);

    // A Kendall 5 is weak (normal is 10) even though an MRC 5 is not; still no L/R comparison.
    ExamAnalysis weakOnKendall =
        ExamAnalysis.of(normalExamWith(kendall(GREAT_TOE, Side.RIGHT, "5")));
    assertThat(weakOnKendall.weak())
        .singleElement()
        .satisfies(w -> assertThat(w.grade().scale()).isEqualTo(GradingScale.KENDALL));
    assertThat(weakOnKendall.asymmetries()).isEmpty();
    assertThat(weakOnKendall.suggestion().roots()).containsExactly("L5");
  }

  @Test
  void fivesOnBothScalesNeverSuggestWeaknessOnBothSides() {
    // The reported bug: MRC 5s re-read as Kendall made every muscle "weak 5/10" on both sides.
    List<ExamAnalysis.Result> mrcFives = normalExamWith();
    ExamAnalysis analysis = ExamAnalysis.of(mrcFives);
    assertThat(analysis.weak()).isEmpty();
    assertThat(analysis.facts()).doesNotContain(ExamAnalysis.BILATERAL_WEAKNESS);
  }

  @Test
  void aNormalExamShowsNothing() {
    ExamAnalysis analysis = ExamAnalysis.of(normalExamWith(result(SORENSEN, Side.NONE, "90")));
    assertThat(analysis.weak()).isEmpty();
    assertThat(analysis.asymmetries()).isEmpty();
    assertThat(analysis.suggestion().pattern()).isEqualTo(ExamAnalysis.Pattern.NONE);
    assertThat(analysis.facts()).isEmpty();
    assertThat(analysis.hasFindings()).isFalse();
  }

  @Test
  void aWeakRightGreatToeSuggestsTheRightL5Root() {
    ExamAnalysis analysis = ExamAnalysis.of(normalExamWith(result(GREAT_TOE, Side.RIGHT, "4")));

    assertThat(analysis.weak())
        .singleElement()
        .satisfies(w -> assertThat(w.test()).isEqualTo(GREAT_TOE));
    assertThat(analysis.isWeak("GREAT_TOE_EXTENSION", Side.RIGHT)).isTrue();
    assertThat(analysis.isWeak("GREAT_TOE_EXTENSION", Side.LEFT)).isFalse();
    assertThat(analysis.asymmetries())
        .singleElement()
        .satisfies(a -> assertThat(a.weaker()).isEqualTo(Side.RIGHT));
    assertThat(analysis.suggestion())
        .isEqualTo(
            new ExamAnalysis.Suggestion(
                ExamAnalysis.Pattern.SINGLE_ROOT, Side.RIGHT, List.of("L5")));
    assertThat(analysis.facts()).containsExactly(ExamAnalysis.SINGLE_ROOT_WEAKNESS);
  }

  @Test
  void twoWeakMusclesOfOneMyotomeStillFitOneRoot() {
    ExamAnalysis analysis =
        ExamAnalysis.of(
            normalExamWith(
                result(GREAT_TOE, Side.LEFT, "3"), result(HIP_ABDUCTION, Side.LEFT, "4+")));
    assertThat(analysis.suggestion().pattern()).isEqualTo(ExamAnalysis.Pattern.SINGLE_ROOT);
    assertThat(analysis.suggestion().roots()).containsExactly("L5");
    assertThat(analysis.suggestion().side()).isEqualTo(Side.LEFT);
  }

  @Test
  void weaknessAcrossRootsOnOneSideIsNotExplainedByOneRoot() {
    ExamAnalysis analysis =
        ExamAnalysis.of(
            normalExamWith(
                result(GREAT_TOE, Side.RIGHT, "4"), result(DORSIFLEXION, Side.RIGHT, "4-")));
    assertThat(analysis.suggestion())
        .isEqualTo(
            new ExamAnalysis.Suggestion(
                ExamAnalysis.Pattern.SEVERAL_ROOTS, Side.RIGHT, List.of("L4", "L5")));
    assertThat(analysis.facts()).containsExactly(ExamAnalysis.MULTILEVEL_WEAKNESS);
  }

  @Test
  void weaknessOnBothSidesPointsToACentralCause() {
    ExamAnalysis analysis =
        ExamAnalysis.of(
            normalExamWith(
                result(PLANTARFLEXION, Side.LEFT, "4"), result(GREAT_TOE, Side.RIGHT, "4")));
    assertThat(analysis.suggestion().pattern()).isEqualTo(ExamAnalysis.Pattern.BOTH_SIDES);
    assertThat(analysis.suggestion().roots()).containsExactly("L5", "S1");
    assertThat(analysis.facts()).containsExactly(ExamAnalysis.BILATERAL_WEAKNESS);
  }

  @Test
  void aSymmetricWeaknessIsWeakButNotUneven() {
    ExamAnalysis analysis =
        ExamAnalysis.of(
            normalExamWith(
                result(KNEE_EXTENSION, Side.LEFT, "4"), result(KNEE_EXTENSION, Side.RIGHT, "4")));
    assertThat(analysis.weak()).hasSize(2);
    assertThat(analysis.asymmetries()).isEmpty();
    assertThat(analysis.isAsymmetric("KNEE_EXTENSION")).isFalse();
  }

  @Test
  void aModifierIsAlreadyADifference() {
    ExamAnalysis analysis =
        ExamAnalysis.of(
            normalExamWith(
                result(HIP_FLEXION, Side.LEFT, "4+"), result(HIP_FLEXION, Side.RIGHT, "4")));
    assertThat(analysis.asymmetries())
        .singleElement()
        .satisfies(a -> assertThat(a.weaker()).isEqualTo(Side.RIGHT));
  }

  @Test
  void notTestableAndOtherScalesAreNeverComparedOrCalledWeak() {
    ExamAnalysis analysis =
        ExamAnalysis.of(
            normalExamWith(
                result(GREAT_TOE, Side.LEFT, "NT"),
                new ExamAnalysis.Result(
                    KNEE_EXTENSION, Side.LEFT, Grade.parse("10", GradingScale.KENDALL, 0))));
    assertThat(analysis.weak()).isEmpty();
    assertThat(analysis.asymmetries()).isEmpty();
    assertThat(analysis.suggestion().pattern()).isEqualTo(ExamAnalysis.Pattern.NONE);
  }

  @Test
  void kendallWeaknessCountsOnItsOwnScale() {
    ExamAnalysis analysis =
        ExamAnalysis.of(
            List.of(
                new ExamAnalysis.Result(
                    GREAT_TOE, Side.LEFT, Grade.parse("10", GradingScale.KENDALL, 0)),
                new ExamAnalysis.Result(
                    GREAT_TOE, Side.RIGHT, Grade.parse("7", GradingScale.KENDALL, 0))));
    assertThat(analysis.suggestion().pattern()).isEqualTo(ExamAnalysis.Pattern.SINGLE_ROOT);
    assertThat(analysis.asymmetries()).hasSize(1);
  }
}
