package com.spinedesk.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CodeGuessingTest {
  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

  @Test
  void aGuesserIsStoppedButEveryOtherTabletGoesOn() {
    CodeGuessing guessing = new CodeGuessing();
    for (int i = 0; i < CodeGuessing.PER_CLIENT - 1; i++) {
      guessing.failed("10.0.0.66", NOW);
    }
    assertThat(guessing.refuses("10.0.0.66", NOW)).isFalse();
    guessing.failed("10.0.0.66", NOW);

    assertThat(guessing.refuses("10.0.0.66", NOW)).isTrue();
    assertThat(guessing.refuses("10.0.0.21", NOW)).isFalse();
  }

  @Test
  void wrongCodesAreForgottenAfterAMinute() {
    CodeGuessing guessing = new CodeGuessing();
    for (int i = 0; i < CodeGuessing.PER_CLIENT; i++) {
      guessing.failed("10.0.0.66", NOW);
    }
    assertThat(guessing.refuses("10.0.0.66", NOW.plus(CodeGuessing.WINDOW).minusSeconds(1)))
        .isTrue();
    assertThat(guessing.refuses("10.0.0.66", NOW.plus(CodeGuessing.WINDOW).plusSeconds(1)))
        .isFalse();
  }

  @Test
  void guessingFromManyAddressesHoldsUpOnlyThoseWhoJustTypedAWrongCode() {
    CodeGuessing guessing = new CodeGuessing();
    for (int i = 0; i < CodeGuessing.CLINIC_WIDE; i++) {
      guessing.failed("192.168.7." + i, NOW);
    }
    guessing.failed("10.0.0.21", NOW);

    assertThat(guessing.clinicWide()).isTrue();
    assertThat(guessing.refuses("192.168.7.3", NOW)).isTrue();
    assertThat(guessing.refuses("10.0.0.21", NOW)).as("a slip during an attack waits").isTrue();
    assertThat(guessing.refuses("10.0.0.22", NOW)).as("a tablet without a slip").isFalse();
  }

  @Test
  void memoryStaysBoundedWhateverTheNumberOfAddresses() {
    CodeGuessing guessing = new CodeGuessing();
    for (int i = 0; i < CodeGuessing.MAX_CLIENTS + 500; i++) {
      guessing.failed("client-" + i, NOW);
    }
    assertThat(guessing.refuses("client-" + (CodeGuessing.MAX_CLIENTS + 499), NOW)).isTrue();
    assertThat(guessing.refuses("client-0", NOW.plusSeconds(1))).isFalse();
  }
}
