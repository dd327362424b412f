package com.spinedesk.security.domain;

import com.spinedesk.platform.domain.ChangeStamp;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A member of staff who signs in to SpineDesk. */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = UserAccount.BY_USERNAME,
    query = "select u from UserAccount u where u.username = :username")
// The sign-in counters change in single statements, not by reading the entity and writing it back:
// simultaneous attempts on one account then each count (the row lock orders them). They are SQL,
// not JPQL, because a JPQL update of a versioned entity raises its version, and an administrator
// editing the account would be told it changed meanwhile whenever its owner signed in.
@NamedNativeQuery(
    name = UserAccount.COUNT_FAILURE,
    query =
        "UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = ?1"
            + " AND (locked_until IS NULL OR locked_until <= ?2)")
@NamedQuery(
    name = UserAccount.FAILURES,
    query = "select u.failedLogins from UserAccount u where u.id = :id")
@NamedNativeQuery(
    name = UserAccount.LOCK,
    query = "UPDATE app_user SET failed_logins = 0, locked_until = ?2 WHERE id = ?1")
@NamedNativeQuery(
    name = UserAccount.SIGNED_IN,
    query =
        "UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = ?2"
            + " WHERE id = ?1 AND (locked_until IS NULL OR locked_until <= ?2)")
public class UserAccount {
  public static final String BY_USERNAME = "UserAccount.byUsername";
  public static final String COUNT_FAILURE = "UserAccount.countFailure";
  public static final String FAILURES = "UserAccount.failures";
  public static final String LOCK = "UserAccount.lock";
  public static final String SIGNED_IN = "UserAccount.signedIn";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(min = 3, max = 64, message = "{spinedesk.validation.usernameLength}")
  @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{spinedesk.validation.username}")
  @Column(nullable = false, updatable = false, length = 64)
  private String username;

  @NotBlank
  @Size(max = 120)
  @Pattern(regexp = "[^<>]*", message = "{spinedesk.validation.noMarkup}")
  @Column(name = "full_name", nullable = false, length = 120)
  private String fullName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Embedded private ChangeStamp lastChange;

  @NotEmpty
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", length = 20)
  private Set<String> roles = new TreeSet<>();

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(String username, String fullName, Set<String> roles) {
    this.username = username;
    this.fullName = fullName;
    this.roles = new TreeSet<>(roles);
  }

  /** Whether sign-in is refused right now because of earlier failures. */
  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public void changedBy(String actor, Instant now) {
    if (createdAt == null) {
      createdAt = now;
    }
    lastChange = ChangeStamp.of(actor, now);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Instant getUpdatedAt() {
    return lastChange == null ? null : lastChange.at();
  }

  public String getUpdatedBy() {
    return lastChange == null ? null : lastChange.actor();
  }

  public Set<String> getRoles() {
    return roles;
  }

  public void setRoles(Set<String> roles) {
    this.roles = new TreeSet<>(roles);
  }

  public long getVersion() {
    return version;
  }
}
