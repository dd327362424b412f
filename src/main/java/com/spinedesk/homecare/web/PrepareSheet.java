package com.spinedesk.homecare.web;

import com.spinedesk.homecare.application.HomeCareSheets;
import com.spinedesk.homecare.application.SheetDraft;
import com.spinedesk.homecare.application.SheetPreview;
import com.spinedesk.homecare.domain.IssuedSheet;
import com.spinedesk.homecare.domain.SheetChoices;
import com.spinedesk.homecare.domain.SheetContent;
import com.spinedesk.homecare.domain.SheetParameter;
import com.spinedesk.homecare.domain.SheetTemplate;
import com.spinedesk.homecare.domain.TemplateSection;
import com.spinedesk.intake.application.Catalogues;
import com.spinedesk.intake.web.RiskProfileView;
import com.spinedesk.platform.application.FieldsRefused;
import com.spinedesk.platform.application.FieldsRefused.FieldProblem;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Paper;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Prepares a home-care sheet at a visit: the doses, language, paper, print size, sections and a
 * note on one side, the sheet exactly as it will print on the other, following every change. Safety
 * rules are explained to the clinician beside the preview; a red-flag sheet is issued only after
 * the clinician confirms. Issuing is idempotent for this screen (one issue token).
 */
@Named
@ViewScoped
public class PrepareSheet implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private HomeCareSheets sheets;
  @Inject private Catalogues catalogues;
  @Inject private LanguagePreference languagePreference;

  private Long visit;
  private transient SheetDraft draft;
  private final String issueToken = UUID.randomUUID().toString();

  private final SheetForm form = new SheetForm();

  private String preview;
  private final Map<String, String> doseProblems = new LinkedHashMap<>();
  private List<SheetContent.Notice> notices = List.of();

  public void open() throws IOException {
    if (visit == null || FacesContext.getCurrentInstance().isValidationFailed()) {
      Pages.notFound();
      return;
    }
    try {
      draft = sheets.prepare(visit);
    } catch (RequestRefused refused) {
      if ("sheet.noIntake".equals(refused.messageKey())) {
        Feedback.refused(refused, null);
        return;
      }
      Pages.notFound();
      return;
    }
    form.startFrom(draft.defaults(), draft.template());
    refresh();
  }

  private SheetDraft draft() {
    if (draft == null) {
      draft = sheets.prepare(visit);
    }
    return draft;
  }

  /** The choices as on screen: sections not ticked are left out. */
  private SheetChoices choices() {
    return form.choices(draft().template());
  }

  /**
   * Lays out the sheet again with the choices on screen; names what is wrong instead, keeping the
   * last sheet that could be printed.
   */
  public void refresh() {
    doseProblems.clear();
    SheetPreview laidOut = sheets.preview(visit, choices());
    if (laidOut.hasProblems()) {
      show(laidOut.problems());
      return;
    }
    notices = laidOut.notices();
    preview = laidOut.markup();
  }

  public String issue() {
    doseProblems.clear();
    return Feedback.attempt("sheetForm")
        .when(FieldsRefused.class, refused -> show(refused.problems()))
        // A double click sends the same token twice: the second issue collides with the first.
        .orDoneBefore(
            () -> {
              Long issued = sheets.issuedWith(issueToken);
              return issued == null ? null : "/homecare/view?faces-redirect=true&id=" + issued;
            })
        .outcome(
            () -> {
              IssuedSheet sheet =
                  sheets.issue(
                      visit,
                      draft().template().code(),
                      draft().template().version(),
                      choices(),
                      issueToken);
              Feedback.info("sheet.issuedDone");
              Feedback.keptForNextPage();
              return "/homecare/view?faces-redirect=true&id=" + sheet.getId();
            });
  }

  /** Puts each problem beside its field: a dose under its input, the others on their control. */
  private void show(List<FieldProblem> problems) {
    for (FieldProblem p : problems) {
      String message = Feedback.text(p.messageKey(), p.arguments().toArray());
      Optional<SheetParameter> dose = draft().template().parameter(p.field());
      if (dose.isPresent()) {
        doseProblems.put(p.field(), text(dose.get().label()) + ": " + message);
        FacesContext.getCurrentInstance().validationFailed();
      } else {
        Feedback.refused(RequestRefused.onField(p.field(), "sheet.problem", message), "sheetForm");
      }
    }
    if (!doseProblems.isEmpty()) {
      Feedback.error("form.fixFields", doseProblems.size());
    }
  }

  /** Every dose problem, each naming its dose. */
  public List<String> getDoseProblems() {
    return List.copyOf(doseProblems.values());
  }

  /** What is wrong with a dose, or null. */
  public String problem(String doseCode) {
    return doseProblems.get(doseCode);
  }

  // ---- what the page shows

  public SheetDraft getDraft() {
    return draft;
  }

  public boolean isNoIntake() {
    return draft == null;
  }

  public RiskProfileView getProfileView() {
    return draft == null
        ? null
        : new RiskProfileView(draft.intake().profile(), catalogues.catalogue(), staffLanguage());
  }

  public SheetTemplate getTemplate() {
    return draft().template();
  }

  public List<TemplateSection> getRemovableSections() {
    return draft().template().sections().stream().filter(TemplateSection::removable).toList();
  }

  /** Whether a safety rule leaves the section out for this patient (its box cannot be ticked). */
  public boolean unsafe(TemplateSection section) {
    return notices.stream()
        .anyMatch(
            n ->
                n.messageKey().equals("sheet.notice.leftOutForSafety")
                    && n.arguments().get(0).equals(section.code()));
  }

  /** A section's heading in the clinician's language, doses filled in. */
  public String heading(TemplateSection section) {
    return draft().template().fill(section.heading(), staffLanguage(), choices().doses());
  }

  /** A notice in the clinician's language: codes resolved to section and catalogue names. */
  public String notice(SheetContent.Notice notice) {
    List<String> args = notice.arguments();
    return switch (notice.messageKey()) {
      case "sheet.notice.leftOutForSafety" ->
          Feedback.text(
              notice.messageKey(),
              draft().template().section(args.get(0)).map(this::heading).orElse(args.get(0)),
              args.subList(1, args.size()).stream()
                  .map(
                      c ->
                          catalogues
                              .catalogue()
                              .riskFactor(c)
                              .map(f -> text(f.name()))
                              .or(() -> catalogues.catalogue().redFlag(c).map(f -> text(f.name())))
                              .orElse(c))
                  .collect(Collectors.joining(", ")));
      case "sheet.notice.redFlagsFirst", "sheet.notice.emergencySheet" ->
          Feedback.text(
              notice.messageKey(),
              args.stream()
                  .map(c -> catalogues.catalogue().redFlag(c).map(f -> text(f.name())).orElse(c))
                  .collect(Collectors.joining(", ")));
      default -> Feedback.text(notice.messageKey(), args.toArray());
    };
  }

  public String text(Text text) {
    return text == null ? "" : text.in(staffLanguage());
  }

  private Language staffLanguage() {
    return Language.of(languagePreference.getLocale());
  }

  public boolean isRedFlagged() {
    return draft != null && draft.intake().profile().urgent();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public Paper[] getPapers() {
    return Paper.values();
  }

  public String getPreview() {
    return preview;
  }

  public List<SheetContent.Notice> getNotices() {
    return notices;
  }

  public Long getVisit() {
    return visit;
  }

  public void setVisit(Long visit) {
    this.visit = visit;
  }

  /** The clinician's choices as typed, bound from the page as {@code #{prepareSheet.form.x}}. */
  public SheetForm getForm() {
    return form;
  }

  /**
   * The sections ticked to print; one left out for safety shows unticked (and disabled, with its
   * reason), never as a ticked box that will not print. Bound here, not on the form, because which
   * sections a safety rule leaves out is known from the last preview.
   */
  public List<String> getPrinted() {
    return form.getPrinted().stream()
        .filter(code -> draft().template().section(code).map(s -> !unsafe(s)).orElse(true))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  public void setPrinted(List<String> printed) {
    form.setPrinted(printed);
  }
}
