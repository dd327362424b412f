package com.spinedesk.testsupport;

import com.spinedesk.intake.application.IntakeDesk;
import com.spinedesk.intake.application.IntakeForm;
import com.spinedesk.patient.application.PatientRegistry;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Patients as later steps find them, made through the real front-desk services: registered, and
 * with a submitted intake whose answers are the plainest valid ones except those chosen.
 */
@Stateless
@PermitAll
@RunAs(Roles.FRONT_DESK)
public class SubmittedPatients {

  @EJB private PatientRegistry registry;
  @EJB private IntakeDesk desk;

  /** A new patient, no intake yet. */
  public Patient register(String familyPrefix, LocalDate birthDate, Sex sex, Language language) {
    Patient p = new Patient();
    StringBuilder family = new StringBuilder(familyPrefix);
    for (int i = 0; i < 8; i++) {
      family.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    p.setFamilyName(family.toString());
    p.setGivenName("Alex");
    p.setBirthDate(birthDate);
    p.setSex(sex);
    p.setPreferredLanguage(language);
    return registry.register(p, true);
  }

  /** A new patient whose intake was submitted today with these answers (linkId to raw values). */
  public Patient withIntake(
      String familyPrefix,
      LocalDate birthDate,
      Sex sex,
      Language language,
      Map<String, List<String>> chosen)
      throws Exception {
    Patient patient = register(familyPrefix, birthDate, sex, language);
    submitIntake(patient.getId(), chosen);
    return patient;
  }

  /** Starts, fills and submits an intake for the patient; returns the intake id. */
  public long submitIntake(long patientId, Map<String, List<String>> chosen) throws Exception {
    long intakeId = desk.start(patientId).getId();
    IntakeForm form = desk.open(intakeId).form();
    IntakeFiller.fillAll(
        form, chosen, (response, page, raw) -> desk.savePage(intakeId, response, page, raw));
    desk.submit(intakeId);
    return intakeId;
  }
}
