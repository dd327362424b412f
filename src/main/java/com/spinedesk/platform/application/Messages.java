package com.spinedesk.platform.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The {@code messages} bundle in a given language: for documents printed by services (requisitions,
 * home-care sheets) in a language chosen by the caller, and for pages in the screen's language
 * (through {@code platform.web.Feedback}, OmniFaces' message resolver), so both format alike.
 */
public final class Messages {
  private final ResourceBundle bundle;

  private Messages(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  public static Messages in(Locale locale) {
    return new Messages(ResourceBundle.getBundle("messages", locale));
  }

  public Locale locale() {
    return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
  }

  public String text(String key, Object... arguments) {
    try {
      String pattern = bundle.getString(key);
      return arguments.length == 0
          ? pattern
          : new MessageFormat(pattern, locale()).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
