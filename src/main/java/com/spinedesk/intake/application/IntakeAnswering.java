package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.AnswerContext;
import com.spinedesk.intake.domain.Answers;
import com.spinedesk.intake.domain.Intake;
import com.spinedesk.intake.domain.IntakeResponse;
import com.spinedesk.intake.domain.Item;
import com.spinedesk.intake.domain.KioskCode;
import com.spinedesk.intake.domain.Page;
import com.spinedesk.intake.domain.Parsed;
import com.spinedesk.intake.domain.Problem;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.application.RequestRefused;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answering an intake, the same for staff at the desk and for the patient on the tablet: save a
 * page after checking every answer against the definition, and submit after checking everything.
 * The callers ({@link IntakeDesk}, {@link KioskAccess}) decide who may do it and audit it; this
 * runs inside their transaction.
 */
@Dependent
public class IntakeAnswering {
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext private EntityManager em;
  @EJB private QuestionnaireLibrary library;
  @Inject private Catalogues catalogues;
  @Inject private ClinicSettings settings;

  LocalDate today() {
    return LocalDate.now(settings.zone());
  }

  List<IntakeResponse> responses(long intakeId) {
    return em.createQuery(
            "select r from IntakeResponse r where r.intakeId = :id order by r.position",
            IntakeResponse.class)
        .setParameter("id", intakeId)
        .getResultList();
  }

  IntakeForm form(Intake intake, Patient patient) {
    AnswerContext context = context(patient);
    List<IntakeForm.Section> sections = new ArrayList<>();
    for (IntakeResponse response : responses(intake.getId())) {
      Questionnaire q = library.get(response.getQuestionnaireVersionId());
      sections.add(
          new IntakeForm.Section(
              response.getId(),
              q,
              new Answers(AnswersJson.read(response.getAnswers(), q), context),
              new HashSet<>(response.pagesSaved())));
    }
    return new IntakeForm(
        intake.getId(), intake.getStatus(), intake.getLanguage(), intake.getVersion(), sections);
  }

  /**
   * Replaces the answers of one page. Items of the page that are not in {@code raw} become
   * unanswered; an answer to an item the page does not have, or that its conditions hide, is
   * refused, as is any value the item does not allow.
   */
  void savePage(
      Intake intake,
      Patient patient,
      long responseId,
      String pageLinkId,
      Map<String, List<String>> raw,
      String actor) {
    refuseIfFinal(intake);
    IntakeResponse response = em.find(IntakeResponse.class, responseId);
    if (response == null || response.getIntakeId() != intake.getId()) {
      throw new RequestRefused("intake.notThisIntake");
    }
    Questionnaire q = library.get(response.getQuestionnaireVersionId());
    Page page = q.page(pageLinkId).orElseThrow(() -> new RequestRefused("intake.unknownPage"));
    LocalDate today = today();
    List<Problem> problems = new ArrayList<>();
    Set<String> onPage = new HashSet<>();
    page.items().forEach(i -> onPage.add(i.linkId()));
    for (String linkId : raw.keySet()) {
      if (!onPage.contains(linkId)) {
        problems.add(new Problem(linkId, "intake.unknownItem", List.of()));
      }
    }
    Answers answers = new Answers(AnswersJson.read(response.getAnswers(), q), context(patient));
    for (Item item : page.items()) {
      Parsed parsed = item.parse(raw.getOrDefault(item.linkId(), List.of()), today);
      if (parsed.ok()) {
        answers = answers.with(item.linkId(), parsed.value());
      } else {
        problems.add(parsed.problem());
      }
    }
    if (problems.isEmpty()) {
      problems.addAll(q.check(page, answers));
    }
    if (!problems.isEmpty()) {
      throw new AnswersRefused(responseId, problems);
    }
    response.savePage(
        pageLinkId, AnswersJson.write(q.withoutHidden(answers)), actor, Instant.now());
    intake.answered();
  }

  /**
   * Submits the intake: every questionnaire must be complete and valid; then the risk profile is
   * computed and stored, and any tablet code for the intake stops working.
   */
  RiskProfile submit(Intake intake, Patient patient, String actor) {
    refuseIfFinal(intake);
    List<RiskProfile.Answered> answered = new ArrayList<>();
    for (IntakeResponse response : responses(intake.getId())) {
      Questionnaire q = library.get(response.getQuestionnaireVersionId());
      Answers answers = new Answers(AnswersJson.read(response.getAnswers(), q), context(patient));
      List<Problem> problems = q.checkAll(answers);
      if (!problems.isEmpty()) {
        throw new AnswersRefused(response.getId(), problems);
      }
      answered.add(new RiskProfile.Answered(q, answers));
    }
    RiskProfile profile = RiskProfile.of(answered, catalogues.catalogue(), today());
    Instant now = Instant.now();
    intake.submit(actor, now, profile.urgent(), JSON.toJson(profile));
    endCodes(intake.getId(), KioskCode.EndReason.SUBMITTED, now);
    return profile;
  }

  void endCodes(long intakeId, KioskCode.EndReason reason, Instant now) {
    em.createQuery(
            "select k from KioskCode k where k.intakeId = :id and k.endedAt is null",
            KioskCode.class)
        .setParameter("id", intakeId)
        .getResultList()
        .forEach(k -> k.end(reason, now));
  }

  static RiskProfile profileOf(Intake intake) {
    return profileFrom(intake.getProfile());
  }

  /** A risk profile as stored at submission, or null for an intake not submitted yet. */
  public static RiskProfile profileFrom(String stored) {
    return stored == null ? null : JSON.fromJson(stored, RiskProfile.class);
  }

  private AnswerContext context(Patient patient) {
    return new AnswerContext(patient.ageOn(today()), patient.getSex());
  }

  private static void refuseIfFinal(Intake intake) {
    if (intake.getStatus().isFinal()) {
      throw new RequestRefused("intake.alreadySubmitted");
    }
  }
}
