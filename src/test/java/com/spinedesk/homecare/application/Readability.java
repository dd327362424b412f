package com.spinedesk.homecare.application;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readability formulas for the plain-language checks of printed wording: Flesch–Kincaid grade level
 * for English (a US school grade) and the Fernández-Huerta index for Spanish (0–100; 70–80 reads
 * "fairly easy", about US grade 7). Syllables are counted by vowel groups with the usual
 * corrections (silent final e in English, hiatus in Spanish); good enough to keep a text honest.
 */
final class Readability {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]+(\\s|$)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  private Readability() {}

  /** The Flesch–Kincaid grade of English text. */
  static double fleschKincaidGrade(String text) {
    Counts c = counts(text, Readability::englishSyllables);
    return 0.39 * c.words / c.sentences + 11.8 * c.syllables / c.words - 15.59;
  }

  /** The Fernández-Huerta readability of Spanish text (higher is easier). */
  static double fernandezHuerta(String text) {
    Counts c = counts(text, Readability::spanishSyllables);
    double syllablesPer100 = 100.0 * c.syllables / c.words;
    double sentencesPer100 = 100.0 * c.sentences / c.words;
    return 206.84 - 0.60 * syllablesPer100 - 1.02 * sentencesPer100;
  }

  private record Counts(int sentences, int words, int syllables) {}

  private static Counts counts(String text, java.util.function.ToIntFunction<String> syllables) {
    int sentences = 0;
    int words = 0;
    int syllableCount = 0;
    // Every line of a sheet is a sentence or a heading; count both as sentences.
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int ends = (int) SENTENCE_END.matcher(line.strip()).results().count();
      sentences += Math.max(1, ends);
      Matcher m = WORD.matcher(line);
      while (m.find()) {
        words++;
        syllableCount += syllables.applyAsInt(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return new Counts(sentences, words, syllableCount);
  }

  static int englishSyllables(String word) {
    String w = word.replace("'", "");
    if (w.length() <= 3) {
      return 1;
    }
    w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
    int groups = (int) Pattern.compile("[aeiouy]+").matcher(w).results().count();
    return Math.max(1, groups);
  }

  static int spanishSyllables(String word) {
    int syllables = 0;
    for (String group : word.replace("ü", "u").split("[^aeiouáéíóú]+")) {
      if (group.isEmpty()) {
        continue;
      }
      // Strong vowels (a, e, o) and accented weak ones (í, ú) each open a syllable; unaccented
      // weak vowels (i, u) join their neighbours in a diphthong.
      int open = (int) group.chars().filter(ch -> "aeoáéóíú".indexOf(ch) >= 0).count();
      syllables += Math.max(1, open);
    }
    return Math.max(1, syllables);
  }
}
