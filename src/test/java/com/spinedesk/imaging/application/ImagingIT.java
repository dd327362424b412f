package com.spinedesk.imaging.application;

import static com.spinedesk.testsupport.Failures.failsWith;
import static com.spinedesk.testsupport.OrderRequestBuilder.orderFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.spinedesk.charting.application.VisitNotes;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.imaging.domain.Guidance;
import com.spinedesk.imaging.domain.ImagingOrder;
import com.spinedesk.imaging.domain.OrderRequest;
import com.spinedesk.imaging.domain.OrderStatus;
import com.spinedesk.imaging.domain.Priority;
import com.spinedesk.imaging.domain.Rating;
import com.spinedesk.imaging.domain.SymptomSide;
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
import com.spinedesk.testsupport.OrderRequestBuilder;
import com.spinedesk.testsupport.Sql;
import com.spinedesk.testsupport.SubmittedPatients;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * Imaging orders in Payara against the real MariaDB: guidance from the intake's risk profile, the
 * lifecycle from draft to result, revoking and entered-in-error, who may do what, tampered
 * requests, the open-orders list, the requisition PDF's text and the audit rows.
 */
@InPayara
class ImagingIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.spineDesk();
  }

  @EJB ImagingOrders orders;
  @EJB ImagingGuidance orderGuidance;
  @EJB ImagingWorklist worklist;
  @EJB Requisitions requisitions;
  @EJB VisitNotes notes;
  @EJB SubmittedPatients patients;
  @EJB AsClinician clinician;
  @EJB AsFrontDesk frontDesk;

  /** A visit today for a new patient whose intake gave these answers. */
  private Visit visitFor(Map<String, List<String>> answers) throws Exception {
    Patient p =
        patients.withIntake("Imaging", LocalDate.of(1970, 3, 4), Sex.MALE, Language.ES, answers);
    return clinician.call(() -> notes.start(p.getId()));
  }

  private static Map<String, List<String>> caudaEquina() {
    return Map.of(
        "saddle_numbness", List.of("true"),
        "onset_known", List.of("true"),
        "onset_date", List.of(LocalDate.now().minusDays(3).toString()));
  }

  private static Map<String, List<String>> acuteNoRedFlags() {
    return Map.of(
        "onset_known", List.of("true"),
        "onset_date", List.of(LocalDate.now().minusDays(5).toString()));
  }

  /** A stat order asking about the cauda equina, as a clinician fills it in. */
  private static OrderRequestBuilder mriOrder(String study) {
    return orderFor(study)
        .reasons("G83.4", "M54.16")
        .clinicalQuestion("Compression of the cauda equina? Level?")
        .priority(Priority.STAT)
        .symptomSide(SymptomSide.RIGHT)
        .patientInstructions("Bring a list of your medicines.");
  }

  private static OrderRequest mri(String study) {
    return mriOrder(study).build();
  }

  /** A routine lumbar X-ray asking about a fracture. */
  private static OrderRequestBuilder xray() {
    return orderFor("XR_LSPINE_2V").reasons("M54.50").clinicalQuestion("Fracture?");
  }

  @Test
  void anOrderGoesFromDraftToActiveToCompletedWithItsGuidanceKept() throws Exception {
    Visit visit = visitFor(caudaEquina());
    OrderContext context = clinician.call(() -> orderGuidance.context(visit.getId()));
    Guidance guidance =
        clinician.call(() -> orderGuidance.guidance(context, "MR_LSPINE_WO", Set.of()));
    assertThat(guidance.variant().id()).isEqualTo("4");
    assertThat(guidance.rating()).isEqualTo(Rating.USUALLY_APPROPRIATE);

    ImagingOrder draft =
        clinician.call(
            () ->
                orders.draft(
                    visit.getId(), mriOrder("MR_LSPINE_WO").overrideReason("not needed").build()));
    assertThat(draft.getStatus()).isEqualTo(OrderStatus.DRAFT);
    assertThat(draft.getMatchedVariant()).isEqualTo("4");
    assertThat(draft.getOverrideReason()).as("kept only where needed").isNull();

    ImagingOrder active =
        clinician.call(() -> orders.sign(draft.getId(), draft.getVersion(), mri("MR_LSPINE_WO")));
    assertThat(active.getStatus()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(active.getSignedAt()).isNotNull();

    RequestRefused edit =
        failsWith(
            RequestRefused.class,
            () ->
                clinician.call(
                    () -> orders.update(active.getId(), active.getVersion(), mri("CT_LSPINE_WO"))));
    assertThat(edit.messageKey()).isEqualTo("order.notDraft");

    RequestRefused future =
        failsWith(
            RequestRefused.class,
            () ->
                clinician.call(
                    () ->
                        orders.complete(
                            active.getId(),
                            active.getVersion(),
                            LocalDate.now().plusDays(2),
                            "Report",
                            true)));
    assertThat(future.field()).isEqualTo("resultDate");

    ImagingOrder completed =
        clinician.call(
            () ->
                orders.complete(
                    active.getId(),
                    active.getVersion(),
                    LocalDate.now(),
                    "Large central L4-L5 disc extrusion compressing the cauda equina.",
                    true));
    assertThat(completed.getStatus()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(completed.isResultReviewed()).isTrue();
    assertThat(
            Sql.column(
                "select action from audit_entry where record_type = 'IMAGING_ORDER'"
                    + " and record_id = ? order by id",
                draft.getId()))
        .containsExactly("CREATE", "SIGN", "COMPLETE");
    assertThat(
            Sql.column(
                "select code from imaging_order_reason where order_id = ? order by position",
                draft.getId()))
        .containsExactly("G83.4", "M54.16");
  }

  @Test
  void aUsuallyNotAppropriateStudyIsSignedOnlyWithTheClinicianReason() throws Exception {
    Visit visit = visitFor(acuteNoRedFlags());
    OrderRequest xray = xray().build();
    ImagingOrder draft = clinician.call(() -> orders.draft(visit.getId(), xray));
    assertThat(draft.getRating()).isEqualTo(Rating.USUALLY_NOT_APPROPRIATE);
    assertThat(draft.getMatchedVariant()).isEqualTo("1");

    FieldsRefused refused =
        failsWith(
            FieldsRefused.class,
            () -> clinician.call(() -> orders.sign(draft.getId(), draft.getVersion(), xray)));
    assertThat(refused.problems())
        .extracting(FieldsRefused.FieldProblem::field)
        .containsExactly("overrideReason");
    assertThat(Sql.column("select status from imaging_order where id = ?", draft.getId()))
        .containsExactly("DRAFT");

    OrderRequest withReason =
        xray()
            .overrideReason("Fell from a ladder yesterday; the intake was filled in before.")
            .build();
    ImagingOrder signed =
        clinician.call(() -> orders.sign(draft.getId(), draft.getVersion(), withReason));
    assertThat(signed.getOverrideReason()).startsWith("Fell from a ladder");

    ImagingOrder withFinding =
        clinician.call(
            () -> orders.draft(visit.getId(), xray().findings("LOW_VELOCITY_TRAUMA").build()));
    assertThat(withFinding.getMatchedVariant()).isEqualTo("6");
    assertThat(withFinding.getRating()).isEqualTo(Rating.USUALLY_APPROPRIATE);
  }

  @Test
  void signingNamesEveryMissingFieldIncludingContrastSafety() throws Exception {
    Visit visit = visitFor(caudaEquina());
    OrderRequest bare =
        orderFor("MR_LSPINE_WWO").clinicalQuestion(" ").priority(Priority.URGENT).build();
    ImagingOrder draft = clinician.call(() -> orders.draft(visit.getId(), bare));
    FieldsRefused refused =
        failsWith(
            FieldsRefused.class,
            () -> clinician.call(() -> orders.sign(draft.getId(), draft.getVersion(), bare)));
    assertThat(refused.problems())
        .extracting(FieldsRefused.FieldProblem::field, FieldsRefused.FieldProblem::messageKey)
        .containsExactly(
            tuple("reasons", "order.requiredToSign.reasons"),
            tuple("clinicalQuestion", "order.requiredToSign.clinicalQuestion"),
            tuple("contrastReaction", "order.requiredToSign.contrastReaction"),
            tuple("kidneyDisease", "order.requiredToSign.kidneyDisease"));
    ImagingOrder signed =
        clinician.call(
            () ->
                orders.sign(
                    draft.getId(),
                    draft.getVersion(),
                    mriOrder("MR_LSPINE_WWO")
                        .contrastReaction(false)
                        .kidneyDisease(false)
                        .build()));
    assertThat(signed.getContrastReaction()).isFalse();
  }

  @Test
  void onlyTheRequesterSignsAndStaleChangesAreRefused() throws Exception {
    Visit visit = visitFor(caudaEquina());
    ImagingOrder draft = clinician.call(() -> orders.draft(visit.getId(), mri("MR_LSPINE_WO")));
    long seen = draft.getVersion();
    clinician.call(() -> orders.update(draft.getId(), seen, mri("CT_LSPINE_WO")));
    ConcurrentChange stale =
        failsWith(
            ConcurrentChange.class,
            () -> clinician.call(() -> orders.sign(draft.getId(), seen, mri("MR_LSPINE_WO"))));
    assertThat(stale.changedBy()).isEqualTo("CLINICIAN");
    assertThat(Sql.column("select study_code from imaging_order where id = ?", draft.getId()))
        .containsExactly("CT_LSPINE_WO");

    Sql.update("update imaging_order set requester = 'drother' where id = ?", draft.getId());
    long current =
        Long.parseLong(
            Sql.column("select version from imaging_order where id = ?", draft.getId()).get(0));
    RequestRefused notMine =
        failsWith(
            RequestRefused.class,
            () -> clinician.call(() -> orders.sign(draft.getId(), current, mri("MR_LSPINE_WO"))));
    assertThat(notMine.messageKey()).isEqualTo("order.notRequester");
  }

  @Test
  void revokingAndEnteredInErrorNeedAReasonAndEndTheOrder() throws Exception {
    Visit visit = visitFor(caudaEquina());
    ImagingOrder first = clinician.call(() -> orders.draft(visit.getId(), mri("MR_LSPINE_WO")));
    failsWith(
        jakarta.validation.ConstraintViolationException.class,
        () -> clinician.call(() -> orders.revoke(first.getId(), first.getVersion(), " ")));
    ImagingOrder revoked =
        clinician.call(
            () ->
                orders.revoke(
                    first.getId(), first.getVersion(), "Sent to the emergency department"));
    assertThat(revoked.getStatus()).isEqualTo(OrderStatus.REVOKED);
    RequestRefused again =
        failsWith(
            RequestRefused.class,
            () ->
                clinician.call(
                    () -> orders.revoke(revoked.getId(), revoked.getVersion(), "again")));
    assertThat(again.messageKey()).isEqualTo("order.alreadyEnded");

    ImagingOrder second = clinician.call(() -> orders.draft(visit.getId(), mri("MR_LSPINE_WO")));
    ImagingOrder signed =
        clinician.call(() -> orders.sign(second.getId(), second.getVersion(), mri("MR_LSPINE_WO")));
    ImagingOrder error =
        clinician.call(
            () -> orders.enteredInError(signed.getId(), signed.getVersion(), "Wrong patient"));
    assertThat(error.getStatus()).isEqualTo(OrderStatus.ENTERED_IN_ERROR);
    RequestRefused print =
        failsWith(
            RequestRefused.class,
            () -> frontDesk.call(() -> requisitions.print(error.getId(), Language.EN)));
    assertThat(print.messageKey()).isEqualTo("order.notPrintable");
    assertThat(
            Sql.column(
                "select action from audit_entry where record_type = 'IMAGING_ORDER' and record_id in (?, ?) order by id",
                first.getId(),
                second.getId()))
        .containsExactly("CREATE", "REVOKE", "CREATE", "SIGN", "ENTERED_IN_ERROR");
  }

  @Test
  void tamperedRequestsAndPatientsWithoutAnIntakeAreRefused() throws Exception {
    Visit visit = visitFor(caudaEquina());
    OrderRequest tampered =
        orderFor("PET_SCAN")
            .reasons("M54.5", "M54.5")
            .clinicalQuestion("?")
            .findings("MIND_READING")
            .build();
    FieldsRefused refused =
        failsWith(
            FieldsRefused.class, () -> clinician.call(() -> orders.draft(visit.getId(), tampered)));
    assertThat(refused.problems())
        .extracting(FieldsRefused.FieldProblem::messageKey)
        .contains(
            "order.unknownStudy",
            "order.unknownReason",
            "order.duplicateReason",
            "order.unknownFinding");

    Patient noIntake =
        patients.register("Nointake", LocalDate.of(1990, 1, 1), Sex.FEMALE, Language.EN);
    Visit bare = clinician.call(() -> notes.start(noIntake.getId()));
    RequestRefused none =
        failsWith(
            RequestRefused.class,
            () -> clinician.call(() -> orders.draft(bare.getId(), mri("MR_LSPINE_WO"))));
    assertThat(none.messageKey()).isEqualTo("order.noIntake");
    assertThat(
            Sql.count("select count(*) from imaging_order where patient_id = ?", noIntake.getId()))
        .isZero();
  }

  @Test
  void theFrontDeskSeesAndPrintsButNeverOrders() throws Exception {
    Visit visit = visitFor(caudaEquina());
    failsWith(
        EJBAccessException.class,
        () -> frontDesk.call(() -> orders.draft(visit.getId(), mri("MR_LSPINE_WO"))));
    ImagingOrder draft = clinician.call(() -> orders.draft(visit.getId(), mri("MR_LSPINE_WO")));
    failsWith(
        EJBAccessException.class,
        () ->
            frontDesk.call(
                () -> orders.sign(draft.getId(), draft.getVersion(), mri("MR_LSPINE_WO"))));
    RequestRefused notYet =
        failsWith(
            RequestRefused.class,
            () -> frontDesk.call(() -> requisitions.print(draft.getId(), Language.EN)));
    assertThat(notYet.messageKey()).isEqualTo("order.notPrintable");
    ImagingOrder signed =
        clinician.call(() -> orders.sign(draft.getId(), draft.getVersion(), mri("MR_LSPINE_WO")));
    failsWith(
        EJBAccessException.class,
        () -> frontDesk.call(() -> orders.revoke(signed.getId(), signed.getVersion(), "no")));

    assertThat(frontDesk.call(() -> orders.open(signed.getId())).order().getStatus())
        .isEqualTo(OrderStatus.ACTIVE);
    assertThat(frontDesk.call(() -> orders.ofPatient(visit.getPatientId()))).hasSize(1);

    byte[] pdf = frontDesk.call(() -> requisitions.print(signed.getId(), Language.EN));
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      text = new PDFTextStripper().getText(document);
    }
    String patientName =
        Sql.column(
                "select concat(family_name, ', ', given_name) from patient where id = ?",
                visit.getPatientId())
            .get(0);
    assertThat(text)
        .contains(
            "Imaging requisition",
            "Test Spine Clinic",
            patientName,
            "MRI lumbar spine without contrast",
            "30679-5",
            "72148",
            "G83.4 — Cauda equina syndrome",
            "Compression of the cauda equina? Level?",
            "STAT",
            "Red flag: Possible cauda equina syndrome",
            "ACR variant 4",
            "Bring a list of your medicines.",
            // The tests run as the principal CLINICIAN; user names match case-insensitively.
            "Dr. Casey Moreno (CLINICIAN), signed electronically",
            "Signature");
    assertThat(
            Sql.column(
                "select concat(action, ' ', actor) from audit_entry where record_type = 'IMAGING_ORDER'"
                    + " and record_id = ? and action in ('VIEW', 'PRINT')",
                signed.getId()))
        .contains("VIEW FRONT_DESK", "PRINT FRONT_DESK");
  }

  @Test
  void openOrdersFlagThoseWaitingLongerThanTheirPriorityAllows() throws Exception {
    Visit visit = visitFor(caudaEquina());
    ImagingOrder draft = clinician.call(() -> orders.draft(visit.getId(), mri("MR_LSPINE_WO")));
    ImagingOrder urgent =
        clinician.call(() -> orders.sign(draft.getId(), draft.getVersion(), mri("MR_LSPINE_WO")));
    Sql.update(
        "update imaging_order set signed_at = ? where id = ?",
        java.sql.Timestamp.from(Instant.now().minus(5, ChronoUnit.DAYS)),
        urgent.getId());

    List<OpenOrder> open = frontDesk.call(() -> worklist.openOrders());
    OpenOrder row =
        open.stream().filter(o -> o.orderId() == urgent.getId()).findFirst().orElseThrow();
    assertThat(row.priority()).isEqualTo(Priority.STAT);
    assertThat(row.daysWaiting()).isGreaterThanOrEqualTo(4);
    assertThat(row.allowedDays()).isEqualTo(1);
    assertThat(row.overdue()).isTrue();
    assertThat(open.get(0).overdue()).as("overdue first").isTrue();
  }

  @Test
  void aFormTokenMakesOneOrderAndANewOrderIsSignedInOneStep() throws Exception {
    Visit visit = visitFor(caudaEquina());
    String token = UUID.randomUUID().toString();
    ImagingOrder first =
        clinician.call(() -> orders.draft(visit.getId(), mri("MR_LSPINE_WO"), token));
    ImagingOrder again =
        clinician.call(() -> orders.draft(visit.getId(), mri("MR_LSPINE_WO"), token));
    assertThat(again.getId()).as("a double click").isEqualTo(first.getId());

    String other = UUID.randomUUID().toString();
    OrderRequest bare = orderFor("MR_LSPINE_WO").clinicalQuestion(" ").build();
    failsWith(
        FieldsRefused.class,
        () -> clinician.call(() -> orders.signNew(visit.getId(), bare, other)));
    assertThat(clinician.call(() -> orders.orderWithToken(other)))
        .as("a refused signature leaves no draft behind")
        .isNull();
    ImagingOrder signed =
        clinician.call(() -> orders.signNew(visit.getId(), mri("MR_LSPINE_WO"), other));
    assertThat(signed.getStatus()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(
            clinician.call(() -> orders.signNew(visit.getId(), mri("MR_LSPINE_WO"), other)).getId())
        .isEqualTo(signed.getId());
    assertThat(
            Sql.count(
                "select count(*) from imaging_order where patient_id = ?", visit.getPatientId()))
        .isEqualTo(2);
  }

  @Test
  void aDraftIsRatedAndSignedAgainstTheIntakeItWasMadeWith() throws Exception {
    Visit visit = visitFor(acuteNoRedFlags());
    OrderRequest xray = xray().overrideReason("Fell yesterday.").build();
    ImagingOrder draft = clinician.call(() -> orders.draft(visit.getId(), xray));
    long intakeId = draft.getIntakeId();

    // A later intake reports a red flag; the draft stays with the intake it was made from, and so
    // would a new order at this visit, until the clinician makes the visit review the newer one.
    patients.submitIntake(visit.getPatientId(), caudaEquina());
    assertThat(clinician.call(() -> orderGuidance.context(visit.getId())).intake().intake().getId())
        .as("a new order at this visit uses the visit's intake")
        .isEqualTo(intakeId);
    ImagingOrder signed =
        clinician.call(() -> orders.sign(draft.getId(), draft.getVersion(), xray));
    assertThat(signed.getIntakeId()).isEqualTo(intakeId);
    assertThat(signed.getMatchedVariant()).isEqualTo("1");
    assertThat(
            clinician
                .call(() -> orderGuidance.contextOfOrder(draft.getId()))
                .intake()
                .intake()
                .getId())
        .isEqualTo(intakeId);
  }
}
