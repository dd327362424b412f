package com.spinedesk.platform.domain;

/** Rules for telephone numbers typed by people. */
public final class PhoneNumbers {

  private PhoneNumbers() {}

  /** Only digits and {@code + ( ) - . space}, at most 30 characters, 7 to 15 digits. */
  public static boolean isPlausible(String value) {
    if (value.length() > 30 || !value.matches("\\+?[0-9()\\-. ]+")) {
      return false;
    }
    int digits = digitsOf(value).length();
    return digits >= 7 && digits <= 15;
  }

  /** The digits alone, which is what searches compare: "(555) 201-3344" becomes "5552013344". */
  public static String digitsOf(String value) {
    return value == null ? "" : value.replaceAll("[^0-9]", "");
  }
}
