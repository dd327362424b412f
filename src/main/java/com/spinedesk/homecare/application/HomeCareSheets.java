package com.spinedesk.homecare.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.homecare.domain.IssuedSheet;
import com.spinedesk.homecare.domain.SheetChoices;
import com.spinedesk.homecare.domain.SheetComposer;
import com.spinedesk.homecare.domain.SheetContent;
import com.spinedesk.homecare.domain.SheetParameter;
import com.spinedesk.homecare.domain.SheetTemplate;
import com.spinedesk.homecare.domain.TemplateSection;
import com.spinedesk.intake.application.Catalogues;
import com.spinedesk.intake.application.SubmittedIntakes;
import com.spinedesk.intake.application.SubmittedIntakes.SubmittedIntake;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.application.FieldsRefused;
import com.spinedesk.platform.application.FieldsRefused.FieldProblem;
import com.spinedesk.platform.application.Hashes;
import com.spinedesk.platform.application.Html;
import com.spinedesk.platform.application.PdfPrinter;
import com.spinedesk.platform.application.Records;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Roles;
import com.spinedesk.security.application.StaffDirectory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Home-care sheets: prepared at a visit from the patient's latest risk profile, previewed as they
 * will print, issued once by a clinician and kept as the exact PDF, reprinted identical by
 * clinicians and the front desk. A sheet needs a submitted intake; doses outside their safe bounds,
 * unknown sections or templates, and a red-flag sheet whose red flags the clinician has not
 * confirmed are refused, with every problem named. Issuing twice with the same issue token (a
 * double click) issues one sheet.
 */
@Stateless
@RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
public class HomeCareSheets {
  public static final String RECORD_TYPE = "HOMECARE_SHEET";

  /** Reads sheets without their PDFs, which lists and pages never need. */
  private static final String SUMMARY =
      "select new com.spinedesk.homecare.application.SheetSummary(s.id, s.patientId, s.visitId,"
          + " s.issuedAt, s.issuedBy, s.language, s.paper, s.largePrint, s.templateCode,"
          + " s.templateVersion, s.parameters, s.leftOut, s.note, s.redFlagsConfirmed, s.pages,"
          + " s.pdfSha256) from IssuedSheet s";

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @EJB private SheetTemplates templates;
  @Inject private Catalogues catalogues;
  @Inject private SubmittedIntakes intakes;
  @Inject private ClinicSettings settings;
  @Inject private SheetDocument document;
  @Inject private StaffDirectory staff;
  @Resource private SessionContext session;

  /**
   * What a sheet at this visit starts from (an audited read of the risk profile). Refused when the
   * patient has no submitted intake: the sheet is built from it.
   */
  @RolesAllowed(Roles.CLINICIAN)
  public SheetDraft prepare(long visitId) {
    SheetDraft draft = draft(visitId);
    audit.patient(
        AuditAction.VIEW, RECORD_TYPE, null, draft.patient(), "prepared at visit " + visitId);
    return draft;
  }

  /**
   * The sheet as it would print with these choices, for the preview beside them: laid out by the
   * same step as {@link #issue}, so what the clinician checks is what the patient gets. Not
   * audited: {@link #prepare} recorded the read of the risk profile when the page opened, and
   * nothing is stored. Choices that could not be issued come back as the preview's problems;
   * whether the red flags were confirmed is asked only when issuing.
   */
  @RolesAllowed(Roles.CLINICIAN)
  public SheetPreview preview(long visitId, @NotNull SheetChoices choices) {
    SheetDraft draft = draft(visitId);
    List<FieldProblem> problems = check(draft.template(), choices, templates.rejectedAdvice());
    if (!problems.isEmpty()) {
      return SheetPreview.notLaidOut(problems);
    }
    LaidOutSheet laidOut = layOut(draft, draft.template(), choices, Instant.now());
    return new SheetPreview(
        List.of(), laidOut.content().notices(), SheetDocument.previewMarkup(laidOut.page()));
  }

