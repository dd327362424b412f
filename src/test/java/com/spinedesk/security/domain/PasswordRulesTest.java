package com.spinedesk.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  @Test
  void acceptsALongPassphrase() {
    assertThat(PasswordRules.problemWith("correct horse battery", "fran")).isEmpty();
  }

  @Test
  void namesTheFirstBrokenRule() {
    assertThat(PasswordRules.problemWith(null, "fran")).contains("password.tooShort");
    assertThat(PasswordRules.problemWith("short1!", "fran")).contains("password.tooShort");
    assertThat(PasswordRules.problemWith("x".repeat(129) + "abc", "fran"))
        .contains("password.tooLong");
    assertThat(PasswordRules.problemWith("my name is FRAN ok", "fran"))
        .contains("password.containsUsername");
    assertThat(PasswordRules.problemWith("aaaaaaaaaaaaaaab", "fran"))
        .contains("password.tooSimple");
  }
}
