package com.spinedesk.testsupport;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.function.Executable;

/** Assertions about why a service call failed, whatever wrappers the container added. */
public final class Failures {

  private Failures() {}

  /** Asserts the call fails with the given cause somewhere in its chain, and returns that cause. */
  public static <T extends Throwable> T failsWith(Class<T> cause, Executable call) {
    Throwable failure = assertThrows(Throwable.class, call);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (cause.isInstance(t)) {
        return cause.cast(t);
      }
    }
    fail("Expected " + cause.getSimpleName() + " but got " + failure);
    return null;
  }
}
