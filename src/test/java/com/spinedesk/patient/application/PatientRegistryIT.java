package com.spinedesk.patient.application;

import static com.spinedesk.testsupport.Failures.failsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.spinedesk.it.Deployments;
import com.spinedesk.it.InPayara;
import com.spinedesk.patient.domain.MedicalRecordNumber;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.patient.domain.PatientSearch;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.testsupport.AsAdmin;
import com.spinedesk.testsupport.AsClinician;
import com.spinedesk.testsupport.AsFrontDesk;
import com.spinedesk.testsupport.Sql;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The registry in Payara against the real MariaDB: MRNs, search, edits, locking, audit, roles. */
@InPayara
class PatientRegistryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.spineDesk();
  }

  @EJB PatientRegistry registry;
  @EJB AsFrontDesk frontDesk;
  @EJB AsClinician clinician;
  @EJB AsAdmin admin;

  /** A patient with a family name no other test uses. */
  private static Patient newPatient() {
    Patient p = new Patient();
    p.setFamilyName("Test" + randomLetters(8));
    p.setGivenName("Ana");
    p.setBirthDate(LocalDate.of(1980, 5, 17));
    p.setSex(Sex.FEMALE);
    p.setPhone("(555) 201-" + (1000 + (int) (Math.random() * 8999)));
    p.setEmail("ana@example.org");
    p.setPreferredLanguage(Language.ES);
    return p;
  }

  static String randomLetters(int count) {
    StringBuilder letters = new StringBuilder();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < count; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }

  @Test
  void registrationAssignsAValidMrnAndIsAudited() throws Exception {
    Patient registered = frontDesk.call(() -> registry.register(newPatient(), false));

    assertTrue(MedicalRecordNumber.isValid(registered.getMrn()), registered.getMrn());
    assertEquals("FRONT_DESK", registered.getCreatedBy());
    assertEquals(
        List.of("CREATE"),
        Sql.column(
            "select action from audit_entry where patient_id = ? and actor = 'FRONT_DESK'",
            registered.getId()));
  }

  @Test
  void mrnsAreUniqueAndConsecutive() throws Exception {
    Patient first = frontDesk.call(() -> registry.register(newPatient(), false));
    Patient second = frontDesk.call(() -> registry.register(newPatient(), false));

    long a = Long.parseLong(first.getMrn().substring(0, 7));
    long b = Long.parseLong(second.getMrn().substring(0, 7));
    assertTrue(b > a, first.getMrn() + " then " + second.getMrn());
  }

  @Test
  void sameNameAndBirthDateIsFlaggedUntilConfirmed() throws Exception {
    Patient original = frontDesk.call(() -> registry.register(newPatient(), false));
    Patient twin = newPatient();
    twin.setFamilyName(original.getFamilyName().toUpperCase());

    PossibleDuplicate duplicate =
        failsWith(
            PossibleDuplicate.class, () -> frontDesk.call(() -> registry.register(twin, false)));
    assertEquals(List.of(original.getMrn()), duplicate.matchingMrns());
    assertEquals(
        1,
        Sql.count("select count(*) from patient where family_name = ?", original.getFamilyName()));

    Patient confirmed = frontDesk.call(() -> registry.register(twin, true));
    assertTrue(!confirmed.getMrn().equals(original.getMrn()));
  }

  @Test
  void invalidPatientIsRefusedAndNothingIsWritten() throws Exception {
    Patient bad = newPatient();
    bad.setBirthDate(LocalDate.now().plusDays(1));
    bad.setGivenName("<script>alert(1)</script>");
    bad.setEmail("not-an-email");
    long before = Sql.count("select count(*) from patient");

    ConstraintViolationException refused =
        failsWith(
            ConstraintViolationException.class,
            () -> frontDesk.call(() -> registry.register(bad, false)));

    assertEquals(
        3, refused.getConstraintViolations().size(), refused.getConstraintViolations().toString());
    assertEquals(before, Sql.count("select count(*) from patient"));
    assertEquals(
        0, Sql.count("select count(*) from patient where family_name = ?", bad.getFamilyName()));
  }

  @Test
  void searchFindsByNameBirthDateMrnAndPhoneAndIsAudited() throws Exception {
    Patient p = frontDesk.call(() -> registry.register(newPatient(), false));
    String familyPrefix = p.getFamilyName().substring(0, 7).toLowerCase();
    long searchesBefore =
        Sql.count(
            "select count(*) from audit_entry where action = 'SEARCH' and actor = 'CLINICIAN'");

    assertEquals(List.of(p.getMrn()), mrnsFound(new PatientSearch(familyPrefix, null, null, null)));
    assertEquals(
        List.of(p.getMrn()), mrnsFound(new PatientSearch("ana " + familyPrefix, null, null, null)));
    assertEquals(
        List.of(p.getMrn()),
        mrnsFound(
            new PatientSearch(p.getFamilyName() + ", An", LocalDate.of(1980, 5, 17), null, null)));
    assertEquals(List.of(p.getMrn()), mrnsFound(new PatientSearch(null, null, p.getMrn(), null)));
    assertEquals(
        List.of(p.getMrn()),
        mrnsFound(new PatientSearch(familyPrefix, null, null, p.getPhone().replaceAll("\\D", ""))));
    assertEquals(List.of(), mrnsFound(new PatientSearch(familyPrefix + "%", null, null, null)));
    assertEquals(
        1, clinician.call(() -> registry.count(new PatientSearch(familyPrefix, null, null, null))));

    long searchesAfter =
        Sql.count(
            "select count(*) from audit_entry where action = 'SEARCH' and actor = 'CLINICIAN'");
    assertEquals(searchesBefore + 6, searchesAfter);
  }

  private List<String> mrnsFound(PatientSearch search) throws Exception {
    return clinician.call(() -> registry.search(search, 0, 20)).stream()
        .map(Patient::getMrn)
        .toList();
  }

  @Test
  void openingARecordIsAuditedAsARead() throws Exception {
    Patient p = frontDesk.call(() -> registry.register(newPatient(), false));

    clinician.call(() -> registry.open(p.getId()));

    assertEquals(
        List.of("VIEW"),
        Sql.column(
            "select action from audit_entry where patient_id = ? and actor = 'CLINICIAN'",
            p.getId()));
  }

  @Test
  void editSavesOnlyWhatChangedAndAuditsIt() throws Exception {
    Patient p = frontDesk.call(() -> registry.register(newPatient(), false));
    Patient edit = frontDesk.call(() -> registry.open(p.getId())).copy();
    edit.setPhone("+1 555 777 0000");
    edit.setCity("Madison");

    Patient saved = clinician.call(() -> registry.update(edit));

    assertEquals(p.getVersion() + 1, saved.getVersion());
    assertEquals(
        List.of("15557770000"),
        Sql.column("select phone_digits from patient where id = ?", p.getId()));
    assertEquals(
        List.of("changed patient.phone, patient.city"),
        Sql.column(
            "select detail from audit_entry where patient_id = ? and action = 'UPDATE'",
            p.getId()));
  }

  @Test
  void staleSaveIsRefusedAndOverwritesNothing() throws Exception {
    Patient p = frontDesk.call(() -> registry.register(newPatient(), false));
    Patient mine = frontDesk.call(() -> registry.open(p.getId())).copy();
    Patient theirs = frontDesk.call(() -> registry.open(p.getId())).copy();
    theirs.setEmail("theirs@example.org");
    clinician.call(() -> registry.update(theirs));
    mine.setEmail("mine@example.org");

    ConcurrentChange conflict =
        failsWith(ConcurrentChange.class, () -> frontDesk.call(() -> registry.update(mine)));

    assertEquals("CLINICIAN", conflict.changedBy());
    assertEquals(
        List.of("theirs@example.org"),
        Sql.column("select email from patient where id = ?", p.getId()));
    assertEquals(
        1,
        Sql.count(
            "select count(*) from audit_entry where patient_id = ? and action = 'UPDATE'",
            p.getId()));
  }

  @Test
  void administratorsAndAnonymousCallersCannotUseTheRegistry() throws Exception {
    Patient p = frontDesk.call(() -> registry.register(newPatient(), false));

    failsWith(EJBAccessException.class, () -> admin.call(() -> registry.open(p.getId())));
    failsWith(EJBAccessException.class, () -> registry.open(p.getId()));
    failsWith(
        EJBAccessException.class, () -> admin.call(() -> registry.register(newPatient(), false)));
    assertEquals(
        0,
        Sql.count(
            "select count(*) from audit_entry where patient_id = ? and action = 'VIEW'",
            p.getId()));
  }
}
