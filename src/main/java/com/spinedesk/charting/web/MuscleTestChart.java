package com.spinedesk.charting.web;

import com.spinedesk.charting.application.ChartingCatalogues;
import com.spinedesk.charting.application.ExamSheet;
import com.spinedesk.charting.application.MuscleTesting;
import com.spinedesk.charting.domain.ExamAnalysis;
import com.spinedesk.charting.domain.ExamEntry;
import com.spinedesk.charting.domain.GradingScale;
import com.spinedesk.charting.domain.MuscleExam;
import com.spinedesk.charting.domain.MuscleGrid;
import com.spinedesk.charting.domain.MuscleTest;
import com.spinedesk.charting.domain.Side;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.FieldsRefused;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.web.Dates;
import com.spinedesk.platform.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The muscle-test grid of a visit: one row per catalogue test, a cell per side, typed by keyboard
 * ("4-", "5", "NT"). While typing, the analysis beside the grid says what the grades show; on save
 * the grid is checked on the server and weak and uneven results are highlighted in it. The previous
 * exam is shown beside each row.
 *
 * <p>Each grade keeps the scale it was typed on (shown beside it as /5 or /10): the scale chosen
 * for the grid is only the default for cells still empty, so switching it never re-reads a grade.
 */
@Named
@ViewScoped
public class MuscleTestChart implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The grid's form: its messages are shown there, not with the note's. */
  private static final String FORM = "muscleForm";

  @EJB private MuscleTesting testing;
  @Inject private ChartingCatalogues catalogues;
  @Inject private Dates dates;
  @Inject private ChartTexts texts;

  private long visitId;
  private boolean locked;
  private long version = MuscleTesting.NEW_EXAM;
  private GradingScale scale = GradingScale.MRC;

  /** The scale the grid's menu was set to in this request; applied by {@link #scaleChanged}. */
  private GradingScale requestedScale;

  private String note;
  private List<Row> graded;
  private List<Row> timed;
  private ExamAnalysis analysis;
  private ExamAnalysis saved;
  private String previousDate;

  /** The grid as last loaded or saved, to tell whether what is on screen is saved. */
  private List<MuscleGrid.Cell> savedCells = List.of();

  private final Map<String, String> problems = new HashMap<>();
  private boolean conflict;

  /** One grid cell: what was typed, pain on testing, the note, and what the server said of it. */
  public static final class Cell implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private String typed;
    private boolean pain;
    private String note;
    private String previous;

    /** The scale of the grade typed here; null while the cell is empty (it takes the default). */
    private GradingScale scale;

    /** Gives a graded cell the scale it was typed on, once; an emptied cell follows the default. */
    void settle(GradingScale current) {
      if (typed == null || typed.isBlank()) {
        scale = null;
      } else if (scale == null) {
        scale = current;
      }
    }

    /** "/5" or "/10" beside a strength grade, so the scale of every entry is seen. */
    public String getScaleMark() {
      if (scale == null
          || typed == null
          || typed.isBlank()
          || "NT".equalsIgnoreCase(typed.strip())) {
        return "";
      }
      return "/" + scale.full();
    }

    public String getTyped() {
      return typed;
    }

    public void setTyped(String typed) {
      this.typed = typed;
    }

    public boolean isPain() {
      return pain;
    }

    public void setPain(boolean pain) {
      this.pain = pain;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    /** The previous exam's result on this side, as charted then ("4−", "NT"); null if none. */
    public String getPrevious() {
      return previous;
    }
  }

  /** One test: a cell per side for a graded muscle, one cell (side NONE) for a timed trunk test. */
  public static final class Row implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final MuscleTest test;
    private final Cell left = new Cell();
    private final Cell right = new Cell();
    private final Cell single = new Cell();

    Row(MuscleTest test) {
      this.test = test;
    }

    public MuscleTest getTest() {
      return test;
    }

    public Cell getLeft() {
      return left;
    }

    public Cell getRight() {
      return right;
    }

    public Cell getSingle() {
      return single;
    }

    Cell cell(Side side) {
      return switch (side) {
        case LEFT -> left;
        case RIGHT -> right;
        case NONE -> single;
      };
    }
  }

  /**
   * Opens the grid of the visit the page opened; nothing when the page itself could not open the
   * visit (the page then answers 404 and renders nothing).
   */
  public void open(Long visitId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (visitId == null || faces.getResponseComplete() || faces.isValidationFailed()) {
      return;
    }
    this.visitId = visitId;
    load();
  }

  private void load() {
    ExamSheet sheet = testing.sheet(visitId);
    locked = sheet.visit().signed();
    graded = new ArrayList<>();
    timed = new ArrayList<>();
    for (MuscleTest test : catalogues.catalogue().muscleTests()) {
      (test.timed() ? timed : graded).add(new Row(test));
    }
    MuscleExam exam = sheet.exam();
    requestedScale = null;
    version = exam == null ? MuscleTesting.NEW_EXAM : exam.getVersion();
    note = exam == null ? null : exam.getNote();
    if (exam != null) {
      // The grid's default is the scale the exam's first strength grade was typed on.
      scale =
          exam.getEntries().stream()
              .map(MuscleTestChart::strengthScale)
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(GradingScale.MRC);
      for (ExamEntry entry : exam.getEntries()) {
        row(entry.getTestCode())
            .ifPresent(
                r -> {
                  Cell cell = r.cell(entry.getSide());
                  cell.typed = entry.grade().typed();
                  cell.scale = strengthScale(entry);
                  cell.pain = entry.isPain();
                  cell.note = entry.getNote();
                });
      }
    }
    MuscleExam previous = sheet.previous();
    previousDate = previous == null ? null : dates.date(previous.getExaminedOn());
    if (previous != null) {
      for (ExamEntry entry : previous.getEntries()) {
        row(entry.getTestCode())
            .ifPresent(r -> r.cell(entry.getSide()).previous = entry.grade().displayWithScale());
      }
    }
    saved = testing.analyse(exam);
    analysis = saved;
    savedCells = filled(grid());
    problems.clear();
    conflict = false;
  }

  /** The strength scale a saved grade was typed on; null for a timed test, which has none. */
  private static GradingScale strengthScale(ExamEntry entry) {
    GradingScale typedOn = entry.grade().scale();
    return typedOn.isStrength() ? typedOn : null;
  }

  /**
   * Gives every graded cell typed so far the grid's scale of the moment, once: done before the
   * default changes and before the grid is read, so a grade keeps the scale it was typed on.
   */
  private void settleTypedGrades() {
    for (Row r : graded) {
      r.left.settle(scale);
      r.right.settle(scale);
    }
  }

  /** The cells that hold something, each typed value trimmed: what a save would store. */
  private static List<MuscleGrid.Cell> filled(MuscleGrid grid) {
    return grid.cells().stream()
        .filter(c -> !c.blank())
        .map(
            c ->
                new MuscleGrid.Cell(
                    c.testCode(),
                    c.side(),
                    c.typed() == null ? null : c.typed().strip(),
                    c.pain(),
                    c.note() == null || c.note().isBlank() ? null : c.note().strip(),
                    c.scale()))
        .toList();
  }

  /** Whether the grid on screen holds results that are not saved (signing would lose them). */
  public boolean hasUnsavedChanges() {
    return graded != null && !locked && !filled(grid()).equals(savedCells);
  }

  private Optional<Row> row(String code) {
    return Stream.concat(graded.stream(), timed.stream())
        .filter(r -> r.test.code().equals(code))
        .findFirst();
  }

  /** The grid as typed, for the service; every graded cell keeps the scale it was typed on. */
  private MuscleGrid grid() {
    settleTypedGrades();
    List<MuscleGrid.Cell> cells = new ArrayList<>();
    for (Row r : graded) {
      for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
        Cell c = r.cell(side);
        cells.add(new MuscleGrid.Cell(r.test.code(), side, c.typed, c.pain, c.note, c.scale));
      }
    }
    for (Row r : timed) {
      cells.add(
          new MuscleGrid.Cell(
              r.test.code(), Side.NONE, r.single.typed, r.single.pain, r.single.note));
    }
    return new MuscleGrid(scale, cells, note);
  }

  /**
   * The grid's scale was changed: grades already typed keep the scale they were typed on, and only
   * empty cells take the new one.
   */
  public void scaleChanged() {
    applyRequestedScale();
    preview();
  }

  private void applyRequestedScale() {
    if (requestedScale == null || requestedScale == scale || graded == null) {
      return;
    }
    settleTypedGrades();
    scale = requestedScale;
  }

  /** Re-reads the grid as typed so far, for the analysis beside it; saves nothing. */
  public void preview() {
    problems.clear();
    try {
      analysis = testing.preview(grid());
    } catch (FieldsRefused refused) {
      show(refused);
    }
  }

  public void save() {
    applyRequestedScale();
    problems.clear();
    // Every message goes to the grid's own messages, none beside the note's fields.
    Feedback.attempt(FORM)
        .when(
            FieldsRefused.class,
            refused -> {
              show(refused);
              Feedback.on(
                  FORM, FacesMessage.SEVERITY_ERROR, "muscle.notSaved", refused.problems().size());
            })
        .when(
            ConcurrentChange.class,
            changed -> {
              conflict = true;
              Feedback.on(
                  FORM,
                  FacesMessage.SEVERITY_ERROR,
                  "muscle.changedMeanwhile",
                  changed.changedBy() == null ? "-" : changed.changedBy(),
                  dates.dateTime(changed.changedAt()));
            })
        .when(
            RequestRefused.class,
            refused ->
                Feedback.on(
                    FORM, FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments()))
        .run(
            () -> {
              MuscleExam exam = testing.record(visitId, version, grid());
              version = exam.getVersion();
              savedCells = filled(grid());
              saved = testing.analyse(exam);
              analysis = saved;
              Feedback.on(FORM, FacesMessage.SEVERITY_INFO, "muscle.saved");
            });
  }

  /** Throws away what was typed and shows the exam as stored now. */
  public void reload() {
    load();
  }

  private void show(FieldsRefused refused) {
    for (FieldsRefused.FieldProblem p : refused.problems()) {
      String label = label(p.field());
      problems.put(
          p.field(), label + ": " + Feedback.text(p.messageKey(), p.arguments().toArray()));
    }
  }

  /** "Long toe extensors, right" for the field HIP_FLEXION.RIGHT. */
  private String label(String field) {
    int dot = field.lastIndexOf('.');
    if (dot < 0) {
      return Feedback.text("muscle." + field);
    }
    String code = field.substring(0, dot);
    String side = field.substring(dot + 1);
    String name = catalogues.catalogue().muscleTest(code).map(texts::test).orElse(code);
    return "NONE".equals(side) ? name : name + ", " + Feedback.text("muscle.sideOf." + side);
  }

  /** The problem with a cell ("HIP_FLEXION", "LEFT"), or null. */
  public String problem(String code, String side) {
    return problems.get(code + "." + side);
  }

  public List<String> getGridProblems() {
    return List.copyOf(problems.values());
  }

  /** CSS classes of a saved cell: weak, or the weaker side of an uneven pair. */
  public String cellClass(String code, String side) {
    Side s = Side.valueOf(side);
    StringBuilder classes = new StringBuilder("grade-cell");
    if (saved != null && saved.isWeak(code, s)) {
      classes.append(" weak");
    }
    if (saved != null
        && saved.asymmetries().stream()
            .anyMatch(a -> a.test().code().equals(code) && a.weaker() == s)) {
      classes.append(" weaker-side");
    }
    if (problems.containsKey(code + "." + side)) {
      classes.append(" has-problem");
    }
    return classes.toString();
  }

  /** Whether the saved exam graded the two sides of a test on different scales. */
  public boolean mixedScales(String code) {
    return saved != null && saved.hasMixedScales(code);
  }

  public boolean asymmetric(String code) {
    return saved != null && saved.isAsymmetric(code);
  }

  /** The roots of the suggestion, as "L4, L5". */
  public String getSuggestedRoots() {
    return String.join(", ", analysis.suggestion().roots());
  }

  public ExamAnalysis getAnalysis() {
    return analysis;
  }

  public List<Row> getGraded() {
    return graded;
  }

  public List<Row> getTimed() {
    return timed;
  }

  public boolean isLocked() {
    return locked;
  }

  public boolean isConflict() {
    return conflict;
  }

  public String getPreviousDate() {
    return previousDate;
  }

  public GradingScale getScale() {
    return scale;
  }

  /** Taken as a request: {@link #scaleChanged} (or a save) applies it after the typed grades. */
  public void setScale(GradingScale scale) {
    this.requestedScale = scale;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
