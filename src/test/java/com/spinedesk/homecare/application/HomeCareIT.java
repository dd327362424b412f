package com.spinedesk.homecare.application;

import static com.spinedesk.testsupport.Failures.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.charting.application.VisitNotes;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.homecare.domain.IssuedSheet;
import com.spinedesk.homecare.domain.SheetChoices;
import com.spinedesk.homecare.domain.SheetTemplate;
import com.spinedesk.it.Deployments;
import com.spinedesk.it.InPayara;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.application.FieldsRefused;
import com.spinedesk.platform.application.Hashes;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Paper;
import com.spinedesk.testsupport.AsClinician;
import com.spinedesk.testsupport.AsFrontDesk;
import com.spinedesk.testsupport.Sql;
import com.spinedesk.testsupport.SubmittedPatients;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Home-care sheets in Payara against the real MariaDB: issued from the patient's own risk profile,
 * archived byte for byte, reprinted identical by the front desk, refused when the choices are
 * unsafe or the intake is missing, issued once on a double click, and audited.
 */
@InPayara
class HomeCareIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.spineDesk();
  }

  @EJB HomeCareSheets sheets;
  @EJB SheetTemplates templates;
  @EJB VisitNotes notes;
  @EJB SubmittedPatients patients;
  @EJB AsClinician clinician;
  @EJB AsFrontDesk frontDesk;

  private Visit visitFor(Language language, Map<String, List<String>> answers) throws Exception {
    Patient p =
        patients.withIntake("Sheet", LocalDate.of(1958, 9, 9), Sex.FEMALE, language, answers);
    return clinician.call(() -> notes.start(p.getId()));
  }

  private static Map<String, List<String>> lifterWithOsteoporosis() {
    return Map.of(
        "heavy_lifting", List.of("true"),
        "osteoporosis", List.of("true"),
        "onset_known", List.of("true"),
        "onset_date", List.of(LocalDate.now().minusDays(3).toString()));
  }

  private IssuedSheet issue(Visit visit, SheetChoices choices, String token) throws Exception {
    return issue(visit, templates.standard(), choices, token);
  }

  private IssuedSheet issue(Visit visit, SheetTemplate t, SheetChoices choices, String token)
      throws Exception {
    return clinician.call(() -> sheets.issue(visit.getId(), t.code(), t.version(), choices, token));
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void aSheetIsIssuedFromThePatientsOwnRiskFactorsAndKeptByteForByte() throws Exception {
    Visit visit = visitFor(Language.ES, lifterWithOsteoporosis());
    SheetDraft draft = clinician.call(() -> sheets.prepare(visit.getId()));
    assertThat(draft.defaults().language()).isEqualTo(Language.ES);
    Map<String, Integer> doses = new HashMap<>(draft.defaults().doses());
    doses.put("heatMinutes", 20);
    SheetChoices choices =
        new SheetChoices(
            Language.ES,
            Paper.A4,
            false,
            doses,
            Set.of(),
            "No levante pesos. <script>alert(1)</script>",
            false);

    IssuedSheet sheet = issue(visit, choices, UUID.randomUUID().toString());

    String pdfText = text(sheet.getPdf());
    assertThat(pdfText)
        .contains("Cómo cuidar su espalda en casa", "Test Spine Clinic")
        .contains("Doble las rodillas y levante con las piernas")
        .contains("durante 20 minutos, cada 4 horas")
        .contains("No levante pesos. <script>alert(1)</script>")
        .contains("Busque ayuda de inmediato")
        .doesNotContain("rodilla hacia el pecho");
    try (PDDocument document = Loader.loadPDF(sheet.getPdf())) {
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
      assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 width").isBetween(594f, 596f);
    }
    assertThat(
            Sql.column(
                "select concat(template_code, ' ', template_version, ' ', language, ' ', paper, ' ', left_out)"
                    + " from homecare_sheet where id = ?",
                sheet.getId()))
        .containsExactly("BACK_SPASM_HOME_CARE 2 ES A4 STRETCH");
    assertThat(
            Sql.column("select parameters from homecare_sheet where id = ?", sheet.getId()).get(0))
        .contains("\"heatMinutes\":20");

    byte[] reprint = frontDesk.call(() -> sheets.pdf(sheet.getId()));
    assertThat(reprint).isEqualTo(sheet.getPdf());
    assertThat(Hashes.sha256(reprint)).isEqualTo(sheet.getPdfSha256());
    assertThat(frontDesk.call(() -> sheets.ofPatient(visit.getPatientId())))
        .singleElement()
        .satisfies(s -> assertThat(s.pdfSha256()).isEqualTo(sheet.getPdfSha256()));
    assertThat(
            Sql.column(
                "select concat(action, ' ', actor) from audit_entry where record_type = 'HOMECARE_SHEET'"
                    + " and patient_id = ? order by id",
                visit.getPatientId()))
        .containsExactly("VIEW CLINICIAN", "ISSUE CLINICIAN", "PRINT FRONT_DESK");
  }

  @Test
  void thePreviewShowsWhatTheIssuedSheetPrintsAndNamesWhatCouldNotBeIssued() throws Exception {
    Visit visit = visitFor(Language.ES, lifterWithOsteoporosis());
    SheetChoices defaults = clinician.call(() -> sheets.prepare(visit.getId())).defaults();
    Map<String, Integer> doses = new HashMap<>(defaults.doses());
    doses.put("heatMinutes", 20);
    SheetChoices choices =
        new SheetChoices(
            Language.ES, Paper.A4, false, doses, Set.of(), "Camine un poco cada hora.", false);

    SheetPreview preview = clinician.call(() -> sheets.preview(visit.getId(), choices));
    assertThat(preview.hasProblems()).isFalse();
    String[] printed = {
      "Doble las rodillas y levante con las piernas",
      "durante 20 minutos, cada 4 horas",
      "Camine un poco cada hora."
    };
    assertThat(preview.markup()).contains(printed).doesNotContain("rodilla hacia el pecho");
    assertThat(text(issue(visit, choices, UUID.randomUUID().toString()).getPdf()))
        .contains(printed)
        .doesNotContain("rodilla hacia el pecho");

    doses.put("coldMinutes", 180);
    SheetChoices unsafe =
        new SheetChoices(Language.ES, Paper.A4, false, doses, Set.of(), null, false);
    SheetPreview refused = clinician.call(() -> sheets.preview(visit.getId(), unsafe));
    assertThat(refused.problems())
        .extracting(FieldsRefused.FieldProblem::field)
        .containsExactly("coldMinutes");
    assertThat(refused.markup()).isNull();
    failsWith(
        EJBAccessException.class,
        () -> frontDesk.call(() -> sheets.preview(visit.getId(), choices)));
  }

  @Test
  void aDoubleClickIssuesOneSheet() throws Exception {
    Visit visit = visitFor(Language.EN, lifterWithOsteoporosis());
    SheetChoices choices = clinician.call(() -> sheets.prepare(visit.getId())).defaults();
    String token = UUID.randomUUID().toString();
    IssuedSheet first = issue(visit, choices, token);
    IssuedSheet second = issue(visit, choices, token);
    assertThat(second.getId()).isEqualTo(first.getId());
    assertThat(
            Sql.count(
                "select count(*) from homecare_sheet where patient_id = ?", visit.getPatientId()))
        .isEqualTo(1);
  }

  @Test
  void unsafeDosesAreRefusedAndNothingIsStored() throws Exception {
    Visit visit = visitFor(Language.EN, lifterWithOsteoporosis());
    SheetChoices defaults = clinician.call(() -> sheets.prepare(visit.getId())).defaults();
    Map<String, Integer> doses = new HashMap<>(defaults.doses());
    doses.put("coldMinutes", 180);
    doses.put("stretchRepetitions", 0);
    SheetChoices unsafe =
        new SheetChoices(
            Language.EN, Paper.LETTER, false, doses, Set.of("SEEK_CARE_NOW"), null, false);
    FieldsRefused refused =
        failsWith(FieldsRefused.class, () -> issue(visit, unsafe, UUID.randomUUID().toString()));
    assertThat(refused.problems())
        .extracting(FieldsRefused.FieldProblem::field)
        .containsExactlyInAnyOrder("coldMinutes", "stretchRepetitions", "leftOut");
    RequestRefused unknown =
        failsWith(
            RequestRefused.class,
            () ->
                clinician.call(
                    () ->
                        sheets.issue(
                            visit.getId(),
                            "HOROSCOPE",
                            1,
                            defaults,
                            UUID.randomUUID().toString())));
    assertThat(unknown.messageKey()).isEqualTo("sheet.unknownTemplate");
    assertThat(
            Sql.count(
                "select count(*) from homecare_sheet where patient_id = ?", visit.getPatientId()))
        .isZero();
  }

  @Test
  void anUrgentFlagPutsTheWarningSignsFirstAndNeedsTheClinicianConfirmation() throws Exception {
    Visit visit =
        visitFor(
            Language.EN, Map.of("major_trauma", List.of("true"), "heavy_lifting", List.of("true")));
    SheetChoices defaults = clinician.call(() -> sheets.prepare(visit.getId())).defaults();
    FieldsRefused unconfirmed =
        failsWith(FieldsRefused.class, () -> issue(visit, defaults, UUID.randomUUID().toString()));
    assertThat(unconfirmed.problems())
        .extracting(FieldsRefused.FieldProblem::field)
        .containsExactly("redFlagsConfirmed");

    SheetChoices confirmed =
        new SheetChoices(Language.EN, Paper.LETTER, false, defaults.doses(), Set.of(), null, true);
    IssuedSheet sheet = issue(visit, confirmed, UUID.randomUUID().toString());
    assertThat(sheet.getTemplateCode()).isEqualTo("BACK_SPASM_HOME_CARE");
    String text = text(sheet.getPdf());
    assertThat(text.indexOf("Get help right away"))
        .as("the warning box comes before the care steps")
        .isLessThan(text.indexOf("Use cold for the first"));
    assertThat(text).contains("after a fall or accident");
    String words = text.replaceAll("\\s+", " ");
    assertThat(words)
        .as("a suspected fracture: no stretching, and a follow-up visit instead of 'if not better'")
        .contains("We will see you again in 14 days")
        .doesNotContain("knee toward your chest", "if you are not better");
  }

  @Test
  void anEmergencyFlagGetsTheEmergencyReferralSheetNotHomeCare() throws Exception {
    Visit visit =
        visitFor(
            Language.ES,
            Map.of("saddle_numbness", List.of("true"), "heavy_lifting", List.of("true")));
    SheetDraft draft = clinician.call(() -> sheets.prepare(visit.getId()));
    SheetChoices defaults = draft.defaults();
    SheetTemplate referral = draft.template();
    assertThat(referral.code()).isEqualTo("EMERGENCY_REFERRAL");
    FieldsRefused unconfirmed =
        failsWith(
            FieldsRefused.class,
            () -> issue(visit, referral, defaults, UUID.randomUUID().toString()));
    assertThat(unconfirmed.problems())
        .extracting(FieldsRefused.FieldProblem::field)
        .containsExactly("redFlagsConfirmed");

    SheetChoices confirmed =
        new SheetChoices(Language.ES, Paper.LETTER, false, defaults.doses(), Set.of(), null, true);
    IssuedSheet sheet = issue(visit, referral, confirmed, UUID.randomUUID().toString());
    assertThat(sheet.getTemplateCode()).isEqualTo("EMERGENCY_REFERRAL");
    String text = text(sheet.getPdf()).replaceAll("\\s+", " ");
    assertThat(text)
        .contains(
            "Vaya hoy al servicio de urgencias",
            "Posible síndrome de cola de caballo: adormecimiento en la zona de la silla de montar",
            "Esta hoja.")
        .doesNotContain("frío", "calor", "estiramiento", "si no mejora");
    assertThat(text.indexOf("Qué decirles")).isLessThan(text.indexOf("Por qué no puede esperar"));

    byte[] reprint = frontDesk.call(() -> sheets.pdf(sheet.getId()));
    assertThat(reprint).as("archived and reprinted identical").isEqualTo(sheet.getPdf());
    // A tampered request cannot give this patient home-care advice instead.
    SheetTemplate homeCare = templates.standard();
    FieldsRefused wrongSheet =
        failsWith(
            FieldsRefused.class,
            () ->
                clinician.call(
                    () ->
                        sheets.issue(
                            visit.getId(),
                            homeCare.code(),
                            homeCare.version(),
                            confirmed,
                            UUID.randomUUID().toString())));
    assertThat(wrongSheet.problems())
        .extracting(FieldsRefused.FieldProblem::field)
        .contains("template");
    assertThat(
            Sql.column(
                "select concat(action, ' ', actor) from audit_entry where record_type = 'HOMECARE_SHEET'"
                    + " and patient_id = ? order by id",
                visit.getPatientId()))
        .contains("ISSUE CLINICIAN", "PRINT FRONT_DESK");
  }

  @Test
  void onlyCliniciansIssueAndASheetNeedsAnIntake() throws Exception {
    Visit visit = visitFor(Language.EN, lifterWithOsteoporosis());
    SheetChoices defaults = clinician.call(() -> sheets.prepare(visit.getId())).defaults();
    SheetTemplate t = templates.standard();
    failsWith(
        EJBAccessException.class,
        () ->
            frontDesk.call(
                () ->
                    sheets.issue(
                        visit.getId(),
                        t.code(),
                        t.version(),
                        defaults,
                        UUID.randomUUID().toString())));
    failsWith(EJBAccessException.class, () -> frontDesk.call(() -> sheets.prepare(visit.getId())));

    Patient bare = patients.register("Nosheet", LocalDate.of(1988, 8, 8), Sex.MALE, Language.EN);
    Visit noIntake = clinician.call(() -> notes.start(bare.getId()));
    RequestRefused refused =
        failsWith(
            RequestRefused.class, () -> clinician.call(() -> sheets.prepare(noIntake.getId())));
    assertThat(refused.messageKey()).isEqualTo("sheet.noIntake");
    failsWith(RequestRefused.class, () -> issue(noIntake, defaults, UUID.randomUUID().toString()));
    RequestRefused missing =
        failsWith(RequestRefused.class, () -> frontDesk.call(() -> sheets.pdf(-1)));
    assertThat(missing.messageKey()).isEqualTo("record.notFound");
  }

  @Test
  void aTemplateVersionWithIssuedSheetsCannotBeEditedInPlace() throws Exception {
    Visit visit = visitFor(Language.EN, lifterWithOsteoporosis());
    issue(
        visit,
        clinician.call(() -> sheets.prepare(visit.getId())).defaults(),
        UUID.randomUUID().toString());
    SheetTemplate shipped = templates.standard();
    templates.requireUnchangedIfIssued("shipped", shipped);
    SheetTemplate edited =
        new SheetTemplate(
            shipped.code(),
            shipped.version(),
            shipped.title(),
            shipped.intro(),
            shipped.noteHeading(),
            shipped.parameters(),
            shipped.sections(),
            Hashes.sha256("edited in place"));
    IllegalStateException refused =
        failsWith(
            IllegalStateException.class,
            () -> templates.requireUnchangedIfIssued("edited.json", edited));
    assertThat(refused.getMessage()).contains("higher \"version\"");
  }
}
