package com.spinedesk.security.application;

import static com.spinedesk.testsupport.Failures.failsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.spinedesk.it.Deployments;
import com.spinedesk.it.InPayara;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Roles;
import com.spinedesk.security.domain.SignInPolicy;
import com.spinedesk.security.domain.UserAccount;
import com.spinedesk.testsupport.AsAdmin;
import com.spinedesk.testsupport.AsFrontDesk;
import com.spinedesk.testsupport.Sql;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Accounts in Payara against the real MariaDB: administration, sign-in throttling, audit. */
@InPayara
class AccountsIT {
  private static final String PASSWORD = "correct horse battery";

  @Deployment
  static WebArchive deployment() {
    return Deployments.spineDesk();
  }

  @EJB UserAdministration administration;
  @EJB SignIn signIn;
  @EJB AsAdmin admin;
  @EJB AsFrontDesk frontDesk;

  private UserAccount newAccount(String... roles) throws Exception {
    String username = "user" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    UserAccount account = new UserAccount(username, "Pat Example", Set.of(roles));
    return admin.call(() -> administration.create(account, PASSWORD.toCharArray()));
  }

  @Test
  void createdAccountSignsInWithItsRolesAndTheHashIsPbkdf2() throws Exception {
    UserAccount account = newAccount(Roles.CLINICIAN, Roles.ADMIN);

    SignIn.Result result =
        signIn.attempt(account.getUsername().toUpperCase(), PASSWORD.toCharArray());

    assertEquals(SignIn.Outcome.SIGNED_IN, result.outcome());
    assertEquals(Set.of(Roles.CLINICIAN, Roles.ADMIN), result.roles());
    String hash =
        Sql.column("select password_hash from app_user where id = ?", account.getId()).get(0);
    assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash);
    assertFalse(hash.contains(PASSWORD));
    assertEquals(
        List.of("CREATE", "SIGN_IN"),
        Sql.column(
            "select action from audit_entry where record_type = 'USER' and record_id = ? order by id",
            String.valueOf(account.getId())));
  }

  @Test
  void repeatedFailuresLockTheAccountAndAreAudited() throws Exception {
    UserAccount account = newAccount(Roles.FRONT_DESK);
    String name = account.getUsername();

    for (int i = 1; i < SignInPolicy.MAX_FAILURES; i++) {
      assertEquals(SignIn.Outcome.REFUSED, signIn.attempt(name, "wrong".toCharArray()).outcome());
    }
    assertEquals(SignIn.Outcome.LOCKED, signIn.attempt(name, "wrong".toCharArray()).outcome());
    assertEquals(SignIn.Outcome.LOCKED, signIn.attempt(name, PASSWORD.toCharArray()).outcome());

    assertEquals(
        1,
        Sql.count(
            "select count(*) from audit_entry where action = 'ACCOUNT_LOCKED' and actor = ?",
            name));
    assertEquals(
        SignInPolicy.MAX_FAILURES + 1,
        Sql.count(
            "select count(*) from audit_entry where action = 'SIGN_IN_FAILED' and actor = ?",
            name));

    UserAccount locked = current(account);
    admin.call(() -> administration.unlock(locked.getId(), locked.getVersion()));
    assertEquals(SignIn.Outcome.SIGNED_IN, signIn.attempt(name, PASSWORD.toCharArray()).outcome());
  }

  @Test
  void deactivatedAccountCannotSignInAndResetPasswordWorks() throws Exception {
    UserAccount account = newAccount(Roles.FRONT_DESK);
    admin.call(() -> administration.setActive(account.getId(), account.getVersion(), false));

    assertEquals(
        SignIn.Outcome.REFUSED,
        signIn.attempt(account.getUsername(), PASSWORD.toCharArray()).outcome());

    UserAccount inactive = current(account);
    admin.call(() -> administration.setActive(inactive.getId(), inactive.getVersion(), true));
    UserAccount active = current(account);
    admin.call(
        () ->
            administration.resetPassword(
                active.getId(), active.getVersion(), "a brand new passphrase".toCharArray()));

    assertEquals(
        SignIn.Outcome.REFUSED,
        signIn.attempt(account.getUsername(), PASSWORD.toCharArray()).outcome());
    assertEquals(
        SignIn.Outcome.SIGNED_IN,
        signIn.attempt(account.getUsername(), "a brand new passphrase".toCharArray()).outcome());
  }

  @Test
  void unknownUserIsRefusedAndAudited() throws Exception {
    assertEquals(
        SignIn.Outcome.REFUSED, signIn.attempt("nobody-here", "whatever".toCharArray()).outcome());
    // The typed name may be a password typed in the wrong box: the log says "unknown user".
    assertTrue(
        Sql.count(
                "select count(*) from audit_entry where action = 'SIGN_IN_FAILED'"
                    + " and actor = 'unknown user'")
            >= 1);
    assertEquals(0, Sql.count("select count(*) from audit_entry where actor = 'nobody-here'"));
  }

  @Test
  void weakPasswordsTakenNamesAndStaleEditsAreRefused() throws Exception {
    UserAccount account = newAccount(Roles.FRONT_DESK);

    RequestRefused weak =
        failsWith(
            RequestRefused.class,
            () ->
                admin.call(
                    () ->
                        administration.create(
                            new UserAccount("shortpw", "Short Password", Set.of(Roles.FRONT_DESK)),
                            "short".toCharArray())));
    assertEquals("password.tooShort", weak.messageKey());
    assertEquals("password", weak.field());
    assertEquals(0, Sql.count("select count(*) from app_user where username = 'shortpw'"));

    RequestRefused taken =
        failsWith(
            RequestRefused.class,
            () ->
                admin.call(
                    () ->
                        administration.create(
                            new UserAccount(account.getUsername(), "Twin", Set.of(Roles.ADMIN)),
                            PASSWORD.toCharArray())));
    assertEquals("user.usernameTaken", taken.messageKey());

    admin.call(
        () ->
            administration.update(
                account.getId(), account.getVersion(), "New Name", Set.of(Roles.CLINICIAN)));
    failsWith(
        ConcurrentChange.class,
        () ->
            admin.call(
                () ->
                    administration.update(
                        account.getId(), account.getVersion(), "Stale Name", Set.of(Roles.ADMIN))));
    assertEquals(
        List.of("New Name"),
        Sql.column("select full_name from app_user where id = ?", account.getId()));
  }

  @Test
  void onlyAdministratorsManageAccounts() throws Exception {
    UserAccount account = newAccount(Roles.FRONT_DESK);

    failsWith(EJBAccessException.class, () -> frontDesk.call(() -> administration.allAccounts()));
    failsWith(
        EJBAccessException.class,
        () ->
            frontDesk.call(
                () ->
                    administration.resetPassword(
                        account.getId(),
                        account.getVersion(),
                        "taken over account".toCharArray())));
    failsWith(EJBAccessException.class, () -> administration.allAccounts());
  }

  private UserAccount current(UserAccount account) throws Exception {
    return admin.call(
        () ->
            administration.allAccounts().stream()
                .filter(a -> a.getId().equals(account.getId()))
                .findFirst()
                .orElseThrow());
  }
}
