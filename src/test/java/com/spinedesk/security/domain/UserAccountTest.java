package com.spinedesk.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void locksAfterTheFifthFailureInARowForFifteenMinutes() {
    UserAccount user = new UserAccount("fran", "Fran", Set.of(Roles.FRONT_DESK));
    for (int i = 1; i < SignInPolicy.MAX_FAILURES; i++) {
      assertThat(user.recordFailedSignIn(NOW)).isFalse();
      assertThat(user.isLockedAt(NOW)).isFalse();
    }
    assertThat(user.recordFailedSignIn(NOW)).isTrue();
    assertThat(user.isLockedAt(NOW.plusSeconds(14 * 60))).isTrue();
    assertThat(user.isLockedAt(NOW.plus(SignInPolicy.LOCK_DURATION))).isFalse();
  }

  @Test
  void successfulSignInForgetsEarlierFailures() {
    UserAccount user = new UserAccount("fran", "Fran", Set.of(Roles.FRONT_DESK));
    for (int i = 1; i < SignInPolicy.MAX_FAILURES; i++) {
      user.recordFailedSignIn(NOW);
    }
    user.recordSuccessfulSignIn(NOW);
    assertThat(user.recordFailedSignIn(NOW)).isFalse();
    assertThat(user.getLastLoginAt()).isEqualTo(NOW);
  }

  @Test
  void unlockEndsALockAtOnce() {
    UserAccount user = new UserAccount("fran", "Fran", Set.of(Roles.FRONT_DESK));
    for (int i = 0; i < SignInPolicy.MAX_FAILURES; i++) {
      user.recordFailedSignIn(NOW);
    }
    user.unlock();
    assertThat(user.isLockedAt(NOW)).isFalse();
  }
}
