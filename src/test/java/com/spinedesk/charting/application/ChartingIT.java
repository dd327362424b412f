package com.spinedesk.charting.application;

import static com.spinedesk.testsupport.Failures.failsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.spinedesk.charting.domain.ExamAnalysis;
import com.spinedesk.charting.domain.GradingScale;
import com.spinedesk.charting.domain.MuscleExam;
import com.spinedesk.charting.domain.MuscleGrid;
import com.spinedesk.charting.domain.Side;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.charting.domain.VisitNote;
import com.spinedesk.charting.domain.VisitStatus;
import com.spinedesk.it.Deployments;
import com.spinedesk.it.InPayara;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.FieldsRefused;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.testsupport.AsClinician;
import com.spinedesk.testsupport.AsFrontDesk;
import com.spinedesk.testsupport.Sql;
import com.spinedesk.testsupport.SubmittedPatients;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Charting in Payara against the real MariaDB: visit notes from draft to signature and addenda,
 * stale saves, who may sign, the muscle-test grid and its refusals, the chart's paging, role checks
 * and the audit rows of all of it.
 */
@InPayara
class ChartingIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.spineDesk();
  }

  @EJB VisitNotes notes;
  @EJB MuscleTesting testing;
  @EJB Chart chart;
  @EJB SubmittedPatients patients;
  @EJB AsClinician clinician;
  @EJB AsFrontDesk frontDesk;

  private Patient patientWithIntake() throws Exception {
    return patients.withIntake(
        "Chart",
        LocalDate.of(1975, 5, 6),
        Sex.FEMALE,
        Language.EN,
        Map.of("pain_now", List.of("7"), "heavy_lifting", List.of("true")));
  }

  private static VisitNote complete(String plan) {
    return new VisitNote(
        "Low back spasm after lifting",
        "Paraspinal spasm L4-L5, no neuro deficit",
        "Acute lumbar muscle spasm",
        List.of("M62.830", "S39.012A"),
        plan,
        6);
  }

  private static List<MuscleGrid.Cell> normalGrid() {
    List<MuscleGrid.Cell> cells = new ArrayList<>();
    for (String code :
        List.of(
            "HIP_FLEXION",
            "KNEE_EXTENSION",
            "ANKLE_DORSIFLEXION",
            "GREAT_TOE_EXTENSION",
            "ANKLE_PLANTARFLEXION",
            "HIP_ABDUCTION",
            "ANKLE_EVERSION")) {
      cells.add(new MuscleGrid.Cell(code, Side.LEFT, "5", false, null));
      cells.add(new MuscleGrid.Cell(code, Side.RIGHT, "5", false, null));
    }
    return cells;
  }

  private static List<MuscleGrid.Cell> with(List<MuscleGrid.Cell> cells, MuscleGrid.Cell changed) {
    List<MuscleGrid.Cell> result = new ArrayList<>(cells);
    result.removeIf(c -> c.field().equals(changed.field()));
    result.add(changed);
    return result;
  }

  @Test
  void aNoteIsDraftedSignedByItsAuthorAndThenOnlyAmended() throws Exception {
    Patient p = patientWithIntake();
    Visit started = clinician.call(() -> notes.start(p.getId()));
    assertThat(started.getStatus()).isEqualTo(VisitStatus.DRAFT);
    assertThat(started.getPainNow()).as("today's intake pain").isEqualTo(7);
    assertThat(started.getIntakeId()).isNotNull();
    assertThat(clinician.call(() -> notes.start(p.getId())).getId())
        .as("starting again opens the same draft")
        .isEqualTo(started.getId());

    Visit saved =
        clinician.call(() -> notes.save(started.getId(), started.getVersion(), complete("Heat")));
    Visit signed =
        clinician.call(() -> notes.sign(saved.getId(), saved.getVersion(), complete("Heat, walk")));
    assertThat(signed.getStatus()).isEqualTo(VisitStatus.SIGNED);
    assertThat(signed.getSignedBy()).isEqualTo("CLINICIAN");

    RequestRefused locked =
        failsWith(
            RequestRefused.class,
            () ->
                clinician.call(
                    () -> notes.save(signed.getId(), signed.getVersion(), complete("Changed"))));
    assertThat(locked.messageKey()).isEqualTo("visit.alreadySigned");
    assertThat(Sql.column("select plan from visit where id = ?", signed.getId()))
        .containsExactly("Heat, walk");
    assertThat(
            Sql.column(
                "select code from visit_diagnosis where visit_id = ? order by position",
                signed.getId()))
        .containsExactly("M62.830", "S39.012A");

    clinician.call(() -> notes.addAddendum(signed.getId(), "MRI report reviewed by phone."));
    VisitDetail detail = clinician.call(() -> notes.open(signed.getId()));
    assertThat(detail.addenda())
        .extracting(a -> a.getText())
        .containsExactly("MRI report reviewed by phone.");

    assertThat(
            Sql.column(
                "select concat(action, ' ', record_type) from audit_entry where patient_id = ?"
                    + " and record_type like 'VISIT%' order by id",
                p.getId()))
        .containsSubsequence(
            "CREATE VISIT", "UPDATE VISIT", "SIGN VISIT", "CREATE VISIT_ADDENDUM", "VIEW VISIT");
  }

  @Test
  void addendaAreOnlyForSignedNotesAndNeedText() throws Exception {
    Patient p = patientWithIntake();
    Visit draft = clinician.call(() -> notes.start(p.getId()));
    RequestRefused refused =
        failsWith(
            RequestRefused.class,
            () -> clinician.call(() -> notes.addAddendum(draft.getId(), "x")));
    assertThat(refused.messageKey()).isEqualTo("visit.addendumNeedsSigned");
    Visit signed =
        clinician.call(() -> notes.sign(draft.getId(), draft.getVersion(), complete("Walk")));
    failsWith(
        jakarta.validation.ConstraintViolationException.class,
        () -> clinician.call(() -> notes.addAddendum(signed.getId(), "   ")));
    assertThat(Sql.count("select count(*) from visit_addendum where visit_id = ?", signed.getId()))
        .isZero();
  }

  @Test
  void aStaleSaveIsRefusedAndOverwritesNothing() throws Exception {
    Patient p = patientWithIntake();
    Visit draft = clinician.call(() -> notes.start(p.getId()));
    long seen = draft.getVersion();
    clinician.call(() -> notes.save(draft.getId(), seen, complete("First clinician's plan")));

    ConcurrentChange stale =
        failsWith(
            ConcurrentChange.class,
            () -> clinician.call(() -> notes.save(draft.getId(), seen, complete("Second plan"))));
    assertThat(stale.changedBy()).isEqualTo("CLINICIAN");
    assertThat(Sql.column("select plan from visit where id = ?", draft.getId()))
        .containsExactly("First clinician's plan");
    failsWith(
        ConcurrentChange.class,
        () -> clinician.call(() -> notes.sign(draft.getId(), seen, complete("Second plan"))));
  }

  @Test
  void onlyTheAuthorSignsAndOnlyACompleteNote() throws Exception {
    Patient p = patientWithIntake();
    Visit draft = clinician.call(() -> notes.start(p.getId()));
    RequestRefused incomplete =
        failsWith(
            RequestRefused.class,
            () ->
                clinician.call(
                    () -> notes.sign(draft.getId(), draft.getVersion(), VisitNote.empty())));
    assertThat(incomplete.messageKey()).isEqualTo("visit.incomplete");

    Sql.update("update visit set author = 'drother' where id = ?", draft.getId());
    RequestRefused notAuthor =
        failsWith(
            RequestRefused.class,
            () ->
                clinician.call(
                    () -> notes.sign(draft.getId(), draft.getVersion(), complete("Walk"))));
    assertThat(notAuthor.messageKey()).isEqualTo("visit.notAuthor");
    assertThat(notAuthor.arguments()).containsExactly("drother");
    assertThat(Sql.column("select status from visit where id = ?", draft.getId()))
        .containsExactly("DRAFT");
  }

  @Test
  void diagnosesMustComeFromTheCatalogue() throws Exception {
    Patient p = patientWithIntake();
    Visit draft = clinician.call(() -> notes.start(p.getId()));
    VisitNote tampered = new VisitNote("Pain", null, null, List.of("M54.5"), null, null);
    RequestRefused refused =
        failsWith(
            RequestRefused.class,
            () -> clinician.call(() -> notes.save(draft.getId(), draft.getVersion(), tampered)));
    assertThat(refused.messageKey()).isEqualTo("visit.unknownDiagnosis");
    assertThat(refused.field()).isEqualTo("diagnoses");
    VisitNote outOfRange = new VisitNote("Pain", null, null, List.of(), null, 11);
    failsWith(
        jakarta.validation.ConstraintViolationException.class,
        () -> clinician.call(() -> notes.save(draft.getId(), draft.getVersion(), outOfRange)));
  }

  @Test
  void theFrontDeskCannotReadOrWriteClinicalNotes() throws Exception {
    Patient p = patientWithIntake();
    Visit draft = clinician.call(() -> notes.start(p.getId()));
    failsWith(EJBAccessException.class, () -> frontDesk.call(() -> notes.open(draft.getId())));
    failsWith(EJBAccessException.class, () -> frontDesk.call(() -> notes.start(p.getId())));
    failsWith(EJBAccessException.class, () -> frontDesk.call(() -> chart.open(p.getId())));
    failsWith(EJBAccessException.class, () -> frontDesk.call(() -> testing.sheet(draft.getId())));
  }

  @Test
  void theGridIsRefusedWholeWithEveryProblemNamed() throws Exception {
    Patient p = patientWithIntake();
    Visit visit = clinician.call(() -> notes.start(p.getId()));
    List<MuscleGrid.Cell> cells = normalGrid();
    cells = with(cells, new MuscleGrid.Cell("HIP_FLEXION", Side.LEFT, "6", false, null));
    cells = with(cells, new MuscleGrid.Cell("KNEE_EXTENSION", Side.RIGHT, "NT", false, " "));
    cells.add(new MuscleGrid.Cell("BICEPS", Side.LEFT, "5", false, null));
    cells.add(new MuscleGrid.Cell("BIERING_SORENSEN", Side.LEFT, "40", false, null));
    cells.add(new MuscleGrid.Cell("PRONE_DOUBLE_SLR", Side.NONE, "9999", false, null));
    MuscleGrid grid = new MuscleGrid(GradingScale.MRC, cells, null);

    FieldsRefused refused =
        failsWith(
            FieldsRefused.class,
            () ->
                clinician.call(() -> testing.record(visit.getId(), MuscleTesting.NEW_EXAM, grid)));

    assertThat(refused.problems())
        .extracting(FieldsRefused.FieldProblem::field, FieldsRefused.FieldProblem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("HIP_FLEXION.LEFT", "grade.notMrc"),
            tuple("KNEE_EXTENSION.RIGHT", "muscle.notTestableNeedsReason"),
            tuple("BICEPS.LEFT", "muscle.unknownTest"),
            tuple("BIERING_SORENSEN.LEFT", "muscle.wrongSide"),
            tuple("PRONE_DOUBLE_SLR.NONE", "grade.notSeconds"));
    assertThat(Sql.count("select count(*) from muscle_exam where visit_id = ?", visit.getId()))
        .isZero();

    MuscleGrid kendallNote = new MuscleGrid(GradingScale.SECONDS, normalGrid(), null);
    FieldsRefused scale =
        failsWith(
            FieldsRefused.class,
            () ->
                clinician.call(
                    () -> testing.record(visit.getId(), MuscleTesting.NEW_EXAM, kendallNote)));
    assertThat(scale.problems())
        .extracting(FieldsRefused.FieldProblem::field)
        .containsExactly("scale");
  }

  @Test
  void aSavedExamIsAnalysedComparedWithTheLastOneAndLockedBySigning() throws Exception {
    Patient p = patientWithIntake();
    Visit first = clinician.call(() -> notes.start(p.getId()));
    clinician.call(
        () ->
            testing.record(
                first.getId(),
                MuscleTesting.NEW_EXAM,
                new MuscleGrid(GradingScale.MRC, normalGrid(), "baseline")));
    // The first visit becomes last week's, so the next one is today's.
    Sql.update(
        "update visit set visit_date = ? where id = ?",
        LocalDate.now().minusDays(7),
        first.getId());
    Sql.update(
        "update muscle_exam set examined_on = ? where visit_id = ?",
        LocalDate.now().minusDays(7),
        first.getId());
    Visit today = clinician.call(() -> notes.start(p.getId()));
    assertThat(today.getId()).isNotEqualTo(first.getId());

    List<MuscleGrid.Cell> cells =
        with(
            with(
                normalGrid(),
                new MuscleGrid.Cell("GREAT_TOE_EXTENSION", Side.RIGHT, "4-", true, "pain at L5")),
            new MuscleGrid.Cell("ANKLE_EVERSION", Side.LEFT, "NT", false, "ankle cast"));
    cells.add(new MuscleGrid.Cell("BIERING_SORENSEN", Side.NONE, "38", false, null));
    MuscleExam exam =
        clinician.call(
            () ->
                testing.record(
                    today.getId(),
                    MuscleTesting.NEW_EXAM,
                    new MuscleGrid(GradingScale.MRC, cells, null)));

    assertThat(entry(exam, "GREAT_TOE_EXTENSION", "RIGHT"))
        .isEqualTo("MRC 4- NT=0 pain=1 pain at L5");
    assertThat(entry(exam, "GREAT_TOE_EXTENSION", "LEFT")).isEqualTo("MRC 5 NT=0 pain=0 ");
    assertThat(entry(exam, "ANKLE_EVERSION", "LEFT")).isEqualTo("MRC - NT=1 pain=0 ankle cast");
    assertThat(entry(exam, "BIERING_SORENSEN", "NONE")).isEqualTo("SECONDS 38 NT=0 pain=0 ");

    ExamAnalysis analysis = clinician.call(() -> testing.analysisOf(today.getId()));
    assertThat(analysis.suggestion().pattern()).isEqualTo(ExamAnalysis.Pattern.SINGLE_ROOT);
    assertThat(analysis.suggestion().side()).isEqualTo(Side.RIGHT);
    assertThat(analysis.suggestion().roots()).containsExactly("L5");

    ExamSheet sheet = clinician.call(() -> testing.sheet(today.getId()));
    assertThat(sheet.previous()).isNotNull();
    assertThat(sheet.previous().getNote()).isEqualTo("baseline");

    ConcurrentChange stale =
        failsWith(
            ConcurrentChange.class,
            () ->
                clinician.call(
                    () ->
                        testing.record(
                            today.getId(),
                            MuscleTesting.NEW_EXAM,
                            new MuscleGrid(GradingScale.MRC, normalGrid(), null))));
    assertThat(stale.changedBy()).isEqualTo("CLINICIAN");

    clinician.call(() -> notes.sign(today.getId(), today.getVersion(), complete("Walk")));
    RequestRefused locked =
        failsWith(
            RequestRefused.class,
            () ->
                clinician.call(
                    () ->
                        testing.record(
                            today.getId(),
                            exam.getVersion(),
                            new MuscleGrid(GradingScale.MRC, normalGrid(), null))));
    assertThat(locked.messageKey()).isEqualTo("muscle.visitSigned");
    assertThat(
            Sql.column(
                "select concat(action, ' ', record_type) from audit_entry where patient_id = ?"
                    + " and record_type = 'MUSCLE_EXAM' order by id",
                p.getId()))
        .contains("CREATE MUSCLE_EXAM", "VIEW MUSCLE_EXAM");
  }

  /** One stored grid entry as "SCALE value+modifier NT=n pain=n note". */
  private static String entry(MuscleExam exam, String code, String side) throws Exception {
    return Sql.column(
            "select concat(scale, ' ', coalesce(grade_value, '-'), coalesce(grade_modifier, ''),"
                + " ' NT=', not_testable, ' pain=', pain, ' ', coalesce(note, ''))"
                + " from muscle_exam_entry where exam_id = ? and test_code = ? and side = ?",
            exam.getId(),
            code,
            side)
        .get(0);
  }

  @Test
  void theChartReadsVisitsOnePageAtATimeNewestFirst() throws Exception {
    Patient p = patientWithIntake();
    for (int days = 30; days >= 1; days--) {
      Sql.update(
          "insert into visit (patient_id, visit_date, status, author, pain_now, created_at,"
              + " updated_at, updated_by) values (?, ?, 'SIGNED', 'CLINICIAN', ?, now(6), now(6),"
              + " 'CLINICIAN')",
          p.getId(),
          LocalDate.now().minusDays(days),
          days % 11);
    }
    ChartSummary summary = clinician.call(() -> chart.open(p.getId()));
    assertThat(summary.visitCount()).isEqualTo(30);
    assertThat(summary.latestIntake()).isNotNull();
    assertThat(summary.painTrend()).hasSize(Chart.TREND_POINTS);
    assertThat(summary.painTrend().get(summary.painTrend().size() - 1).date())
        .isEqualTo(LocalDate.now().minusDays(1));

    List<Visit> second = clinician.call(() -> chart.visits(p.getId(), 10, 10));
    assertThat(second).hasSize(10);
    assertThat(second.get(0).getVisitDate()).isEqualTo(LocalDate.now().minusDays(11));
    assertThat(clinician.call(() -> chart.countVisits(p.getId()))).isEqualTo(30);
    assertThat(
            Sql.column(
                "select detail from audit_entry where patient_id = ? and record_type = 'VISIT_LIST'",
                p.getId()))
        .containsExactly("10 visits from row 11");
  }

  @Test
  void eachEntryKeepsItsOwnScale() throws Exception {
    Visit visit = clinician.call(() -> notes.start(patientWithIntake().getId()));
    // An MRC grid with one muscle graded on Kendall, on one side only.
    List<MuscleGrid.Cell> cells =
        with(
            normalGrid(),
            new MuscleGrid.Cell(
                "HIP_ABDUCTION", Side.RIGHT, "10", false, null, GradingScale.KENDALL));
    MuscleExam exam =
        clinician.call(
            () ->
                testing.record(
                    visit.getId(),
                    MuscleTesting.NEW_EXAM,
                    new MuscleGrid(GradingScale.MRC, cells, null)));

    assertThat(
            Sql.column(
                "select concat(test_code, ' ', side, ' ', scale, ' ', grade_value)"
                    + " from muscle_exam_entry where exam_id = ? and test_code = 'HIP_ABDUCTION'"
                    + " order by side",
                exam.getId()))
        .containsExactly("HIP_ABDUCTION LEFT MRC 5", "HIP_ABDUCTION RIGHT KENDALL 10");
    ExamAnalysis analysis = clinician.call(() -> testing.analysisOf(visit.getId()));
    assertThat(analysis.weak()).as("5/5 and 10/10 are both normal").isEmpty();
    assertThat(analysis.asymmetries()).isEmpty();
    assertThat(analysis.mixedScales()).extracting(t -> t.code()).containsExactly("HIP_ABDUCTION");

    // The same grid with the default switched to Kendall: typed grades keep their scale.
    MuscleExam again =
        clinician.call(
            () ->
                testing.record(
                    visit.getId(),
                    exam.getVersion(),
                    new MuscleGrid(
                        GradingScale.KENDALL,
                        cells.stream()
                            .map(
                                c ->
                                    c.scale() != null
                                        ? c
                                        : new MuscleGrid.Cell(
                                            c.testCode(),
                                            c.side(),
                                            c.typed(),
                                            c.pain(),
                                            c.note(),
                                            GradingScale.MRC))
                            .toList(),
                        null)));
    assertThat(clinician.call(() -> testing.analysisOf(visit.getId())).weak())
        .as("nothing became 'weak 5/10'")
        .isEmpty();
    assertThat(again.getVersion()).isGreaterThan(exam.getVersion());
  }

  @Test
  void aVisitKeepsItsIntakeAndSwitchesToANewerOneOnlyWhenAsked() throws Exception {
    Patient patient = patientWithIntake();
    Visit visit = clinician.call(() -> notes.start(patient.getId()));
    long first = visit.getIntakeId();
    assertThat(clinician.call(() -> notes.open(visit.getId())).newerIntake()).isNull();

    long newer = patients.submitIntake(patient.getId(), Map.of("fever", List.of("true")));

    VisitDetail opened = clinician.call(() -> notes.open(visit.getId()));
    assertThat(opened.intake().intake().getId())
        .as("still the one it started with")
        .isEqualTo(first);
    assertThat(opened.newerIntake().intake().getId()).isEqualTo(newer);

    Visit switched =
        clinician.call(() -> notes.reviewIntake(visit.getId(), opened.visit().getVersion(), newer));
    assertThat(switched.getIntakeId()).isEqualTo(newer);
    assertThat(
            clinician
                .call(() -> notes.reviewIntake(visit.getId(), opened.visit().getVersion(), newer))
                .getVersion())
        .as("a double click changes nothing and is not refused")
        .isEqualTo(switched.getVersion());
    assertThat(clinician.call(() -> notes.open(visit.getId())).newerIntake()).isNull();
    assertThat(
            Sql.column(
                "select detail from audit_entry where record_type = 'VISIT' and record_id = ?"
                    + " and action = 'UPDATE'",
                visit.getId()))
        .containsExactly("reviews intake " + newer + " instead of " + first);
    RequestRefused stale =
        failsWith(
            ConcurrentChange.class,
            () ->
                clinician.call(
                    () -> notes.reviewIntake(visit.getId(), opened.visit().getVersion(), first)));
    assertThat(stale).isNotNull();
    Patient other = patientWithIntake();
    long foreign = clinician.call(() -> notes.start(other.getId())).getIntakeId();
    RequestRefused notTheirs =
        failsWith(
            RequestRefused.class,
            () ->
                clinician.call(
                    () -> notes.reviewIntake(visit.getId(), switched.getVersion(), foreign)));
    assertThat(notTheirs.messageKey()).isEqualTo("visit.noSuchIntake");
  }

  @Test
  void todaysPatientsAreThoseWithASubmittedIntakeRedFlagsFirst() throws Exception {
    Patient plain = patientWithIntake();
    Patient redFlag =
        patients.withIntake(
            "Flag",
            LocalDate.of(1960, 1, 1),
            Sex.MALE,
            Language.EN,
            Map.of("fever", List.of("true")));
    Patient noIntake = patients.register("None", LocalDate.of(1980, 1, 1), Sex.MALE, Language.EN);
    Visit visit = clinician.call(() -> notes.start(plain.getId()));

    List<WorklistPatient> today = clinician.call(() -> chart.today());
    List<Long> ids = today.stream().map(WorklistPatient::patientId).toList();
    assertThat(ids).contains(plain.getId(), redFlag.getId()).doesNotContain(noIntake.getId());
    int lastUrgent = -1;
    for (int i = 0; i < today.size(); i++) {
      if (today.get(i).urgent()) {
        lastUrgent = i;
      }
    }
    int firstPlain =
        today.stream()
            .filter(r -> !r.urgent())
            .findFirst()
            .map(today::indexOf)
            .orElse(today.size());
    assertThat(lastUrgent).isLessThan(firstPlain);
    assertThat(
            today.stream()
                .filter(r -> r.patientId() == plain.getId())
                .findFirst()
                .orElseThrow()
                .visitId())
        .isEqualTo(visit.getId());
  }
}