  /**
   * Issues the sheet: checks the choices, composes it from the patient's latest risk profile,
   * prints the PDF and keeps it for good. Issuing again with the same {@code issueToken} returns
   * the sheet already issued.
   */
  @RolesAllowed(Roles.CLINICIAN)
  public IssuedSheet issue(
      long visitId,
      @NotNull String templateCode,
      int templateVersion,
      @NotNull SheetChoices choices,
      @NotNull @Pattern(regexp = "[0-9a-f-]{36}") String issueToken) {
    Long already = issuedWith(issueToken);
    if (already != null) {
      return em.find(IssuedSheet.class, already);
    }
    SheetDraft draft = draft(visitId);
    SheetTemplate template =
        templates
            .find(templateCode, templateVersion)
            .orElseThrow(() -> RequestRefused.onField("template", "sheet.unknownTemplate"));
    List<FieldProblem> problems = check(template, choices, templates.rejectedAdvice());
    if (!template.code().equals(draft.template().code())) {
      // An emergency gets the referral sheet, never home-care advice (and the other way round).
      problems.add(FieldProblem.of("template", "sheet.templateNotForPatient"));
    }
    if (draft.intake().profile().urgent() && !choices.redFlagsConfirmed()) {
      problems.add(FieldProblem.of("redFlagsConfirmed", "sheet.confirmRedFlags"));
    }
    FieldsRefused.throwIfAny(problems);

    Instant now = Instant.now();
    LaidOutSheet laidOut = layOut(draft, template, choices, now);
    byte[] pdf = PdfPrinter.print(laidOut.page());
    Set<String> printed = new TreeSet<>();
    laidOut.content().blocks().forEach(b -> printed.add(b.code()));
    // Left out: by the clinician or for safety; a section not meant for this patient is not listed.
    Set<String> patient = SheetComposer.codesOf(draft.intake().profile());
    Set<String> leftOut = new TreeSet<>();
    template.sections().stream()
        .filter(section -> section.isFor(patient))
        .map(TemplateSection::code)
        .filter(code -> !printed.contains(code))
        .forEach(leftOut::add);
    IssuedSheet sheet =
        new IssuedSheet(
            new IssuedSheet.Made(
                draft.patient().getId(),
                visitId,
                draft.intake().intake().getId(),
                template,
                choices,
                dosesJson(template, choices),
                leftOut.isEmpty() ? null : String.join(",", leftOut),
                actor(),
                now,
                issueToken),
            pdf,
            Hashes.sha256(pdf),
            pages(pdf));
    em.persist(sheet);
    em.flush();
    audit.patient(
        AuditAction.ISSUE,
        RECORD_TYPE,
        sheet.getId(),
        draft.patient(),
        template.code() + " v" + template.version() + ", " + choices.language());
    return sheet;
  }

