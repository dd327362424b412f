package com.spinedesk.imaging.web;

import com.spinedesk.imaging.application.ImagingCatalogue;
import com.spinedesk.imaging.application.ImagingGuidance;
import com.spinedesk.imaging.application.ImagingOrders;
import com.spinedesk.imaging.application.OrderContext;
import com.spinedesk.imaging.application.OrderDetail;
import com.spinedesk.imaging.domain.Guidance;
import com.spinedesk.imaging.domain.ImagingOrder;
import com.spinedesk.imaging.domain.ImagingStudy;
import com.spinedesk.imaging.domain.OrderRequest;
import com.spinedesk.imaging.domain.OrderStatus;
import com.spinedesk.imaging.domain.Priority;
import com.spinedesk.imaging.domain.SymptomSide;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * The imaging order form: a new order at a visit ({@code ?visit=}) or a saved draft ({@code ?id=}).
 * The guidance beside it follows every change of study or finding; signing checks everything a
 * signed order needs and names each missing field, and nothing is stored then.
 */
@Named
@ViewScoped
public class OrderImaging implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private ImagingOrders orders;
  @EJB private ImagingGuidance orderGuidance;
  @Inject private ImagingCatalogue catalogue;
  @Inject private Catalogues clinical;
  @Inject private LanguagePreference languagePreference;
  @Inject private Dates dates;

  private Long visit;
  private Long id;

  /** This form's one-time token: a double click on save or sign makes one order. */
  private final String requestToken = UUID.randomUUID().toString();

  private transient OrderContext context;
  private long version;
  private OrderRequest asOpened;
  private boolean conflict;
  private boolean noIntake;

  private final ImagingOrderForm form = new ImagingOrderForm();

  private Guidance guidance;

  /** The study whose default instructions the form was last given. */
  private String instructionsStudy;

  /** Opens the form for a new order at {@code visit}, or the draft {@code id}. */
  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if ((visit == null && id == null) || faces.isValidationFailed()) {
      Pages.notFound();
      return;
    }
    try {
      if (id != null) {
        OrderDetail detail = orders.open(id);
        ImagingOrder order = detail.order();
        if (order.getStatus() != OrderStatus.DRAFT) {
          Faces.redirect("imaging/view.xhtml?id=%s", id);
          return;
        }
        visit = order.getVisitId();
        version = order.getVersion();
        asOpened = order.request();
        form.fill(asOpened);
        instructionsStudy = form.getStudyCode();
        context = orderGuidance.contextOfOrder(id);
      } else {
        context = orderGuidance.context(visit);
        // What the patient reported (six weeks of care, new symptoms after surgery) starts ticked;
        // the clinician's examination may untick it, and the page says so.
        form.setFindings(context.intake().profile().reportedFindings());
      }
      updateGuidance();
    } catch (RequestRefused refused) {
      if ("order.noIntake".equals(refused.messageKey())) {
        noIntake = true;
        Feedback.refused(refused, null);
      } else {
        Pages.notFound();
      }
    }
  }

  private OrderContext context() {
    if (context == null) {
      context = id == null ? orderGuidance.context(visit) : orderGuidance.contextOfOrder(id);
    }
    return context;
  }

  /**
   * A new study: its default instructions in the patient's language replace the old study's (unless
   * the clinician wrote their own), and the guidance is worked out again.
   */
  public void studyChanged() {
    String oldDefault = defaultInstructions(instructionsStudy);
    String typed = form.getPatientInstructions();
    if (typed == null || typed.isBlank() || typed.equals(oldDefault)) {
      form.setPatientInstructions(defaultInstructions(form.getStudyCode()));
    }
    instructionsStudy = form.getStudyCode();
    updateGuidance();
  }

  private String defaultInstructions(String study) {
    return study == null
        ? null
        : catalogue.study(study).map(s -> s.instructions().in(patientLanguage())).orElse(null);
  }

  public void updateGuidance() {
    String studyCode = form.getStudyCode();
    guidance =
        studyCode == null || catalogue.study(studyCode).isEmpty()
            ? null
            : orderGuidance.guidance(context(), studyCode, new LinkedHashSet<>(form.getFindings()));
  }

  public String saveDraft() {
    return attempt()
        .outcome(
            () -> {
              ImagingOrder saved =
                  id == null
                      ? orders.draft(visit, request(), requestToken)
                      : orders.update(id, version, request());
              Feedback.info("order.draftSaved");
              Feedback.keptForNextPage();
              return "/imaging/order?faces-redirect=true&id=" + saved.getId();
            });
  }

  /**
   * Signs the order as it is on screen (a new one is made and signed in one step). Every field a
   * signed order needs is checked here first and named if missing; nothing is stored then.
   */
  public String sign() {
    ImagingStudy study = catalogue.study(form.getStudyCode()).orElse(null);
    if (study != null && guidance != null) {
      List<String> missing =
          request().missingForSigning(study.contrast().given(), guidance.rating().needsReason());
      if (!missing.isEmpty()) {
        missing.forEach(
            f ->
                Feedback.refused(
                    RequestRefused.onField(f, "order.requiredToSign." + f), "orderForm"));
        return null;
      }
    }
    return attempt()
        .outcome(
            () -> {
              ImagingOrder signed =
                  id == null
                      ? orders.signNew(visit, request(), requestToken)
                      : orders.sign(id, version, request());
              Feedback.info("order.signed");
              Feedback.keptForNextPage();
              return "/imaging/view?faces-redirect=true&id=" + signed.getId();
            });
  }

  /** Saving or signing, and what becomes of a refusal: the page stays, or the order is shown. */
  private Feedback.Attempt attempt() {
    return Feedback.attempt("orderForm")
        .when(ConcurrentChange.class, changed -> showConflict())
        // A double click: the other request made the order; show it.
        .orDoneBefore(
            () -> {
              Long made = orders.orderWithToken(requestToken);
              return made == null ? null : "/imaging/view?faces-redirect=true&id=" + made;
            });
  }

  /** Tells who saved the order meanwhile and which fields they changed; keeps what was typed. */
  private void showConflict() {
    conflict = true;
    ImagingOrder current = orders.open(id).order();
    String fields =
        asOpened == null
            ? "-"
            : asOpened.fieldsDifferentFrom(current.request()).stream()
                .map(Feedback::text)
                .collect(Collectors.joining(", "));
    Feedback.error(
        "order.changedMeanwhile",
        current.getUpdatedBy(),
        dates.dateTime(current.getUpdatedAt()),
        fields.isEmpty() ? "-" : fields);
    FacesContext.getCurrentInstance().validationFailed();
  }

  private OrderRequest request() {
    return form.request();
  }

  private Language patientLanguage() {
    return context().patient().getPreferredLanguage();
  }

  // ---- what the page shows

  public OrderContext getContext() {
    return noIntake ? null : context();
  }

  public RiskProfileView getProfileView() {
    return noIntake
        ? null
        : new RiskProfileView(
            context().intake().profile(),
            clinical.catalogue(),
            Language.of(languagePreference.getLocale()));
  }

  public ImagingStudy getStudy() {
    String studyCode = form.getStudyCode();
    return studyCode == null ? null : catalogue.study(studyCode).orElse(null);
  }

  public boolean isContrastGiven() {
    return getStudy() != null && getStudy().contrast().given();
  }

  public Guidance getGuidance() {
    return guidance;
  }

  public boolean isNoIntake() {
    return noIntake;
  }

  public boolean isConflict() {
    return conflict;
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  public SymptomSide[] getSymptomSides() {
    return SymptomSide.values();
  }

  /** The order as typed, bound from the page as {@code #{orderImaging.form.x}}. */
  public ImagingOrderForm getForm() {
    return form;
  }

  public Long getVisit() {
    return visit;
  }

  public void setVisit(Long visit) {
    this.visit = visit;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** Findings the intake reported, in the reader's language (ticked unless overridden). */
  public String getReportedFindings() {
    return reportedFindings(true);
  }

  /** Findings the intake reported that the clinician has unticked: their examination overrides. */
  public String getOverriddenFindings() {
    return reportedFindings(false);
  }

  private String reportedFindings(boolean all) {
    if (noIntake) {
      return "";
    }
    return context().intake().profile().reportedFindings().stream()
        .filter(code -> all || !form.getFindings().contains(code))
        .map(
            code ->
                catalogue
                    .rules()
                    .finding(code)
                    .map(f -> f.text().in(Language.of(languagePreference.getLocale())))
                    .orElse(code))
        .collect(Collectors.joining("; "));
  }
}
