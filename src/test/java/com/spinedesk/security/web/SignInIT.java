package com.spinedesk.security.web;

import static com.spinedesk.it.FrontDeskSteps.SECOND_CLINICIAN;
import static com.spinedesk.it.FrontDeskSteps.SECOND_CLINICIAN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.it.ClinicServer;
import com.spinedesk.it.Database;
import com.spinedesk.it.Together;
import com.spinedesk.it.WebSession;
import com.spinedesk.it.WebSession.Page;
import com.spinedesk.security.domain.SignInPolicy;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in as many people do it at once, through HTTP: several browsers on one account all get
 * in, and a burst of wrong passwords is counted attempt by attempt (locks at the fifth, every one
 * audited), however they interleave.
 */
class SignInIT {
  private static final int BROWSERS = 10;
  private static final int GUESSES = 20;
  private static URI base;

  @BeforeAll
  static void server() throws Exception {
    base = ClinicServer.shared();
  }

  @Test
  void browsersSigningInToOneAccountAtOnceAllGetIn() throws Exception {
    String version = "select version from app_user where username = ?";
    long versionBefore = Database.count(version, SECOND_CLINICIAN);
    for (int round = 0; round < 3; round++) {
      List<Callable<Page>> signIns = new ArrayList<>();
      for (int i = 0; i < BROWSERS; i++) {
        signIns.add(
            () -> WebSession.anonymous(base).signIn(SECOND_CLINICIAN, SECOND_CLINICIAN_PASSWORD));
      }
      for (Page page : Together.run(signIns)) {
        assertThat(page.isSignedIn()).as(page.toString()).isTrue();
        assertThat(page.uri().getPath()).isEqualTo("/index.xhtml");
      }
    }
    assertThat(Database.count(version, SECOND_CLINICIAN))
        .as("signing in leaves the account's version alone, so an edit by an administrator holds")
        .isEqualTo(versionBefore);
    assertThat(
            Database.count(
                "select count(*) from app_user where username = ?"
                    + " and last_login_at > utc_timestamp() - interval 5 minute",
                SECOND_CLINICIAN))
        .as("the last sign-in, recorded in UTC")
        .isEqualTo(1);
  }

  @Test
  void wrongPasswordsAtOnceLockAfterTheFifthAndAreEachAudited() throws Exception {
    String user = newFrontDeskAccount();
    List<Callable<Page>> guesses = new ArrayList<>();
    for (int i = 0; i < GUESSES; i++) {
      guesses.add(
          () ->
              WebSession.anonymous(base)
                  .signIn(user, "guess-" + ThreadLocalRandom.current().nextInt()));
    }

    Together.run(guesses);

    assertThat(
            Database.count(
                "select count(*) from app_user where username = ?"
                    + " and locked_until > utc_timestamp(6)",
                user))
        .as("locked")
        .isEqualTo(1);
    assertThat(audited(user, "SIGN_IN_FAILED")).isEqualTo(GUESSES);
    assertThat(audited(user, "ACCOUNT_LOCKED")).isEqualTo(1);
    assertThat(
            Database.count(
                "select count(*) from audit_entry where actor = ? and action = 'SIGN_IN_FAILED'"
                    + " and detail = 'wrong password'",
                user))
        .as("guesses counted before the lock")
        .isGreaterThanOrEqualTo(SignInPolicy.MAX_FAILURES);

    Page right = WebSession.anonymous(base).signIn(user, "Frontdesk#2026");
    assertThat(right.html().getElementById("loginForm"))
        .as("the right password while locked")
        .isNotNull();
    assertThat(audited(user, "SIGN_IN_FAILED")).isEqualTo(GUESSES + 1);
  }

  @Test
  void anUnknownUserNameIsNeverWrittenToTheLog() throws Exception {
    String typed = "Pw-in-the-wrong-box-" + ThreadLocalRandom.current().nextInt(1_000_000);
    long before = audited("unknown user", "SIGN_IN_FAILED");

    WebSession.anonymous(base).signIn(typed, "whatever");

    assertThat(audited("unknown user", "SIGN_IN_FAILED")).isEqualTo(before + 1);
    assertThat(
            Database.count("select count(*) from audit_entry where lower(actor) = lower(?)", typed))
        .isZero();
  }

  @Test
  void aSessionThatTimedOutSaysSoOnTheSignInPageAndLeadsBackAfterSigningIn() {
    WebSession browser = WebSession.anonymous(base);
    Page ended =
        browser.send(
            HttpRequest.newBuilder(browser.resolve("patients/find.xhtml"))
                .header("Cookie", "JSESSIONID=a0session0that0timed0out"));

    assertThat(ended.status()).isEqualTo(302);
    String login = ended.headers().firstValue("Location").orElseThrow();
    assertThat(login).isEqualTo("/login.xhtml?sessionEnded=true");
    Page page = browser.open(login);
    assertThat(page.text("#sessionEnded")).contains("signed you out after 30 minutes");

    Page afterSignIn =
        browser.submit(
            page,
            "loginForm",
            "loginForm:signIn",
            Map.of(
                "loginForm:username",
                SECOND_CLINICIAN,
                "loginForm:password",
                SECOND_CLINICIAN_PASSWORD));
    assertThat(afterSignIn.isSignedIn()).isTrue();
    assertThat(afterSignIn.uri().getPath())
        .as("the page first asked for")
        .isEqualTo("/patients/find.xhtml");
  }

  private static long audited(String actor, String action) throws Exception {
    return Database.count(
        "select count(*) from audit_entry where actor = ? and action = ?", actor, action);
  }

  /** An account with the front desk's demo password, made in the database for this test alone. */
  private static String newFrontDeskAccount() throws Exception {
    String user = "guessed" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    Database.update(
        "insert into app_user (username, full_name, password_hash, active, failed_logins,"
            + " created_at, updated_at, updated_by, version)"
            + " select ?, 'Guessed Account', password_hash, true, 0, utc_timestamp(6),"
            + " utc_timestamp(6), 'test', 0 from app_user where username = 'frontdesk'",
        user);
    Database.update(
        "insert into app_user_role (user_id, role)"
            + " select id, 'FRONT_DESK' from app_user where username = ?",
        user);
    return user;
  }
}
