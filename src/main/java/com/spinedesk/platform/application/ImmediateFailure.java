package com.spinedesk.platform.application;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a query whose connection failed three times, five seconds apart: during a
 * database outage every page would hang for ten seconds before saying so. The pool already checks
 * each connection before lending it and replaces dead ones (SchemaMigration), so a failure here
 * means the database is really unreachable, and the person is told at once (503). Registered in
 * persistence.xml.
 */
public class ImmediateFailure implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(0);
    session.getLogin().setDelayBetweenConnectionAttempts(0);
  }
}
