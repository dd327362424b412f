package com.spinedesk.security.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;

/**
 * Checks a user name and password, counts failures, locks an account after too many, and writes
 * every attempt to the audit log ({@link SignInRecords}). Passwords never reach a log.
 *
 * <p>The password check itself (PBKDF2, a deliberate tenth of a second of work) runs outside any
 * transaction, so a morning's burst of sign-ins does not hold the database connections that
 * everyone else's pages need while the processor hashes.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignIn {

  /** The actor of an attempt whose user name matches no account. */
  public static final String UNKNOWN_USER = SignInRecords.UNKNOWN_USER;

  /** What became of an attempt. */
  public enum Outcome {
    SIGNED_IN,
    REFUSED,
    LOCKED
  }

  /** The outcome and, when signed in, the roles the person holds. */
  public record Result(Outcome outcome, String username, Set<String> roles) {}

  @Inject private PasswordHasher hasher;
  @EJB private SignInRecords records;

  /**
   * Checks one attempt. Every failure is counted and audited, also when many arrive at once for one
   * account: the counter changes in single statements under the row's lock, so the fifth failure
   * locks whatever the interleaving, and attempts that were checked while it locked are refused. A
   * correct password never fails because another attempt on the account ran at the same time.
   */
  public Result attempt(String username, char[] password) {
    String name = username == null ? "" : username.trim().toLowerCase();
    SignInRecords.Account account = records.account(name);
    Instant now = Instant.now();
    if (account == null) {
      hasher.spendTimeOfOneCheck(password);
      records.unknownUser();
      return new Result(Outcome.REFUSED, name, Set.of());
    }
    if (account.lockedAt(now)) {
      hasher.spendTimeOfOneCheck(password);
      records.lockedOut(account);
      return new Result(Outcome.LOCKED, name, Set.of());
    }
    if (hasher.matches(password, account.passwordHash()) && account.active()) {
      return records.signedIn(account, now)
          ? new Result(Outcome.SIGNED_IN, name, account.roles())
          : new Result(Outcome.LOCKED, name, Set.of());
    }
    return switch (records.failed(
        account, account.active() ? "wrong password" : "account deactivated", now)) {
      case LOCKED_NOW, LOCKED_ALREADY -> new Result(Outcome.LOCKED, name, Set.of());
      case COUNTED -> new Result(Outcome.REFUSED, name, Set.of());
    };
  }

  /** Records a sign-out by the current caller. */
  public void signedOut(String username) {
    records.signedOut(username);
  }
}
