package com.spinedesk.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.platform.domain.Roles;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void theFifthFailureInARowLocks() {
    for (int failures = 1; failures < SignInPolicy.MAX_FAILURES; failures++) {
      assertThat(SignInPolicy.locks(failures)).isFalse();
    }
    assertThat(SignInPolicy.locks(SignInPolicy.MAX_FAILURES)).isTrue();
    assertThat(SignInPolicy.locks(SignInPolicy.MAX_FAILURES + 3)).isTrue();
  }

  @Test
  void aNewAccountIsNeitherLockedNorCounting() {
    UserAccount user = new UserAccount("fran", "Fran", Set.of(Roles.FRONT_DESK));
    assertThat(user.isLockedAt(NOW)).isFalse();
    assertThat(user.getFailedLogins()).isZero();
  }
}
