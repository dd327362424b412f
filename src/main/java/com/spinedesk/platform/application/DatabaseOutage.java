package com.spinedesk.platform.application;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises a failure that means "the database cannot be reached right now" (down, restarting, or
 * every connection busy) rather than a fault of the request: the person is told the service is
 * briefly unavailable and to try again, instead of seeing an error.
 */
public final class DatabaseOutage {
  /** Payara's pool reports a connection it could not make or lend with these. */
  private static final Set<String> POOL_FAILURES =
      Set.of(
          "jakarta.resource.spi.ResourceAllocationException",
          "com.sun.appserv.connectors.internal.api.PoolingException");

  private DatabaseOutage() {}

  /** Whether anything in the chain of causes says the database is unreachable. */
  public static boolean isCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || POOL_FAILURES.contains(t.getClass().getName())) {
        return true;
      }
      // SQLSTATE class 08: connection exception.
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }
}
