package com.spinedesk.charting.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.charting.domain.ExamAnalysis;
import com.spinedesk.charting.domain.ExamEntry;
import com.spinedesk.charting.domain.Grade;
import com.spinedesk.charting.domain.GradingScale;
import com.spinedesk.charting.domain.InvalidGrade;
import com.spinedesk.charting.domain.MuscleExam;
import com.spinedesk.charting.domain.MuscleGrid;
import com.spinedesk.charting.domain.MuscleTest;
import com.spinedesk.charting.domain.Side;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.FieldsRefused;
import com.spinedesk.platform.application.FieldsRefused.FieldProblem;
import com.spinedesk.platform.application.Records;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Manual muscle testing of a visit: the grid is checked cell by cell against the catalogue and the
 * chosen scale and saved whole, or refused whole with every problem named. A signed visit's exam
 * never changes.
 */
@Stateless
@RolesAllowed(Roles.CLINICIAN)
public class MuscleTesting {
  public static final String RECORD_TYPE = "MUSCLE_EXAM";

  /** The version to send when the visit has no exam yet. */
  public static final long NEW_EXAM = -1;

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @Inject private ChartingCatalogues catalogues;
  @Resource private SessionContext session;

  /** The visit's exam and the patient's exam before it (an audited read). */
  public ExamSheet sheet(long visitId) {
    Visit visit = visit(visitId);
    MuscleExam exam = examOf(visitId);
    List<MuscleExam> earlier =
        em.createQuery(
                "select e from MuscleExam e, Visit v where v.id = e.visitId"
                    + " and e.patientId = :p and e.visitId <> :visit"
                    + " and (v.visitDate < :day or (v.visitDate = :day and v.id < :visit))"
                    + " order by v.visitDate desc, v.id desc",
                MuscleExam.class)
            .setParameter("p", visit.getPatientId())
            .setParameter("visit", visitId)
            .setParameter("day", visit.getVisitDate())
            .setMaxResults(1)
            .getResultList();
    Patient patient = em.find(Patient.class, visit.getPatientId());
    audit.patient(AuditAction.VIEW, RECORD_TYPE, exam == null ? null : exam.getId(), patient, null);
    return new ExamSheet(visit, exam, earlier.isEmpty() ? null : earlier.get(0));
  }

  /**
   * Saves the grid. Every cell must name a catalogue test and a side it has, and hold a grade of
   * the scale (seconds for timed tests) or NT with a reason; otherwise nothing is saved and every
   * problem is reported under its cell ({@link MuscleGrid.Cell#field()}).
   *
   * @param seenVersion the exam's version when the grid was opened, or {@link #NEW_EXAM}
   */
  public MuscleExam record(long visitId, long seenVersion, @NotNull MuscleGrid grid) {
    // Locked: a save racing the note's signature, or another first save, waits for it.
    Visit visit = Records.require(em, Visit.class, visitId, LockModeType.PESSIMISTIC_WRITE);
    if (visit.signed()) {
      throw new RequestRefused("muscle.visitSigned");
    }
    MuscleExam exam = examOf(visitId);
    long current = exam == null ? NEW_EXAM : exam.getVersion();
    if (current != seenVersion) {
      throw exam == null
          ? new ConcurrentChange(null, null)
          : new ConcurrentChange(exam.getUpdatedBy(), exam.getUpdatedAt());
    }
    List<ExamEntry> entries = read(grid);
    boolean created = exam == null;
    if (created) {
      exam = new MuscleExam(visitId, visit.getPatientId(), visit.getVisitDate());
      em.persist(exam);
    }
    exam.record(entries, grid.note(), actor(), Instant.now());
    try {
      em.flush();
    } catch (OptimisticLockException raced) {
      throw new ConcurrentChange(null, null);
    }
    Patient patient = em.find(Patient.class, visit.getPatientId());
    audit.patient(
        created ? AuditAction.CREATE : AuditAction.UPDATE,
        RECORD_TYPE,
        exam.getId(),
        patient,
        entries.size() + " results at visit " + visitId);
    return exam;
  }