  /** The sheet issued with this token, if any: the first of a double click. */
  @RolesAllowed(Roles.CLINICIAN)
  public Long issuedWith(String issueToken) {
    return em.createQuery("select s.id from IssuedSheet s where s.issueToken = :t", Long.class)
        .setParameter("t", issueToken)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** A patient's issued sheets, newest first, without their PDFs (an audited read). */
  public List<SheetSummary> ofPatient(long patientId) {
    Patient patient = patient(patientId);
    List<SheetSummary> sheets =
        em.createQuery(
                SUMMARY + " where s.patientId = :p order by s.issuedAt desc, s.id desc",
                SheetSummary.class)
            .setParameter("p", patientId)
            .getResultList();
    audit.patient(AuditAction.VIEW, "HOMECARE_SHEET_LIST", null, patient, null);
    return sheets;
  }

  /** One issued sheet, without its PDF (an audited read). */
  public SheetSummary open(long sheetId) {
    SheetSummary sheet =
        em.createQuery(SUMMARY + " where s.id = :id", SheetSummary.class)
            .setParameter("id", sheetId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RequestRefused("record.notFound"));
    Patient patient = patient(sheet.patientId());
    audit.patient(AuditAction.VIEW, RECORD_TYPE, sheetId, patient, null);
    return sheet;
  }

  /**
   * The issued PDF, byte for byte as issued: printing or reprinting is audited. Refused for a sheet
   * that does not exist.
   */
  public byte[] pdf(long sheetId) {
    IssuedSheet sheet = Records.require(em, IssuedSheet.class, sheetId);
    Patient patient = patient(sheet.getPatientId());
    audit.patient(
        AuditAction.PRINT,
        RECORD_TYPE,
        sheetId,
        patient,
        "sha256 " + sheet.getPdfSha256().substring(0, 12));
    return sheet.getPdf();
  }

  /**
   * Everything wrong with the choices for this template, each under its field. The clinician's note
   * may not give advice the guidelines reject either: it is printed on the sheet.
   */
  public static List<FieldProblem> check(
      SheetTemplate template, SheetChoices choices, SheetTemplates.RejectedAdvice rejected) {
    List<FieldProblem> problems = new ArrayList<>();
    if (choices.language() == null) {
      problems.add(FieldProblem.of("language", "sheet.unknownLanguage"));
    }
    if (choices.paper() == null) {
      problems.add(FieldProblem.of("paper", "sheet.unknownPaper"));
    }
    for (String code : choices.doses().keySet()) {
      if (template.parameter(code).isEmpty()) {
        // A dose is its own field; one sent without a name is a problem of the doses as a whole.
        problems.add(FieldProblem.of(code.isBlank() ? "doses" : code, "sheet.unknownDose", code));
      }
    }
    for (SheetParameter p : template.parameters()) {
      Integer value = choices.doses().get(p.code());
      if (value == null || !p.accepts(value)) {
        problems.add(FieldProblem.of(p.code(), "sheet.doseOutOfBounds", p.min(), p.max()));
      }
    }
    Integer coldDays = choices.doses().get("coldDays");
    Integer heatFrom = choices.doses().get("heatFromDay");
    if (coldDays != null && heatFrom != null && heatFrom <= coldDays) {
      problems.add(FieldProblem.of("heatFromDay", "sheet.heatAfterCold", coldDays + 1));
    }
    for (String code : choices.leftOut()) {
      TemplateSection section = template.section(code).orElse(null);
      if (section == null) {
        problems.add(FieldProblem.of("leftOut", "sheet.unknownSection", code));
      } else if (!section.removable()) {
        problems.add(FieldProblem.of("leftOut", "sheet.sectionAlwaysPrinted", code));
      }
    }
    if (choices.note() != null && choices.note().length() > 2000) {
      problems.add(FieldProblem.of("note", "sheet.noteTooLong", 2000));
    }
    if (choices.note() != null && choices.language() != null) {
      rejected
          .wordIn(choices.note(), choices.language())
          .ifPresent(
              word -> problems.add(FieldProblem.of("note", "sheet.noteRejectedAdvice", word)));
    }
    return problems;
  }

  /** A composed sheet and its printed page: the one source of the preview and the issued PDF. */
  private record LaidOutSheet(SheetContent content, Html page) {}

  /** Composes the sheet from the draft's risk profile and lays it out as issued {@code when}. */
  private LaidOutSheet layOut(
      SheetDraft draft, SheetTemplate template, SheetChoices choices, Instant when) {
    SheetContent content =
        SheetComposer.compose(template, draft.intake().profile(), catalogues.catalogue(), choices);
    Html page =
        document.page(
            content,
            document.header(draft.patient(), draft.clinicianName(), choices.language(), when),
            choices);
    return new LaidOutSheet(content, page);
  }

  private SheetDraft draft(long visitId) {
    Visit visit = visit(visitId);
    Patient patient = patient(visit.getPatientId());
    // The intake the visit reviews, not whichever was submitted last.
    SubmittedIntake intake =
        intakes
            .ofVisit(visit.getIntakeId(), patient.getId())
            .orElseThrow(() -> new RequestRefused("sheet.noIntake"));
    SheetTemplate template = templates.forProfile(intake.profile());
    return new SheetDraft(
        visit,
        patient,
        intake,
        template,
        SheetChoices.defaults(template, patient.getPreferredLanguage(), settings.paper()),
        staff.fullName(actor()));
  }

  private static String dosesJson(SheetTemplate template, SheetChoices choices) {
    JsonObjectBuilder doses = Json.createObjectBuilder();
    template.parameters().forEach(p -> doses.add(p.code(), choices.doses().get(p.code())));
    return doses.build().toString();
  }

  private static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Visit visit(long visitId) {
    return Records.require(em, Visit.class, visitId);
  }

  private Patient patient(long patientId) {
    return Records.require(em, Patient.class, patientId);
  }

  private String actor() {
    return session.getCallerPrincipal().getName();
  }
}
