package com.spinedesk.intake.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.intake.domain.Answers;
import com.spinedesk.intake.domain.Intake;
import com.spinedesk.intake.domain.IntakeResponse;
import com.spinedesk.intake.domain.Item;
import com.spinedesk.intake.domain.Page;
import com.spinedesk.intake.domain.Questionnaire;
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
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * In demo mode, gives every clinic day a few intakes to look at ({@code seeds/demo/intakes.json}):
 * some submitted (one with a red flag), one still waiting for the patient. Created at start-up when
 * the day has none yet, through the same answering rules as real intakes.
 */
@Singleton
@Startup
@DependsOn({"QuestionnaireLibrary", "DemoPatients"})
public class DemoIntakes {
  static final String ACTOR = "demo-data";
  private static final Logger LOG = Logger.getLogger(DemoIntakes.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ClinicSettings settings;
  @Inject private IntakeAnswering answering;
  @EJB private QuestionnaireLibrary library;
  @EJB private AuditLog audit;

  @PostConstruct
  void load() {
    FirstStart.oneNodeAtATime(em);
    LocalDate today = answering.today();
    if (!settings.demo()
        || em.createQuery("select count(i) from Intake i where i.clinicDay = :d", Long.class)
                .setParameter("d", today)
                .getSingleResult()
            > 0) {
      return;
    }
    int created = 0;
    for (JsonValue value : Seeds.array("demo/intakes.json")) {
      JsonObject seed = value.asJsonObject();
      Optional<Patient> patient = DemoPatients.namedIn(seed, em);
      if (patient.isEmpty()) {
        continue;
      }
      create(patient.get(), seed, today);
      created++;
    }
    int count = created;
    LOG.info(() -> "Demo mode: started " + count + " intakes for today");
  }

  private void create(Patient patient, JsonObject seed, LocalDate today) {
    Instant now = Instant.now();
    Intake intake = new Intake(patient.getId(), patient.getPreferredLanguage(), today, ACTOR, now);
    em.persist(intake);
    em.flush();
    int position = 0;
    for (Map.Entry<Long, Questionnaire> q : library.forNewIntake().entrySet()) {
      em.persist(new IntakeResponse(intake.getId(), q.getKey(), position++, ACTOR, now));
    }
    em.flush();
    audit.patientAs(
        ACTOR, AuditAction.CREATE, IntakeDesk.RECORD_TYPE, intake.getId(), patient, null);
    if (!seed.getBoolean("answer", false)) {
      return;
    }
    Map<String, List<String>> chosen = new LinkedHashMap<>();
    seed.getJsonObject("answers")
        .forEach(
            (linkId, v) ->
                chosen.put(
                    linkId,
                    v.asJsonArray().getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .map(answer -> relativeDate(answer, today))
                        .toList()));
    for (IntakeForm.Section section : answering.form(intake, patient).sections()) {
      Answers answers = section.answers();
      for (Page page : section.questionnaire().pages()) {
        Map<String, List<String>> raw =
            sampleAnswers(section.questionnaire(), page, answers, chosen);
        answering.savePage(intake, patient, section.responseId(), page.linkId(), raw, ACTOR);
        for (Map.Entry<String, List<String>> e : raw.entrySet()) {
          answers =
              answers.with(
                  e.getKey(),
                  section
                      .questionnaire()
                      .item(e.getKey())
                      .orElseThrow()
                      .parse(e.getValue(), today)
                      .value());
        }
      }
    }
    if (seed.getBoolean("submit", false)) {
      answering.submit(intake, patient, ACTOR);
      audit.patientAs(
          ACTOR, AuditAction.SUBMIT, IntakeDesk.RECORD_TYPE, intake.getId(), patient, null);
    }
  }

  /**
   * Dates in the seed are relative to the demo day ("P-3D" is three days ago), so they stay fresh.
   */
  private static String relativeDate(String answer, LocalDate today) {
    return answer.matches("P-?\\d+D") ? today.plus(Period.parse(answer)).toString() : answer;
  }

  /**
   * One page answered the plainest valid way ("no", the first option or a "none" option, the lowest
   * number, 3 on a scale), except where {@code chosen} names the answer; only items the conditions
   * show.
   */
  public static Map<String, List<String>> sampleAnswers(
      Questionnaire q, Page page, Answers saved, Map<String, List<String>> chosen) {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    Answers answers = saved;
    LocalDate today = LocalDate.now();
    for (Item item : page.items()) {
      if (!q.isShown(item, answers)) {
        continue;
      }
      List<String> value = chosen.getOrDefault(item.linkId(), plainest(item));
      raw.put(item.linkId(), value);
      answers = answers.with(item.linkId(), item.parse(value, today).value());
    }
    return raw;
  }

  private static List<String> plainest(Item item) {
    return switch (item.type()) {
      case BOOLEAN -> List.of("false");
      case CHOICE -> List.of(item.options().get(0).code());
      // "None of these" where a list offers it, as "no" for a yes-or-no question.
      case MULTI_CHOICE ->
          List.of(
              item.options().stream()
                  .filter(o -> o.code().startsWith("NONE"))
                  .findFirst()
                  .orElse(item.options().get(0))
                  .code());
      case INTEGER -> List.of(String.valueOf(item.minValue() == null ? 1 : item.minValue()));
      case SCALE -> List.of("3");
      case DATE -> List.of(LocalDate.now().minusDays(10).toString());
      case TEXT -> List.of("-");
    };
  }
}
