package com.spinedesk.intake.web;

import com.spinedesk.intake.application.Catalogues;
import com.spinedesk.intake.application.IntakeDesk;
import com.spinedesk.intake.application.IntakeDetail;
import com.spinedesk.intake.domain.Intake;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Text;
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
import java.util.List;

/**
 * One intake for staff: its status and the tablet code while it is open; once submitted, the risk
 * profile with red flags first, the answers, the clinician's review mark and corrections.
 */
@Named
@ViewScoped
public class IntakeOverview implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private IntakeDesk desk;
  @Inject private Catalogues catalogues;
  @Inject private LanguagePreference languagePreference;

  private Long id;
  private transient IntakeDetail detail;
  private String kioskCode;
  private String correctionReason;

  public void open() throws IOException {
    Pages.openOrNotFound(
        () -> {
          detail = desk.open(id);
        });
  }

  private IntakeDetail detail() {
    if (detail == null) {
      detail = desk.open(id);
    }
    return detail;
  }

  /** A fresh tablet code; shown on this screen only, as letters and as a QR code. */
  public void handOverTablet() {
    Feedback.attempt()
        .run(
            () -> {
              kioskCode = desk.issueKioskCode(id);
              detail = desk.open(id);
            });
  }

  public void markReviewed() {
    Feedback.attempt()
        .when(ConcurrentChange.class, changed -> Feedback.error("intake.changedMeanwhile"))
        .run(
            () -> {
              desk.markReviewed(id, detail().intake().getVersion());
              Feedback.info("intake.reviewed");
            });
    detail = desk.open(id);
  }

  public String correct() {
    if (correctionReason == null || correctionReason.isBlank()) {
      Feedback.refused(
          RequestRefused.onField("reason", "intake.correctionReasonRequired"), "correctionForm");
      return null;
    }
    if (correctionReason.length() > 500 || correctionReason.matches("(?s).*[<>].*")) {
      Feedback.refused(
          RequestRefused.onField("reason", "intake.correctionReasonInvalid"), "correctionForm");
      return null;
    }
    return Feedback.attempt("correctionForm")
        .outcome(
            () -> {
              Intake correction = desk.correct(id, correctionReason);
              Feedback.info("intake.correctionStarted");
              Feedback.keptForNextPage();
              return "/intake/answer?faces-redirect=true&id=" + correction.getId();
            });
  }

  // ---- what the page shows

  public IntakeDetail getDetail() {
    return detail();
  }

  public RiskProfile getProfile() {
    return detail().profile();
  }

  /** The risk profile with its catalogue entries, once the intake is submitted (null before). */
  public RiskProfileView getProfileView() {
    return getProfile() == null
        ? null
        : new RiskProfileView(getProfile(), catalogues.catalogue(), staffLanguage());
  }

  /** Catalogue and question texts in the language staff use on screen. */
  public String text(Text text) {
    return text == null ? "" : text.in(staffLanguage());
  }

  private Language staffLanguage() {
    return Language.of(languagePreference.getLocale());
  }

  public List<AnswerSheet.PageAnswers> getAnswerSheet() {
    return AnswerSheet.of(detail().form(), staffLanguage());
  }

  public String getKioskCode() {
    return kioskCode;
  }

  /**
   * The QR code the tablet can scan: the kiosk page's address with the code after '#', which the
   * browser keeps to itself, so the code never reaches a server log.
   */
  public String getKioskQrSvg() {
    if (kioskCode == null) {
      return "";
    }
    return QrSvg.of(
        kioskAddress() + "index.xhtml#code=" + kioskCode, Feedback.text("intake.qrAlt"));
  }

  /** The tablet's start page, as reached from this screen's own address. */
  public String kioskAddress() {
    var request =
        (jakarta.servlet.http.HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String url = request.getRequestURL().toString();
    return url.substring(0, url.indexOf(request.getRequestURI()))
        + request.getContextPath()
        + "/kiosk/";
  }

  /** The code spaced for reading aloud: "ACD EFG". */
  public String getSpacedKioskCode() {
    return kioskCode == null ? null : kioskCode.substring(0, 3) + " " + kioskCode.substring(3);
  }

  public String getCorrectionReason() {
    return correctionReason;
  }

  public void setCorrectionReason(String correctionReason) {
    this.correctionReason = correctionReason;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
