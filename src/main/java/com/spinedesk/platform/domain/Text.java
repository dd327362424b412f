package com.spinedesk.platform.domain;

import java.io.Serializable;

/** A text in every language patients can choose; definitions must give both. */
public record Text(String en, String es) implements Serializable {

  /**
   * The text in that language, or the English one where the translation is missing, so a screen
   * never shows an empty label.
   */
  public String in(Language language) {
    String preferred = language == Language.ES ? es : en;
    if (preferred != null && !preferred.isBlank()) {
      return preferred;
    }
    return en != null && !en.isBlank() ? en : es;
  }
}
