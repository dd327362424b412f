package com.spinedesk.security.domain;

import java.util.Optional;

/**
 * What a new password must satisfy. Length matters more than symbol rules (NIST SP 800-63B), so
 * SpineDesk asks for at least 12 characters, not the user name, and not only one repeated
 * character.
 */
public final class PasswordRules {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordRules() {}

  /** The message key of the first rule the password breaks, or empty when it is acceptable. */
  public static Optional<String> problemWith(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("password.tooLong");
    }
    if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
      return Optional.of("password.containsUsername");
    }
    if (password.chars().distinct().count() < 4) {
      return Optional.of("password.tooSimple");
    }
    return Optional.empty();
  }
}
