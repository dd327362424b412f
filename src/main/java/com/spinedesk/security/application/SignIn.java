package com.spinedesk.security.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.security.domain.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a user name and password, counts failures, locks an account after too many, and writes
 * every attempt to the audit log. Passwords never reach a log.
 */
@Stateless
@PermitAll
public class SignIn {
  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());
  private static final String RECORD_TYPE = "USER";

  /** What became of an attempt. */
  public enum Outcome {
    SIGNED_IN,
    REFUSED,
    LOCKED
  }

  /** The outcome and, when signed in, the roles the person holds. */
  public record Result(Outcome outcome, String username, Set<String> roles) {}

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;
  @EJB private AuditLog audit;

  public Result attempt(String username, char[] password) {
    String name = username == null ? "" : username.trim().toLowerCase();
    UserAccount user =
        em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
            .setParameter("username", name)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Instant now = Instant.now();
    if (user == null) {
      hasher.spendTimeOfOneCheck(password);
      audit.recordAs(shorten(name), AuditAction.SIGN_IN_FAILED, RECORD_TYPE, null, "unknown user");
      LOG.warning("Failed sign-in for an unknown user name");
      return new Result(Outcome.REFUSED, name, Set.of());
    }
    if (user.isLockedAt(now)) {
      hasher.spendTimeOfOneCheck(password);
      audit.recordAs(name, AuditAction.SIGN_IN_FAILED, RECORD_TYPE, user.getId(), "locked");
      LOG.warning(() -> "Sign-in refused: account " + name + " is locked");
      return new Result(Outcome.LOCKED, name, Set.of());
    }
    if (!hasher.matches(password, user.getPasswordHash()) || !user.isActive()) {
      boolean lockedNow = user.recordFailedSignIn(now);
      String reason = user.isActive() ? "wrong password" : "account deactivated";
      audit.recordAs(name, AuditAction.SIGN_IN_FAILED, RECORD_TYPE, user.getId(), reason);
      LOG.warning(() -> "Failed sign-in for " + name + " (" + reason + ")");
      if (lockedNow) {
        audit.recordAs(name, AuditAction.ACCOUNT_LOCKED, RECORD_TYPE, user.getId(), null);
        LOG.warning(() -> "Account " + name + " locked after repeated failed sign-ins");
        return new Result(Outcome.LOCKED, name, Set.of());
      }
      return new Result(Outcome.REFUSED, name, Set.of());
    }
    user.recordSuccessfulSignIn(now);
    audit.recordAs(name, AuditAction.SIGN_IN, RECORD_TYPE, user.getId(), null);
    return new Result(Outcome.SIGNED_IN, name, Set.copyOf(user.getRoles()));
  }

  /** Records a sign-out by the current caller. */
  public void signedOut(String username) {
    audit.recordAs(username, AuditAction.SIGN_OUT, RECORD_TYPE, null, null);
  }

  private static String shorten(String name) {
    return name.length() <= 64 ? name : name.substring(0, 64);
  }
}
