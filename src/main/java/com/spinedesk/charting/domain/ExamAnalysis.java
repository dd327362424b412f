package com.spinedesk.charting.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an exam shows at a glance: every weak result, every left/right difference, and the pattern
 * of the weakness — one root on one side (the root level it suggests), several roots on one side,
 * or both sides. The pattern is a suggestion for the clinician to weigh, never a diagnosis.
 */
public record ExamAnalysis(
    List<Result> weak,
    List<Asymmetry> asymmetries,
    Suggestion suggestion,
    List<MuscleTest> mixedScales)
    implements Serializable {

  public static final String BILATERAL_WEAKNESS = "EXAM:BILATERAL_WEAKNESS";
  public static final String MULTILEVEL_WEAKNESS = "EXAM:MULTILEVEL_WEAKNESS";
  public static final String SINGLE_ROOT_WEAKNESS = "EXAM:SINGLE_ROOT_WEAKNESS";

  /** Every fact {@link #facts()} can give, for checking rules that refer to them. */
  public static final Set<String> FACTS =
      Set.of(BILATERAL_WEAKNESS, MULTILEVEL_WEAKNESS, SINGLE_ROOT_WEAKNESS);

  /** One test on one side with its grade. */
  public record Result(MuscleTest test, Side side, Grade grade) implements Serializable {}

  /** A muscle graded differently on the two sides (same scale). */
  public record Asymmetry(MuscleTest test, Grade left, Grade right) implements Serializable {
    public Side weaker() {
      return left.rank() < right.rank() ? Side.LEFT : Side.RIGHT;
    }
  }

  /** The pattern of weakness in muscles that belong to a nerve root's myotome. */
  public enum Pattern {
    NONE,
    /** Weakness on one side, all in one root's myotome: suggests that root. */
    SINGLE_ROOT,
    /** Weakness on one side across several roots: one root does not explain it. */
    SEVERAL_ROOTS,
    /** Weakness on both sides: think of a central cause such as cauda equina. */
    BOTH_SIDES
  }

  /**
   * @param side the weak side for one-sided patterns, NONE otherwise
   * @param roots the roots whose myotomes are weak, in order (L2 … S1)
   */
  public record Suggestion(Pattern pattern, Side side, List<String> roots) implements Serializable {
    static final Suggestion NONE = new Suggestion(Pattern.NONE, Side.NONE, List.of());
  }

  public static ExamAnalysis of(List<Result> results) {
    List<Result> weak = results.stream().filter(r -> r.grade().weak()).toList();
    List<Asymmetry> asymmetries = new ArrayList<>();
    List<MuscleTest> mixed = new ArrayList<>();
    for (Result left : results) {
      if (left.side() != Side.LEFT) {
        continue;
      }
      Result right =
          results.stream()
              .filter(r -> r.side() == Side.RIGHT && r.test().code().equals(left.test().code()))
              .findFirst()
              .orElse(null);
      if (right == null || left.grade().notTestable() || right.grade().notTestable()) {
        continue;
      }
      if (left.grade().scale() != right.grade().scale()) {
        // An MRC 4 and a Kendall 8 are not compared: the row says so instead.
        mixed.add(left.test());
      } else if (left.grade().rank() != right.grade().rank()) {
        asymmetries.add(new Asymmetry(left.test(), left.grade(), right.grade()));
      }
    }
    return new ExamAnalysis(weak, asymmetries, suggest(weak), mixed);
  }

  private static Suggestion suggest(List<Result> weak) {
    Map<Side, Set<String>> rootsBySide = new EnumMap<>(Side.class);
    for (Result r : weak) {
      if (r.test().root() != null) {
        rootsBySide.computeIfAbsent(r.side(), s -> new TreeSet<>()).add(r.test().root());
      }
    }
    if (rootsBySide.isEmpty()) {
      return Suggestion.NONE;
    }
    if (rootsBySide.size() > 1) {
      Set<String> all = new TreeSet<>();
      rootsBySide.values().forEach(all::addAll);
      return new Suggestion(Pattern.BOTH_SIDES, Side.NONE, List.copyOf(all));
    }
    Map.Entry<Side, Set<String>> only = rootsBySide.entrySet().iterator().next();
    return new Suggestion(
        only.getValue().size() == 1 ? Pattern.SINGLE_ROOT : Pattern.SEVERAL_ROOTS,
        only.getKey(),
        List.copyOf(only.getValue()));
  }

  public boolean isWeak(String testCode, Side side) {
    return weak.stream().anyMatch(r -> r.test().code().equals(testCode) && r.side() == side);
  }

  /** Whether the two sides of a test were graded on different scales (and so not compared). */
  public boolean hasMixedScales(String testCode) {
    return mixedScales.stream().anyMatch(t -> t.code().equals(testCode));
  }

  public boolean isAsymmetric(String testCode) {
    return asymmetries.stream().anyMatch(a -> a.test().code().equals(testCode));
  }

  /**
   * What the exam adds to the facts imaging guidance is matched against: {@code
   * EXAM:BILATERAL_WEAKNESS}, {@code EXAM:MULTILEVEL_WEAKNESS} or {@code
   * EXAM:SINGLE_ROOT_WEAKNESS}.
   */
  public Set<String> facts() {
    Set<String> facts = new LinkedHashSet<>();
    switch (suggestion.pattern()) {
      case BOTH_SIDES -> facts.add(BILATERAL_WEAKNESS);
      case SEVERAL_ROOTS -> facts.add(MULTILEVEL_WEAKNESS);
      case SINGLE_ROOT -> facts.add(SINGLE_ROOT_WEAKNESS);
      case NONE -> {
        // nothing to add
      }
    }
    return facts;
  }

  public boolean hasFindings() {
    return !weak.isEmpty()
        || !asymmetries.isEmpty()
        || !mixedScales.isEmpty()
        || suggestion.pattern() != Pattern.NONE;
  }
}
