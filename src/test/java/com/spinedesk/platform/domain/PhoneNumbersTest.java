package com.spinedesk.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  @Test
  void acceptsNumbersAsPeopleTypeThem() {
    assertThat(PhoneNumbers.isPlausible("(555) 201-3344")).isTrue();
    assertThat(PhoneNumbers.isPlausible("+34 912 345 678")).isTrue();
    assertThat(PhoneNumbers.isPlausible("555.201.3344")).isTrue();
    assertThat(PhoneNumbers.isPlausible("2013344")).isTrue();
  }

  @Test
  void refusesLettersTooFewOrTooManyDigits() {
    assertThat(PhoneNumbers.isPlausible("555-CALL-NOW")).isFalse();
    assertThat(PhoneNumbers.isPlausible("12345")).isFalse();
    assertThat(PhoneNumbers.isPlausible("1234567890123456")).isFalse();
    assertThat(PhoneNumbers.isPlausible("555 201 3344 <b>")).isFalse();
  }

  @Test
  void keepsOnlyDigits() {
    assertThat(PhoneNumbers.digitsOf("+1 (555) 201-3344")).isEqualTo("15552013344");
    assertThat(PhoneNumbers.digitsOf(null)).isEmpty();
  }
}
