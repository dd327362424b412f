package com.spinedesk.security.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.security.domain.SignInPolicy;
import com.spinedesk.security.domain.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The database side of {@link SignIn}, each step its own short transaction: reading the account,
 * and recording what became of an attempt with its audit entry. The sign-in counters change in
 * single statements under the account row's lock and never raise the account's version, so
 * simultaneous attempts each count and an administrator editing the account is not told it changed
 * meanwhile. A statement's time is sent as a {@link Timestamp}, which the driver writes in the
 * connection's time zone (UTC), as JPA writes the entity's instants.
 */
@Stateless
@PermitAll
public class SignInRecords {
  static final String UNKNOWN_USER = "unknown user";
  private static final String RECORD_TYPE = "USER";
  private static final Logger LOG = Logger.getLogger(SignInRecords.class.getName());

  /** What {@link SignIn} needs of an account, read once at the start of an attempt. */
  public record Account(
      long id,
      String username,
      String passwordHash,
      boolean active,
      Instant lockedUntil,
      Set<String> roles) {

    boolean lockedAt(Instant now) {
      return lockedUntil != null && lockedUntil.isAfter(now);
    }
  }

  /** What counting a failure did. */
  public enum Failure {
    COUNTED,
    LOCKED_NOW,
    LOCKED_ALREADY
  }

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;

  public Account account(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(
            u ->
                new Account(
                    u.getId(),
                    u.getUsername(),
                    u.getPasswordHash(),
                    u.isActive(),
                    u.getLockedUntil(),
                    Set.copyOf(u.getRoles())))
        .orElse(null);
  }

  public void unknownUser() {
    // Not the name typed: a password typed in the wrong box would land in the log.
    audit.recordAs(UNKNOWN_USER, AuditAction.SIGN_IN_FAILED, RECORD_TYPE, null, "unknown user");
    LOG.warning("Failed sign-in for an unknown user name");
  }

  public void lockedOut(Account account) {
    audit.recordAs(
        account.username(), AuditAction.SIGN_IN_FAILED, RECORD_TYPE, account.id(), "locked");
    LOG.warning(() -> "Sign-in refused: account " + account.username() + " is locked");
  }

  /**
   * Records a correct sign-in; false when the account was locked while the password was checked.
   */
  public boolean signedIn(Account account, Instant now) {
    if (update(UserAccount.SIGNED_IN, account, now) == 0) {
      lockedOut(account);
      return false;
    }
    audit.recordAs(account.username(), AuditAction.SIGN_IN, RECORD_TYPE, account.id(), null);
    return true;
  }

  /** Counts a failed attempt and locks the account at the policy's limit. */
  public Failure failed(Account account, String reason, Instant now) {
    if (update(UserAccount.COUNT_FAILURE, account, now) == 0) {
      lockedOut(account);
      return Failure.LOCKED_ALREADY;
    }
    audit.recordAs(
        account.username(), AuditAction.SIGN_IN_FAILED, RECORD_TYPE, account.id(), reason);
    LOG.warning(() -> "Failed sign-in for " + account.username() + " (" + reason + ")");
    int failures =
        em.createNamedQuery(UserAccount.FAILURES, Integer.class)
            .setParameter("id", account.id())
            .getSingleResult();
    if (!SignInPolicy.locks(failures)) {
      return Failure.COUNTED;
    }
    em.createNamedQuery(UserAccount.LOCK)
        .setParameter(1, account.id())
        .setParameter(2, Timestamp.from(now.plus(SignInPolicy.LOCK_DURATION)))
        .executeUpdate();
    audit.recordAs(account.username(), AuditAction.ACCOUNT_LOCKED, RECORD_TYPE, account.id(), null);
    LOG.warning(() -> "Account " + account.username() + " locked after repeated failed sign-ins");
    return Failure.LOCKED_NOW;
  }

  public void signedOut(String username) {
    audit.recordAs(username, AuditAction.SIGN_OUT, RECORD_TYPE, null, null);
  }

  private int update(String namedQuery, Account account, Instant now) {
    return em.createNamedQuery(namedQuery)
        .setParameter(1, account.id())
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
  }
}
