package com.spinedesk.audit.application;

import static com.spinedesk.testsupport.Failures.failsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.spinedesk.audit.domain.AuditCheck;
import com.spinedesk.audit.domain.AuditEntry;
import com.spinedesk.audit.domain.AuditFilter;
import com.spinedesk.it.Deployments;
import com.spinedesk.it.InPayara;
import com.spinedesk.patient.application.PatientRegistry;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.testsupport.AsAdmin;
import com.spinedesk.testsupport.AsFrontDesk;
import com.spinedesk.testsupport.Sql;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The audit log: append-only in the database, filtered by patient, user and date for admins.
 *
 * <p>Runs alone: it rewrites an entry, as an intruder with the owner's password would, to see the
 * chain's check find it; another test's check of the whole chain must not see that moment.
 */
@InPayara
@Isolated
class AuditTrailIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.spineDesk();
  }

  @EJB AuditTrail trail;
  @EJB PatientRegistry registry;
  @EJB AsAdmin admin;
  @EJB AsFrontDesk frontDesk;

  private Patient registerPatient() throws Exception {
    Patient p = new Patient();
    p.setFamilyName("Audit");
    p.setGivenName("Trail");
    p.setBirthDate(LocalDate.of(1990, 1, 2));
    p.setSex(Sex.OTHER);
    return frontDesk.call(() -> registry.register(p, true));
  }

  @Test
  void entriesCannotBeChangedOrDeleted() throws Exception {
    Patient p = registerPatient();

    failsWith(
        SQLException.class,
        () ->
            Sql.update(
                "update audit_entry set actor = 'someone else' where patient_id = ?", p.getId()));
    failsWith(
        SQLException.class,
        () -> Sql.update("delete from audit_entry where patient_id = ?", p.getId()));
    assertEquals(
        List.of("FRONT_DESK"),
        Sql.column("select actor from audit_entry where patient_id = ?", p.getId()));
  }

  @Test
  void administratorFiltersByPatientUserAndDate() throws Exception {
    Patient p = registerPatient();
    frontDesk.call(() -> registry.open(p.getId()));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    List<AuditEntry> forPatient =
        admin.call(
            () -> trail.page(new AuditFilter(p.getMrn(), null, null, null), ZoneOffset.UTC, 0, 50));
    assertEquals(
        List.of("VIEW", "CREATE"), forPatient.stream().map(e -> e.getAction().name()).toList());

    AuditFilter todayByFrontDesk = new AuditFilter(p.getMrn(), "FRONT_DESK", today, today);
    assertEquals(2, admin.call(() -> trail.count(todayByFrontDesk, ZoneOffset.UTC)));
    AuditFilter yesterday =
        new AuditFilter(p.getMrn(), null, today.minusDays(1), today.minusDays(1));
    assertEquals(0, admin.call(() -> trail.count(yesterday, ZoneOffset.UTC)));
    AuditFilter otherUser = new AuditFilter(p.getMrn(), "CLINICIAN", null, null);
    assertEquals(0, admin.call(() -> trail.count(otherUser, ZoneOffset.UTC)));
    assertTrue(admin.call(() -> trail.count(AuditFilter.everything(), ZoneOffset.UTC)) >= 2);
  }

  @Test
  void verifyingTheChainNamesTheFirstEntryChangedBehindSpineDesksBack() throws Exception {
    Patient p = registerPatient();
    frontDesk.call(() -> registry.open(p.getId()));
    assertTrue(admin.call(() -> trail.verify()).isIntact());
    String entry =
        Sql.column("select min(id) from audit_entry where patient_id = ?", p.getId()).get(0);

    // Someone with the schema owner's password drops the guard and rewrites who did it.
    try (Connection owner = owner();
        Statement sql = owner.createStatement()) {
      sql.execute("DROP TRIGGER audit_entry_no_update");
      try {
        sql.executeUpdate("UPDATE audit_entry SET actor = 'someone else' WHERE id = " + entry);
        AuditCheck check = admin.call(() -> trail.verify());
        assertEquals("audit.verify.altered", check.problem());
        assertEquals(Long.valueOf(entry), check.firstBrokenEntry());
      } finally {
        sql.executeUpdate("UPDATE audit_entry SET actor = 'FRONT_DESK' WHERE id = " + entry);
        sql.execute(
            "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'");
      }
    }
    assertTrue(admin.call(() -> trail.verify()).isIntact(), "the restored entry fits again");
    assertTrue(
        Sql.count(
                "select count(*) from audit_entry where action = 'VERIFY' and detail like 'audit.verify.altered%'")
            >= 1,
        "a broken chain found is itself audited");
  }

  private static Connection owner() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("SPINEDESK_DB_URL"),
        System.getenv("SPINEDESK_DB_OWNER_USER"),
        System.getenv("SPINEDESK_DB_OWNER_PASSWORD"));
  }

  @Test
  void onlyAdministratorsReadTheAuditLog() {
    failsWith(
        EJBAccessException.class,
        () -> frontDesk.call(() -> trail.count(AuditFilter.everything(), ZoneOffset.UTC)));
  }
}