  /**
   * Reads the grid as it stands on screen, without saving it, and tells what it shows: the live
   * analysis beside the grid. Refused with every problem, like {@link #record}.
   */
  public ExamAnalysis preview(@NotNull MuscleGrid grid) {
    return analyse(read(grid));
  }

  /** What the visit's saved exam shows; an exam not yet saved shows nothing. */
  public ExamAnalysis analysisOf(long visitId) {
    MuscleExam exam = examOf(visitId);
    return analyse(exam == null ? List.of() : exam.getEntries());
  }

  /** What a saved exam (this visit's or an earlier one) shows. */
  public ExamAnalysis analyse(MuscleExam exam) {
    return analyse(exam == null ? List.of() : exam.getEntries());
  }

  private ExamAnalysis analyse(List<ExamEntry> entries) {
    List<ExamAnalysis.Result> results = new ArrayList<>();
    for (ExamEntry entry : entries) {
      catalogues
          .catalogue()
          .muscleTest(entry.getTestCode())
          .ifPresent(t -> results.add(new ExamAnalysis.Result(t, entry.getSide(), entry.grade())));
    }
    return ExamAnalysis.of(results);
  }

  /** Reads every cell of the grid; refuses the whole grid with all its problems. */
  private List<ExamEntry> read(MuscleGrid grid) {
    List<FieldProblem> problems = new ArrayList<>();
    if (grid.scale() == null || !grid.scale().isStrength()) {
      problems.add(FieldProblem.of("scale", "muscle.unknownScale"));
    }
    if (grid.note() != null && grid.note().length() > 2000) {
      problems.add(FieldProblem.of("note", "muscle.noteTooLong", 2000));
    }
    List<ExamEntry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (MuscleGrid.Cell cell : grid.cells()) {
      if (cell.blank()) {
        continue;
      }
      MuscleTest test = catalogues.catalogue().muscleTest(cell.testCode()).orElse(null);
      if (test == null) {
        problems.add(FieldProblem.of(cell.field(), "muscle.unknownTest", cell.testCode()));
        continue;
      }
      if (cell.side() == null || (test.timed() != (cell.side() == Side.NONE))) {
        problems.add(FieldProblem.of(cell.field(), "muscle.wrongSide"));
        continue;
      }
      if (!seen.add(cell.field())) {
        problems.add(FieldProblem.of(cell.field(), "muscle.duplicate"));
        continue;
      }
      if (cell.note() != null && cell.note().length() > 300) {
        problems.add(FieldProblem.of(cell.field(), "muscle.cellNoteTooLong", 300));
        continue;
      }
      // Each cell is read on its own scale: a grade typed on MRC stays an MRC grade whatever
      // the grid's default became afterwards.
      GradingScale scale =
          test.timed() ? GradingScale.SECONDS : cell.scale() != null ? cell.scale() : grid.scale();
      if (cell.scale() != null && !test.timed() && !cell.scale().isStrength()) {
        problems.add(FieldProblem.of(cell.field(), "muscle.unknownScale"));
        continue;
      }
      if (scale == null || (!test.timed() && !scale.isStrength())) {
        continue; // the grid's scale itself is already reported
      }
      try {
        Grade grade = Grade.parse(cell.typed(), scale, test.maxSeconds());
        if (grade == null) {
          problems.add(FieldProblem.of(cell.field(), "muscle.gradeMissing"));
        } else if (grade.notTestable() && (cell.note() == null || cell.note().isBlank())) {
          problems.add(FieldProblem.of(cell.field(), "muscle.notTestableNeedsReason"));
        } else {
          entries.add(new ExamEntry(test.code(), cell.side(), grade, cell.pain(), cell.note()));
        }
      } catch (InvalidGrade invalid) {
        problems.add(
            new FieldProblem(cell.field(), invalid.messageKey(), List.of(invalid.arguments())));
      }
    }
    FieldsRefused.throwIfAny(problems);
    return entries;
  }

  private MuscleExam examOf(long visitId) {
    return em
        .createQuery("select e from MuscleExam e where e.visitId = :v", MuscleExam.class)
        .setParameter("v", visitId)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private Visit visit(long visitId) {
    return Records.require(em, Visit.class, visitId);
  }

  private String actor() {
    return session.getCallerPrincipal().getName();
  }
}
