package com.spinedesk.intake.application;

import static com.spinedesk.testsupport.Failures.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.intake.domain.IntakeStatus;
import com.spinedesk.intake.domain.Problem;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.it.Deployments;
import com.spinedesk.it.InPayara;
import com.spinedesk.patient.application.PatientRegistry;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.testsupport.AsAdmin;
import com.spinedesk.testsupport.AsClinician;
import com.spinedesk.testsupport.AsFrontDesk;
import com.spinedesk.testsupport.IntakeFiller;
import com.spinedesk.testsupport.Sql;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Intakes in Payara against the real MariaDB: the shipped questionnaires, page saves and their
 * refusals, submission and the risk profile, immutability and corrections, the tablet code's whole
 * life, review, definition versioning, and the audit rows for all of it.
 */
@InPayara
class IntakeIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.spineDesk();
  }

  @EJB PatientRegistry registry;
  @EJB IntakeDesk desk;
  @EJB KioskAccess kiosk;
  @EJB QuestionnaireLibrary library;
  @EJB AsFrontDesk frontDesk;
  @EJB AsClinician clinician;
  @EJB AsAdmin admin;

  private long newPatient() throws Exception {
    Patient p = new Patient();
    StringBuilder family = new StringBuilder("Intake");
    for (int i = 0; i < 8; i++) {
      family.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    p.setFamilyName(family.toString());
    p.setGivenName("Rosa");
    p.setBirthDate(LocalDate.of(1961, 2, 3));
    p.setSex(Sex.FEMALE);
    p.setPreferredLanguage(Language.ES);
    return frontDesk.call(() -> registry.register(p, true)).getId();
  }

  private IntakeForm started(long patientId) throws Exception {
    long intakeId = frontDesk.call(() -> desk.start(patientId)).getId();
    return frontDesk.call(() -> desk.open(intakeId)).form();
  }

  private IntakeForm fillAtDesk(IntakeForm form, Map<String, List<String>> chosen)
      throws Exception {
    return IntakeFiller.fillAll(
        form,
        chosen,
        (response, page, raw) ->
            frontDesk.call(() -> desk.savePage(form.intakeId(), response, page, raw)));
  }

  @Test
  void anIntakeAsksTheShippedQuestionnairesInThePatientsLanguage() throws Exception {
    long patientId = newPatient();
    IntakeForm form = started(patientId);

    assertThat(form.language()).isEqualTo(Language.ES);
    assertThat(form.status()).isEqualTo(IntakeStatus.NOT_STARTED);
    assertThat(form.sections())
        .extracting(s -> s.questionnaire().code())
        .containsExactly("BACK_SPASM_INTAKE", "RED_FLAG_SCREEN", "PAIN_SCORES");
    assertThat(
            Sql.column(
                "select action from audit_entry where record_type = 'INTAKE' and record_id = ?",
                form.intakeId()))
        .contains("CREATE", "VIEW");
    RequestRefused second =
        failsWith(RequestRefused.class, () -> frontDesk.call(() -> desk.start(patientId)));
    assertThat(second.messageKey()).isEqualTo("intake.alreadyOpen");
  }

  @Test
  void aRefusedPageNamesEachItemAndStoresNothing() throws Exception {
    IntakeForm form = started(newPatient());
    IntakeForm.Section pain = form.sections().get(2);
    String page = pain.questionnaire().pages().get(0).linkId();
    Map<String, List<String>> raw =
        IntakeFiller.rawFor(pain, pain.questionnaire().pages().get(0), Map.of());
    raw.put("pain_now", List.of("11"));
    raw.put("pain_worst_week", List.of());
    raw.put("no_such_item", List.of("1"));

    AnswersRefused refused =
        failsWith(
            AnswersRefused.class,
            () ->
                frontDesk.call(() -> desk.savePage(form.intakeId(), pain.responseId(), page, raw)));

    assertThat(refused.problems())
        .extracting(Problem::linkId, Problem::messageKey)
        .contains(
            org.assertj.core.groups.Tuple.tuple("no_such_item", "intake.unknownItem"),
            org.assertj.core.groups.Tuple.tuple("pain_now", "intake.outOfRange"));
    assertThat(Sql.column("select answers from intake_response where id = ?", pain.responseId()))
        .containsExactly("{}");
    assertThat(
            Sql.count(
                "select count(*) from audit_entry where record_type = 'INTAKE' and record_id = ?"
                    + " and action = 'UPDATE'",
                form.intakeId()))
        .isZero();
  }

  @Test
  void anAnswerToAHiddenQuestionIsRefused() throws Exception {
    IntakeForm form = started(newPatient());
    IntakeForm.Section intake = form.sections().get(0);
    var page = intake.questionnaire().page(pageOf(intake, "onset_date")).orElseThrow();
    Map<String, List<String>> raw =
        IntakeFiller.rawFor(intake, page, Map.of("onset_known", List.of("false")));
    raw.put("onset_date", List.of(LocalDate.now().minusDays(3).toString()));

    AnswersRefused refused =
        failsWith(
            AnswersRefused.class,
            () ->
                frontDesk.call(
                    () -> desk.savePage(form.intakeId(), intake.responseId(), page.linkId(), raw)));

    assertThat(refused.problems())
        .extracting(Problem::messageKey)
        .contains("intake.hiddenAnswered");
  }

  private static String pageOf(IntakeForm.Section section, String linkId) {
    return section.questionnaire().pages().stream()
        .filter(p -> p.items().stream().anyMatch(i -> i.linkId().equals(linkId)))
        .findFirst()
        .orElseThrow()
        .linkId();
  }

  @Test
  void anIncompleteIntakeCannotBeSubmitted() throws Exception {
    IntakeForm form = started(newPatient());
    AnswersRefused refused =
        failsWith(AnswersRefused.class, () -> frontDesk.call(() -> desk.submit(form.intakeId())));
    assertThat(refused.problems()).extracting(Problem::messageKey).contains("intake.required");
    assertThat(Sql.column("select status from intake where id = ?", form.intakeId()))
        .containsExactly("NOT_STARTED");
  }

  @Test
  void submissionComputesTheRiskProfileAndRedFlagsMakeItUrgent() throws Exception {
    IntakeForm form = started(newPatient());
    fillAtDesk(
        form,
        Map.of(
            "saddle_numbness", List.of("true"),
            "prior_surgery", List.of("true"),
            "surgery_new_symptoms", List.of("true"),
            "onset_known", List.of("true"),
            "onset_date", List.of(LocalDate.now().minusWeeks(8).toString()),
            "pain_now", List.of("7")));

    RiskProfile profile = frontDesk.call(() -> desk.submit(form.intakeId()));

    assertThat(profile.redFlags()).contains("CAUDA_EQUINA");
    assertThat(profile.priorSurgery()).isTrue();
    assertThat(profile.duration()).isEqualTo(com.spinedesk.intake.domain.DurationCategory.SUBACUTE);
    assertThat(profile.painScores())
        .anySatisfy(
            p -> {
              assertThat(p.linkId()).isEqualTo("pain_now");
              assertThat(p.value()).isEqualTo(7);
            });
    // The age is in the patient banner; it is not a risk factor listed for every adult.
    assertThat(profile.otherRiskFactors()).doesNotContain("AGE");
    assertThat(profile.triggersOf("CAUDA_EQUINA"))
        .extracting(t -> t.label().en())
        .containsExactly("numbness in the saddle area");
    assertThat(profile.reportedFindings()).containsExactly(RiskProfile.NEW_SYMPTOMS_AFTER_SURGERY);
    assertThat(
            Sql.column(
                "select concat(status, ' ', urgent) from intake where id = ?", form.intakeId()))
        .containsExactly("SUBMITTED 1");
    IntakeDetail detail = clinician.call(() -> desk.open(form.intakeId()));
    assertThat(detail.profile().redFlags())
        .containsExactly(profile.redFlags().toArray(String[]::new));
    assertThat(clinician.call(() -> desk.today()))
        .first()
        .satisfies(row -> assertThat(row.urgent()).isTrue());
    assertThat(
            Sql.column(
                "select action from audit_entry where record_type = 'INTAKE' and record_id = ?"
                    + " and action = 'SUBMIT'",
                form.intakeId()))
        .hasSize(1);
  }

  @Test
  void aSubmittedIntakeNeverChangesAndACorrectionIsANewIntake() throws Exception {
    IntakeForm form = fillAtDesk(started(newPatient()), Map.of());
    frontDesk.call(() -> desk.submit(form.intakeId()));
    IntakeForm.Section pain = form.sections().get(2);
    String answersBefore =
        Sql.column("select answers from intake_response where id = ?", pain.responseId()).get(0);

    RequestRefused refused =
        failsWith(
            RequestRefused.class,
            () ->
                frontDesk.call(
                    () ->
                        desk.savePage(
                            form.intakeId(),
                            pain.responseId(),
                            pain.questionnaire().pages().get(0).linkId(),
                            Map.of("pain_now", List.of("9")))));
    assertThat(refused.messageKey()).isEqualTo("intake.alreadySubmitted");
    assertThat(
            failsWith(
                    RequestRefused.class, () -> frontDesk.call(() -> desk.submit(form.intakeId())))
                .messageKey())
        .isEqualTo("intake.alreadySubmitted");

    long correctionId =
        frontDesk
            .call(() -> desk.correct(form.intakeId(), "Patient misread the pain question"))
            .getId();

    assertThat(Sql.column("select answers from intake_response where id = ?", pain.responseId()))
        .containsExactly(answersBefore);
    assertThat(
            Sql.column(
                "select concat(status, ' ', superseded) from intake where id = ?", form.intakeId()))
        .containsExactly("SUBMITTED 1");
    assertThat(
            Sql.column(
                "select concat(status, ' ', corrects_id, ' ', correction_reason) from intake where id = ?",
                correctionId))
        .containsExactly("IN_PROGRESS " + form.intakeId() + " Patient misread the pain question");
    IntakeForm correction = frontDesk.call(() -> desk.open(correctionId)).form();
    assertThat(correction.sections().get(2).answers().get("pain_now")).isEqualTo(3);
    assertThat(
            Sql.column(
                "select action from audit_entry where record_type = 'INTAKE' and record_id = ? and action = 'CORRECT'",
                form.intakeId()))
        .hasSize(1);
    assertThat(
            failsWith(
                    RequestRefused.class,
                    () -> frontDesk.call(() -> desk.correct(form.intakeId(), "again")))
                .messageKey())
        .isEqualTo("intake.notCorrectable");
  }

  @Test
  void aTabletCodeWorksOnceForItsOwnIntakeAndEndsWithTheSubmission() throws Exception {
    IntakeForm form = started(newPatient());
    IntakeForm other = started(newPatient());
    String code = frontDesk.call(() -> desk.issueKioskCode(form.intakeId()));
    assertThat(code).hasSize(6);
    assertThat(Sql.count("select count(*) from kiosk_code where code_hash = ?", code)).isZero();
    assertThat(Sql.count("select count(*) from audit_entry where detail like ?", "%" + code + "%"))
        .isZero();

    KioskGrant grant = kiosk.claim(code.toLowerCase(), "10.0.0.1");
    assertThat(grant.intakeId()).isEqualTo(form.intakeId());
    assertThat(failsWith(RequestRefused.class, () -> kiosk.claim(code, "10.0.0.1")).messageKey())
        .isEqualTo("kiosk.codeNotValid");
    assertThat(failsWith(RequestRefused.class, () -> kiosk.claim("ZZZ", "10.0.0.1")).messageKey())
        .isEqualTo("kiosk.codeMalformed");

    KioskGrant forged = new KioskGrant(grant.codeId(), other.intakeId());
    assertThat(failsWith(RequestRefused.class, () -> kiosk.open(forged)).messageKey())
        .isEqualTo("kiosk.sessionEnded");
    IntakeForm.Section pain = other.sections().get(2);
    assertThat(
            failsWith(
                    RequestRefused.class,
                    () ->
                        kiosk.savePage(
                            grant,
                            pain.responseId(),
                            pain.questionnaire().pages().get(0).linkId(),
                            Map.of()))
                .messageKey())
        .isEqualTo("intake.notThisIntake");

    IntakeForm filled =
        IntakeFiller.fillAll(
            kiosk.open(grant), Map.of(), (r, p, raw) -> kiosk.savePage(grant, r, p, raw));
    kiosk.submit(grant);

    assertThat(filled.sections()).allSatisfy(s -> assertThat(s.pagesSaved()).isNotEmpty());
    assertThat(failsWith(RequestRefused.class, () -> kiosk.open(grant)).messageKey())
        .isEqualTo("kiosk.sessionEnded");
    assertThat(
            Sql.column(
                "select concat(submitted_by, ' ', status) from intake where id = ?",
                form.intakeId()))
        .containsExactly("tablet SUBMITTED");
    assertThat(
            Sql.column(
                "select distinct actor from audit_entry where record_type = 'INTAKE' and record_id = ? and action in ('UPDATE', 'SUBMIT')",
                form.intakeId()))
        .containsExactly("tablet");
    assertThat(
            failsWith(
                    RequestRefused.class,
                    () -> frontDesk.call(() -> desk.issueKioskCode(form.intakeId())))
                .messageKey())
        .isEqualTo("intake.alreadySubmitted");
  }

  @Test
  void aNewCodeReplacesTheOldOneAndCodesExpire() throws Exception {
    IntakeForm form = started(newPatient());
    String first = frontDesk.call(() -> desk.issueKioskCode(form.intakeId()));
    KioskGrant onFirst = kiosk.claim(first, "10.0.0.1");
    String second = frontDesk.call(() -> desk.issueKioskCode(form.intakeId()));

    assertThat(failsWith(RequestRefused.class, () -> kiosk.open(onFirst)).messageKey())
        .isEqualTo("kiosk.sessionEnded");

    Sql.update(
        "update kiosk_code set expires_at = ? where intake_id = ? and ended_at is null",
        java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)),
        form.intakeId());
    assertThat(failsWith(RequestRefused.class, () -> kiosk.claim(second, "10.0.0.1")).messageKey())
        .isEqualTo("kiosk.codeNotValid");
  }

  @Test
  void onlyCliniciansMarkAnIntakeReviewedAndAStaleMarkIsRefused() throws Exception {
    IntakeForm form = fillAtDesk(started(newPatient()), Map.of());
    frontDesk.call(() -> desk.submit(form.intakeId()));
    long version = frontDesk.call(() -> desk.open(form.intakeId())).intake().getVersion();

    failsWith(
        EJBAccessException.class,
        () ->
            frontDesk.call(
                () -> {
                  desk.markReviewed(form.intakeId(), version);
                  return null;
                }));
    failsWith(
        ConcurrentChange.class,
        () ->
            clinician.call(
                () -> {
                  desk.markReviewed(form.intakeId(), version - 1);
                  return null;
                }));
    clinician.call(
        () -> {
          desk.markReviewed(form.intakeId(), version);
          return null;
        });

    assertThat(
            Sql.column(
                "select concat(status, ' ', reviewed_by) from intake where id = ?",
                form.intakeId()))
        .containsExactly("REVIEWED CLINICIAN");
    failsWith(EJBAccessException.class, () -> admin.call(() -> desk.today()));
  }

  @Test
  void aNewIntakeAsksTheNewestVersionsAndOneStartedOnAnOlderVersionKeepsIt() throws Exception {
    IntakeForm form = started(newPatient());
    assertThat(form.sections())
        .extracting(s -> s.questionnaire().code() + " v" + s.questionnaire().version())
        .containsExactly("BACK_SPASM_INTAKE v2", "RED_FLAG_SCREEN v2", "PAIN_SCORES v1");

    // An intake begun before the upgrade: its responses point at version 1.
    IntakeForm older = started(newPatient());
    for (String code : List.of("BACK_SPASM_INTAKE", "RED_FLAG_SCREEN")) {
      Sql.update(
          "update intake_response r set questionnaire_version_id = (select id from"
              + " questionnaire_version where code = ? and version = 1) where r.intake_id = ?"
              + " and r.questionnaire_version_id = (select id from questionnaire_version"
              + " where code = ? and version = 2)",
          code,
          older.intakeId(),
          code);
    }
    IntakeForm reopened = frontDesk.call(() -> desk.open(older.intakeId())).form();
    assertThat(reopened.sections())
        .extracting(s -> s.questionnaire().code() + " v" + s.questionnaire().version())
        .containsExactly("BACK_SPASM_INTAKE v1", "RED_FLAG_SCREEN v1", "PAIN_SCORES v1");
    fillAtDesk(reopened, Map.of("trigger", List.of("LIFTING")));
    RiskProfile profile = frontDesk.call(() -> desk.submit(older.intakeId()));
    assertThat(profile.otherRiskFactors()).as("version 1's rules").contains("AGE");
    assertThat(profile.reportedFindings()).isEmpty();
  }

  @Test
  void anAnsweredVersionNeverChangesAndARevisionIsANewVersion() throws Exception {
    String v1 = instrument(1, "How many days a week do you walk?");
    admin.call(() -> library.install("test", v1));
    admin.call(() -> library.install("test", v1));
    String v1Edited = instrument(1, "How many days a week do you go for a walk?");
    admin.call(() -> library.install("test", v1Edited));
    assertThat(
            Sql.column(
                "select definition from questionnaire_version where code = 'IT_WALKING' and version = 1"))
        .singleElement()
        .asString()
        .contains("go for a walk");

    long versionId =
        Long.parseLong(
            Sql.column(
                    "select id from questionnaire_version where code = 'IT_WALKING' and version = 1")
                .get(0));
    long intakeId = started(newPatient()).intakeId();
    Sql.update(
        "insert into intake_response (intake_id, questionnaire_version_id, position, answers, updated_at, updated_by)"
            + " values (?, ?, 9, '{\"walking_days\": 2}', now(6), 'test')",
        intakeId,
        versionId);

    RequestRefused refused =
        failsWith(RequestRefused.class, () -> admin.call(() -> library.install("test", v1)));
    assertThat(refused.messageKey()).isEqualTo("questionnaire.refused");
    assertThat(
            Sql.column(
                "select definition from questionnaire_version where code = 'IT_WALKING' and version = 1"))
        .singleElement()
        .asString()
        .contains("go for a walk");

    admin.call(() -> library.install("test", instrument(2, "How many days a week do you walk?")));
    assertThat(
            Sql.column(
                "select version from questionnaire_version where code = 'IT_WALKING' order by version"))
        .containsExactly("1", "2");
    assertThat(library.forNewIntake().values()).noneMatch(q -> q.code().equals("IT_WALKING"));
    failsWith(EJBAccessException.class, () -> frontDesk.call(() -> library.install("test", v1)));
  }

  private static String instrument(int version, String question) {
    return """
        {"resourceType": "Questionnaire", "code": "IT_WALKING", "version": %d, "role": "INSTRUMENT", "order": 90,
         "title": {"en": "Walking", "es": "Caminar"},
         "copyright": {"en": "Written for SpineDesk's tests", "es": "Escrito para las pruebas de SpineDesk"},
         "item": [{"linkId": "walking", "type": "group", "text": {"en": "Walking", "es": "Caminar"},
           "item": [{"linkId": "walking_days", "type": "integer", "required": true, "minValue": 0, "maxValue": 7,
                     "text": {"en": "%s", "es": "¿Cuántos días por semana camina?"}}]}]}
        """
        .formatted(version, question);
  }
}
