package com.spinedesk.patient.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.application.FirstStart;
import com.spinedesk.platform.application.Seeds;
import com.spinedesk.platform.domain.Language;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * In demo mode, fills an empty registry with the fictional patients of {@code
 * seeds/demo/patients.json}. Never runs in production unless demo mode is switched on.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoPatients {
  static final String ACTOR = "demo-data";
  private static final Logger LOG = Logger.getLogger(DemoPatients.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ClinicSettings settings;
  @EJB private AuditLog audit;

  @PostConstruct
  void load() {
    FirstStart.oneNodeAtATime(em);
    if (!settings.demo()
        || em.createQuery("select count(p) from Patient p", Long.class).getSingleResult() > 0) {
      return;
    }
    int loaded = 0;
    for (JsonValue value : Seeds.array("demo/patients.json")) {
      Patient patient = fromSeed(value.asJsonObject());
      patient.assignMrn(MrnCounter.next(em));
      patient.changedBy(ACTOR, Instant.now());
      em.persist(patient);
      em.flush();
      audit.patientAs(
          ACTOR, AuditAction.CREATE, PatientRegistry.RECORD_TYPE, patient.getId(), patient, null);
      loaded++;
    }
    int count = loaded;
    LOG.info(() -> "Demo mode: loaded " + count + " demo patients");
  }

  /**
   * The demo patient a demo seed names by {@code familyName} and {@code givenName}, for the demo
   * data of later features (intakes, visits); empty when the registry does not hold them.
   */
  public static Optional<Patient> namedIn(JsonObject seed, EntityManager em) {
    return em.createQuery(
            "select p from Patient p where p.familyName = :f and p.givenName = :g", Patient.class)
        .setParameter("f", seed.getString("familyName"))
        .setParameter("g", seed.getString("givenName"))
        .getResultStream()
        .findFirst();
  }

  private static Patient fromSeed(JsonObject seed) {
    Patient p = new Patient();
    p.setFamilyName(seed.getString("familyName"));
    p.setGivenName(seed.getString("givenName"));
    p.setBirthDate(LocalDate.parse(seed.getString("birthDate")));
    p.setSex(Sex.valueOf(seed.getString("sex").toUpperCase(Locale.ROOT)));
    p.setPhone(seed.getString("phone", null));
    p.setEmail(seed.getString("email", null));
    p.setAddressLine(seed.getString("addressLine", null));
    p.setCity(seed.getString("city", null));
    p.setRegion(seed.getString("region", null));
    p.setPostalCode(seed.getString("postalCode", null));
    p.setPreferredLanguage(
        Language.valueOf(seed.getString("preferredLanguage", "en").toUpperCase(Locale.ROOT)));
    p.setEmergencyContactName(seed.getString("emergencyContactName", null));
    p.setEmergencyContactRelationship(seed.getString("emergencyContactRelationship", null));
    p.setEmergencyContactPhone(seed.getString("emergencyContactPhone", null));
    return p;
  }
}
