package com.spinedesk.security.domain;

import java.time.Duration;

/**
 * How SpineDesk answers password guessing: after {@link #MAX_FAILURES} failures in a row the
 * account is locked for {@link #LOCK_DURATION}; an administrator can unlock it sooner.
 */
public final class SignInPolicy {
  public static final int MAX_FAILURES = 5;
  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  private SignInPolicy() {}

  /** Whether the failure that brought the count of failures in a row to {@code failures} locks. */
  public static boolean locks(int failures) {
    return failures >= MAX_FAILURES;
  }
}
