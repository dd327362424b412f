package com.spinedesk.security.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Roles;
import com.spinedesk.security.domain.PasswordRules;
import com.spinedesk.security.domain.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Administrators create accounts, reset passwords, unlock and deactivate them. Accounts are never
 * deleted: the audit log keeps naming the people who acted.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserAdministration {
  private static final String RECORD_TYPE = "USER";

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;
  @EJB private AuditLog audit;
  @Resource private SessionContext session;

  public List<UserAccount> allAccounts() {
    return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .getResultList();
  }

  public UserAccount create(@NotNull @Valid UserAccount account, char[] initialPassword) {
    if (!em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", account.getUsername())
        .getResultList()
        .isEmpty()) {
      throw RequestRefused.onField("username", "user.usernameTaken", account.getUsername());
    }
    checkRoles(account.getRoles());
    checkPassword(initialPassword, account.getUsername());
    account.setPasswordHash(hasher.hash(initialPassword));
    account.changedBy(actor(), Instant.now());
    em.persist(account);
    em.flush();
    audit.record(AuditAction.CREATE, RECORD_TYPE, account.getId(), "roles " + account.getRoles());
    return account;
  }

  /** Changes name and roles; refused if someone else changed the account since it was read. */
  public UserAccount update(long userId, long expectedVersion, String fullName, Set<String> roles) {
    UserAccount account = current(userId, expectedVersion);
    checkRoles(roles);
    if (!roles.contains(Roles.ADMIN) && isSelf(account)) {
      throw RequestRefused.onField("roles", "user.cannotDropOwnAdmin");
    }
    account.setFullName(fullName);
    account.setRoles(roles);
    account.changedBy(actor(), Instant.now());
    audit.record(AuditAction.UPDATE, RECORD_TYPE, userId, "roles " + roles);
    return account;
  }

  public UserAccount resetPassword(long userId, long expectedVersion, char[] newPassword) {
    UserAccount account = current(userId, expectedVersion);
    checkPassword(newPassword, account.getUsername());
    account.setPasswordHash(hasher.hash(newPassword));
    account.unlock();
    account.changedBy(actor(), Instant.now());
    audit.record(AuditAction.PASSWORD_RESET, RECORD_TYPE, userId, null);
    return account;
  }

  public UserAccount setActive(long userId, long expectedVersion, boolean active) {
    UserAccount account = current(userId, expectedVersion);
    if (!active && isSelf(account)) {
      throw new RequestRefused("user.cannotDeactivateSelf");
    }
    account.setActive(active);
    account.changedBy(actor(), Instant.now());
    audit.record(
        active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE, RECORD_TYPE, userId, null);
    return account;
  }

  public UserAccount unlock(long userId, long expectedVersion) {
    UserAccount account = current(userId, expectedVersion);
    account.unlock();
    account.changedBy(actor(), Instant.now());
    audit.record(AuditAction.UNLOCK, RECORD_TYPE, userId, null);
    return account;
  }

  private UserAccount current(long userId, long expectedVersion) {
    UserAccount account = em.find(UserAccount.class, userId);
    if (account == null) {
      throw new RequestRefused("record.notFound");
    }
    if (account.getVersion() != expectedVersion) {
      throw new ConcurrentChange(account.getUpdatedBy(), account.getUpdatedAt());
    }
    return account;
  }

  private void checkRoles(Set<String> roles) {
    if (roles == null || roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
      throw RequestRefused.onField("roles", "user.rolesRequired");
    }
  }

  private static void checkPassword(char[] password, String username) {
    PasswordRules.problemWith(password == null ? null : new String(password), username)
        .ifPresent(
            key -> {
              throw RequestRefused.onField(
                  "password", key, PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH);
            });
  }

  private boolean isSelf(UserAccount account) {
    return account.getUsername().equals(actor());
  }

  private String actor() {
    return session.getCallerPrincipal().getName();
  }
}
