package com.spinedesk.platform.domain;

import java.util.Locale;

/** The languages SpineDesk speaks to patients in: questionnaires and printed sheets. */
public enum Language {
  EN(Locale.ENGLISH),
  ES(Locale.forLanguageTag("es"));

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** The language of a locale SpineDesk speaks: Spanish for any Spanish locale, else English. */
  public static Language of(Locale locale) {
    return "es".equals(locale.getLanguage()) ? ES : EN;
  }
}
