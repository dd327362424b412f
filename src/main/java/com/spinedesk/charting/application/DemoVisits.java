package com.spinedesk.charting.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.charting.domain.ExamEntry;
import com.spinedesk.charting.domain.Grade;
import com.spinedesk.charting.domain.GradingScale;
import com.spinedesk.charting.domain.MuscleExam;
import com.spinedesk.charting.domain.MuscleTest;
import com.spinedesk.charting.domain.Side;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.charting.domain.VisitNote;
import com.spinedesk.patient.application.DemoPatients;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.application.FirstStart;
import com.spinedesk.platform.application.Seeds;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * In demo mode, gives a demo patient a history of signed visits ({@code seeds/demo/visits.json})
 * with pain scores and muscle tests, so the chart shows a pain trend and today's exam has a
 * previous one beside it. Loaded once, into an empty visit table.
 */
@Singleton
@Startup
@DependsOn("DemoIntakes")
public class DemoVisits {
  private static final String ACTOR = "demo-data";

  /** The demo clinician of seeds/demo/users.json, who saw the patient at those visits. */
  private static final String CLINICIAN = "clinician";

  private static final Logger LOG = Logger.getLogger(DemoVisits.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ClinicSettings settings;
  @Inject private ChartingCatalogues catalogues;
  @EJB private AuditLog audit;

  @PostConstruct
  void load() {
    FirstStart.oneNodeAtATime(em);
    if (!settings.demo()
        || em.createQuery("select count(v) from Visit v", Long.class).getSingleResult() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(settings.zone());
    int created = 0;
    for (JsonValue value : Seeds.array("demo/visits.json")) {
      JsonObject seed = value.asJsonObject();
      Optional<Patient> found = DemoPatients.namedIn(seed, em);
      if (found.isPresent()) {
        create(found.get(), seed, today.minusDays(seed.getInt("daysAgo")));
        created++;
      }
    }
    int count = created;
    LOG.info(() -> "Demo mode: charted " + count + " earlier visits");
  }

  private void create(Patient patient, JsonObject seed, LocalDate day) {
    Instant now = Instant.now();
    Visit visit = new Visit(patient.getId(), null, day, seed.getInt("painNow"), CLINICIAN, now);
    VisitNote note =
        new VisitNote(
            seed.getString("chiefComplaint"),
            seed.getString("findings"),
            seed.getString("assessment"),
            seed.getJsonArray("diagnoses").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList(),
            seed.getString("plan"),
            seed.getInt("painNow"));
    visit.write(note, CLINICIAN, now);
    visit.sign(CLINICIAN, now);
    em.persist(visit);
    em.flush();
    audit.patientAs(
        ACTOR, AuditAction.CREATE, VisitNotes.RECORD_TYPE, visit.getId(), patient, null);
    if (seed.containsKey("muscles")) {
      List<ExamEntry> entries = new ArrayList<>();
      seed.getJsonObject("muscles")
          .forEach(
              (code, grades) -> {
                MuscleTest test = catalogues.catalogue().muscleTest(code).orElseThrow();
                JsonArray typed = grades.asJsonArray();
                if (test.timed()) {
                  entries.add(entry(test, Side.NONE, typed.getString(0), GradingScale.SECONDS));
                } else {
                  entries.add(entry(test, Side.LEFT, typed.getString(0), GradingScale.MRC));
                  entries.add(entry(test, Side.RIGHT, typed.getString(1), GradingScale.MRC));
                }
              });
      MuscleExam exam = new MuscleExam(visit.getId(), patient.getId(), day);
      exam.record(entries, null, CLINICIAN, now);
      em.persist(exam);
      em.flush();
      audit.patientAs(
          ACTOR, AuditAction.CREATE, MuscleTesting.RECORD_TYPE, exam.getId(), patient, null);
    }
  }

  private static ExamEntry entry(MuscleTest test, Side side, String typed, GradingScale scale) {
    return new ExamEntry(
        test.code(), side, Grade.parse(typed, scale, test.maxSeconds()), false, null);
  }
}
