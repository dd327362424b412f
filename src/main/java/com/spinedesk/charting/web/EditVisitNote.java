package com.spinedesk.charting.web;

import com.spinedesk.charting.application.VisitDetail;
import com.spinedesk.charting.application.VisitNotes;
import com.spinedesk.charting.domain.VisitNote;
import com.spinedesk.intake.application.Catalogues;
import com.spinedesk.intake.web.RiskProfileView;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.web.Dates;
import com.spinedesk.platform.web.Feedback;
import com.spinedesk.platform.web.LanguagePreference;
import com.spinedesk.platform.web.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A visit's note: write the draft, sign it, and once signed add dated addenda. What was typed stays
 * on screen when a save is refused; a stale save says who changed which fields and overwrites
 * nothing.
 */
@Named
@ViewScoped
public class EditVisitNote implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private VisitNotes notes;

  /** The same visit's muscle-test grid: results typed but not saved must not be lost on signing. */
  @Inject private MuscleTestChart muscleTests;

  @Inject private Catalogues catalogues;
  @Inject private LanguagePreference languagePreference;
  @Inject private Dates dates;

  private Long id;
  private transient VisitDetail detail;
  private long version;
  private VisitNote asOpened;
  private boolean conflict;

  private String chiefComplaint;
  private String findings;
  private String assessment;
  private String primaryDiagnosis;
  private List<String> otherDiagnoses = new ArrayList<>();
  private String plan;
  private Integer painNow;
  private String addendum;

  /** Opens the visit named by the {@code id} view parameter (an audited read). */
  public void open() throws IOException {
    Pages.openOrNotFound(
        () -> {
          load();
        });
  }

  private void load() {
    detail = notes.open(id);
    VisitNote note = detail.visit().note();
    asOpened = note;
    version = detail.visit().getVersion();
    conflict = false;
    chiefComplaint = nullToEmpty(note.chiefComplaint());
    findings = nullToEmpty(note.findings());
    assessment = nullToEmpty(note.assessment());
    primaryDiagnosis = note.diagnoses().isEmpty() ? null : note.diagnoses().get(0);
    otherDiagnoses =
        new ArrayList<>(
            note.diagnoses()
                .subList(Math.min(1, note.diagnoses().size()), note.diagnoses().size()));
    plan = nullToEmpty(note.plan());
    painNow = note.painNow();
  }

  /** The draft reviews the patient's newer intake from now on (audited); the page shows it. */
  public void reviewNewerIntake() {
    Feedback.attempt()
        .when(ConcurrentChange.class, changed -> showConflict())
        .run(
            () -> {
              VisitDetail d = getDetail();
              if (d.newerIntake() == null) {
                return;
              }
              notes.reviewIntake(id, version, d.newerIntake().intake().getId());
              load();
              Feedback.info("visit.intakeSwitched");
            });
  }

  public void save() {
    Feedback.attempt("noteForm")
        .when(ConcurrentChange.class, changed -> showConflict())
        .run(
            () -> {
              notes.save(id, version, typed());
              load();
              Feedback.info("visit.saved");
            });
  }

  /**
   * Signs the note as it is on screen; every field a signed note needs is named if missing. Signed,
   * the page is loaded afresh, so the muscle tests show locked too.
   */
  public String sign() {
    if (muscleTests.hasUnsavedChanges()) {
      Feedback.error("muscle.unsavedBeforeSigning");
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    VisitNote note = typed();
    List<String> missing = note.missingForSigning();
    if (!missing.isEmpty()) {
      for (String field : missing) {
        Feedback.refused(
            RequestRefused.onField(
                field.substring("visit.".length()), "visit.requiredToSign", Feedback.text(field)),
            "noteForm");
      }
      return null;
    }
    return Feedback.attempt("noteForm")
        .when(ConcurrentChange.class, changed -> showConflict())
        .outcome(
            () -> {
              notes.sign(id, version, note);
              Feedback.info("visit.signed");
              Feedback.keptForNextPage();
              return "/chart/visit?faces-redirect=true&id=" + id;
            });
  }

  public void addAddendum() {
    if (addendum == null || addendum.isBlank() || addendum.length() > 5000) {
      Feedback.refused(RequestRefused.onField("addendum", "visit.addendumInvalid"), "addendumForm");
      return;
    }
    Feedback.attempt("addendumForm")
        .run(
            () -> {
              notes.addAddendum(id, addendum);
              addendum = null;
              load();
              Feedback.info("visit.addendumAdded");
            });
  }

  /** Tells who saved the note meanwhile and which fields they changed; keeps what was typed. */
  private void showConflict() {
    conflict = true;
    VisitDetail current = notes.open(id);
    String fields =
        asOpened.fieldsDifferentFrom(current.visit().note()).stream()
            .map(Feedback::text)
            .collect(Collectors.joining(", "));
    Feedback.error(
        current.visit().signed() ? "visit.signedMeanwhile" : "visit.changedMeanwhile",
        current.visit().getUpdatedBy(),
        dates.dateTime(current.visit().getUpdatedAt()),
        fields.isEmpty() ? "-" : fields);
    FacesContext.getCurrentInstance().validationFailed();
  }

  private VisitNote typed() {
    return new VisitNote(
        chiefComplaint,
        findings,
        assessment,
        ChartTexts.mainFirst(primaryDiagnosis, otherDiagnoses),
        plan,
        painNow);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  public VisitDetail getDetail() {
    if (detail == null) {
      detail = notes.open(id);
    }
    return detail;
  }

  public RiskProfileView getProfileView() {
    VisitDetail d = getDetail();
    return d.intake() == null
        ? null
        : new RiskProfileView(
            d.intake().profile(),
            catalogues.catalogue(),
            Language.of(languagePreference.getLocale()));
  }

  public boolean isSigned() {
    return getDetail().visit().signed();
  }

  public boolean isConflict() {
    return conflict;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getChiefComplaint() {
    return chiefComplaint;
  }

  public void setChiefComplaint(String chiefComplaint) {
    this.chiefComplaint = chiefComplaint;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public String getAssessment() {
    return assessment;
  }

  public void setAssessment(String assessment) {
    this.assessment = assessment;
  }

  public String getPrimaryDiagnosis() {
    return primaryDiagnosis;
  }

  public void setPrimaryDiagnosis(String primaryDiagnosis) {
    this.primaryDiagnosis = primaryDiagnosis;
  }

  public List<String> getOtherDiagnoses() {
    return otherDiagnoses;
  }

  public void setOtherDiagnoses(List<String> otherDiagnoses) {
    this.otherDiagnoses =
        otherDiagnoses == null ? new ArrayList<>() : new ArrayList<>(otherDiagnoses);
  }

  public String getPlan() {
    return plan;
  }

  public void setPlan(String plan) {
    this.plan = plan;
  }

  public Integer getPainNow() {
    return painNow;
  }

  public void setPainNow(Integer painNow) {
    this.painNow = painNow;
  }

  public String getAddendum() {
    return addendum;
  }

  public void setAddendum(String addendum) {
    this.addendum = addendum;
  }
}
