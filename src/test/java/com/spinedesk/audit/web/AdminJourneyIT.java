package com.spinedesk.audit.web;

import static com.spinedesk.it.FrontDeskSteps.ADMIN;
import static com.spinedesk.it.FrontDeskSteps.ADMIN_PASSWORD;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.it.Browser;
import com.spinedesk.it.ClinicServer;
import com.spinedesk.it.FrontDeskSteps;
import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The administrator in a real headless Chromium: the audit screen shows what the front desk did to
 * a patient, and the accounts screen creates and resets accounts.
 */
class AdminJourneyIT {

  private static URL base;

  @BeforeAll
  static void server() throws Exception {
    base = ClinicServer.shared().toURL();
  }

  @Test
  void auditScreenShowsTheFrontDesksActionsOnAPatient() throws Exception {
    String mrn;
    try (Browser frontDesk = Browser.open(base, Browser.DESKTOP)) {
      frontDesk.signIn(FRONT_DESK, FRONT_DESK_PASSWORD);
      mrn =
          FrontDeskSteps.register(
              frontDesk, FrontDeskSteps.uniqueFamilyName("Audited"), "Kim", "01/02/1985");
      frontDesk.type("patientForm:city", "Madison");
      frontDesk.clickAndWaitForPage("patientForm:save");
    }
    try (Browser admin = Browser.open(base, Browser.DESKTOP)) {
      admin.signIn(ADMIN, ADMIN_PASSWORD);
      assertThat(admin.pageText())
          .contains("Audit log", "User accounts")
          .doesNotContain("Register patient");
      admin.checkScreen("admin-01-home");
      admin.get("admin/audit.xhtml");
      admin.checkScreen("admin-02-audit");
      admin.type("auditForm:patientMrn", mrn);
      admin.click("auditForm:apply");
      admin.waitForAjax();
      admin.waitForText("[id='auditForm:entries']", "UPDATE");
      String table = admin.byId("auditForm:entries").getText();
      assertThat(table)
          .contains("CREATE", "VIEW", "UPDATE", FRONT_DESK, mrn, "changed patient.city");
      admin.checkScreen("admin-03-audit-filtered");

      admin.type("auditForm:actor", "nobody-at-all");
      admin.click("auditForm:apply");
      admin.waitForText("[id='auditForm:entries']", "No audit entries match");

      admin.click("auditForm:verify");
      admin.waitForText("[id='auditForm:messages']", "The audit log is intact");
      admin.checkScreen("admin-07-audit-verified");
    }
  }

  @Test
  void administratorCreatesAnAccountThatCanSignIn() throws Exception {
    String username = "temp" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    try (Browser admin = Browser.open(base, Browser.DESKTOP)) {
      admin.signIn(ADMIN, ADMIN_PASSWORD);
      admin.get("admin/users.xhtml");
      admin.checkScreen("admin-04-users");
      admin.click("usersForm:newUser");
      admin.type("userForm:username", username);
      admin.type("userForm:fullName", "Robin Temp");
      admin.element("input[value='CLINICIAN']").click();
      admin.type("userForm:password", "short");
      admin.click("userForm:save");
      admin.waitForText("[id='userForm']", "Password: use at least 12 characters");
      admin.checkScreen("admin-05-user-dialog-error");
      admin.type("userForm:password", "a long enough passphrase");
      admin.click("userForm:save");
      admin.waitForText("[id='usersForm:accounts']", username);
      assertThat(admin.pageText()).contains("Created the account " + username);
      admin.checkScreen("admin-06-user-created");
    }
    try (Browser newcomer = Browser.open(base, Browser.DESKTOP)) {
      newcomer.signIn(username, "a long enough passphrase");
      assertThat(newcomer.byId("signedInUser").getText()).contains(username).contains("Clinician");
    }
  }
}
