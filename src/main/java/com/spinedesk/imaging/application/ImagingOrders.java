package com.spinedesk.imaging.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.charting.application.ChartingCatalogues;
import com.spinedesk.imaging.domain.Guidance;
import com.spinedesk.imaging.domain.ImagingOrder;
import com.spinedesk.imaging.domain.OrderRequest;
import com.spinedesk.imaging.domain.OrderStatus;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.FieldsRefused;
import com.spinedesk.platform.application.FieldsRefused.FieldProblem;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Imaging orders from draft to result. Only clinicians draft, sign (their own drafts), record
 * results and end orders; the front desk sees them. Every order is checked against the
 * appropriateness rules when it is saved and again when it is signed, and a study rated usually not
 * appropriate needs the clinician's reason. Everything is audited. The guidance on the order form
 * ({@link ImagingGuidance}), the open-orders list ({@link ImagingWorklist}) and the printed
 * requisition ({@link Requisitions}) are services of their own.
 */
@Stateless
@RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
public class ImagingOrders {
  public static final String RECORD_TYPE = "IMAGING_ORDER";

  /** The shape of a form's one-time token (a UUID). */
  private static final String TOKEN = "[0-9a-f-]{36}";

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @Inject private OrderContexts contexts;
  @Inject private ImagingCatalogue catalogue;
  @Inject private ChartingCatalogues chartingCatalogues;
  @Inject private ClinicSettings settings;
  @Inject private StaffDirectory staff;
  @Resource private SessionContext session;

  /** The order a form with this one-time token created, if any: the first of a double click. */
  @RolesAllowed(Roles.CLINICIAN)
  public Long orderWithToken(String requestToken) {
    return em.createQuery("select o.id from ImagingOrder o where o.requestToken = :t", Long.class)
        .setParameter("t", requestToken)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Saves a new draft order at the visit; each call makes a new order. */
  @RolesAllowed(Roles.CLINICIAN)
  public ImagingOrder draft(long visitId, @NotNull @Valid OrderRequest request) {
    return createDraft(visitId, request, null);
  }

  /**
   * Saves a new draft order from a form: a second request with the same one-time token (a double
   * click) returns the order the first one made.
   */
  @RolesAllowed(Roles.CLINICIAN)
  public ImagingOrder draft(
      long visitId,
      @NotNull @Valid OrderRequest request,
      @NotNull @Pattern(regexp = TOKEN) String requestToken) {
    Long made = orderWithToken(requestToken);
    return made != null ? order(made) : createDraft(visitId, request, requestToken);
  }

  /**
   * Makes a new order and signs it in one step: either both happen or nothing is stored. A second
   * request with the same token returns the order of the first.
   */
  @RolesAllowed(Roles.CLINICIAN)
  public ImagingOrder signNew(
      long visitId,
      @NotNull @Valid OrderRequest request,
      @NotNull @Pattern(regexp = TOKEN) String requestToken) {
    Long made = orderWithToken(requestToken);
    if (made != null) {
      ImagingOrder order = order(made);
      return order.getStatus() == OrderStatus.DRAFT ? signDraft(order, request) : order;
    }
    return signDraft(createDraft(visitId, request, requestToken), request);
  }

  /** Saves changes to a draft; an active or ended order never changes. */
  @RolesAllowed(Roles.CLINICIAN)
  public ImagingOrder update(long orderId, long seenVersion, @NotNull @Valid OrderRequest request) {
    ImagingOrder order = draftFor(orderId, seenVersion);
    check(request);
    OrderContext context = contexts.ofOrder(order);
    List<String> changed = order.request().fieldsDifferentFrom(request);
    write(order, context, request);
    flushOrConflict();
    audited(AuditAction.UPDATE, order, context.patient(), "changed " + String.join(", ", changed));
    return order;
  }

  /**
   * Saves the draft as given and signs it, making it active. Only its requester signs it, and only
   * when reasons, the clinical question, the contrast answers (for contrast studies) and, for a
   * study rated usually not appropriate, the reason for ordering it anyway are all there.
   */
  @RolesAllowed(Roles.CLINICIAN)
  public ImagingOrder sign(long orderId, long seenVersion, @NotNull @Valid OrderRequest request) {
    return signDraft(draftFor(orderId, seenVersion), request);
  }

  private ImagingOrder createDraft(long visitId, OrderRequest request, String requestToken) {
    OrderContext context = contexts.forVisit(visitId);
    check(request);
    ImagingOrder order =
        new ImagingOrder(
            context.patient().getId(),
            visitId,
            context.intake().intake().getId(),
            actor(),
            requestToken,
            Instant.now());
    write(order, context, request);
    em.persist(order);
    em.flush();
    audited(AuditAction.CREATE, order, context.patient(), "draft " + request.studyCode());
    return order;
  }

  private ImagingOrder signDraft(ImagingOrder order, OrderRequest request) {
    if (!order.getRequester().equals(actor())) {
      throw new RequestRefused("order.notRequester", staff.fullName(order.getRequester()));
    }
    check(request);
    OrderContext context = contexts.ofOrder(order);
    Guidance guidance = write(order, context, request);
    List<FieldProblem> missing = new ArrayList<>();
    for (String field :
        request.missingForSigning(
            catalogue.orderedStudy(request.studyCode()).contrast().given(),
            guidance.rating().needsReason())) {
      missing.add(FieldProblem.of(field, "order.requiredToSign." + field));
    }
    FieldsRefused.throwIfAny(missing);
    order.sign(actor(), Instant.now());
    flushOrConflict();
    audited(
        AuditAction.SIGN,
        order,
        context.patient(),
        (guidance.matched() ? "variant " + guidance.variant().id() : "no variant")
            + ", "
            + guidance.rating());
    return order;
  }

  /** Records the result of an active order; it is then completed. */
  @RolesAllowed(Roles.CLINICIAN)
  public ImagingOrder complete(
      long orderId,
      long seenVersion,
      @NotNull LocalDate resultDate,
      @NotBlank @Size(max = 20000) String report,
      boolean reviewedWithPatient) {
    ImagingOrder order = current(orderId, seenVersion);
    if (order.getStatus() != OrderStatus.ACTIVE) {
      throw new RequestRefused("order.notActive");
    }
    LocalDate signedOn = LocalDate.ofInstant(order.getSignedAt(), settings.zone());
    if (resultDate.isAfter(LocalDate.now(settings.zone())) || resultDate.isBefore(signedOn)) {
      throw RequestRefused.onField("resultDate", "order.resultDateOutOfRange");
    }
    order.complete(resultDate, report, reviewedWithPatient, actor(), Instant.now());
    flushOrConflict();
    audited(AuditAction.COMPLETE, order, patient(order.getPatientId()), null);
    return order;
  }

  /** Cancels a draft or an active order, with the reason. */
  @RolesAllowed(Roles.CLINICIAN)
  public ImagingOrder revoke(
      long orderId, long seenVersion, @NotBlank @Size(max = 1000) String reason) {
    ImagingOrder order = current(orderId, seenVersion);
    if (order.getStatus().ended()) {
      throw new RequestRefused("order.alreadyEnded");
    }
    order.end(OrderStatus.REVOKED, reason, actor(), Instant.now());
    flushOrConflict();
    audited(AuditAction.REVOKE, order, patient(order.getPatientId()), null);
    return order;
  }

  /**
   * Marks an order that should never have existed (wrong patient, wrong study), with the reason.
   */
  @RolesAllowed(Roles.CLINICIAN)
  public ImagingOrder enteredInError(
      long orderId, long seenVersion, @NotBlank @Size(max = 1000) String reason) {
    ImagingOrder order = current(orderId, seenVersion);
    if (order.getStatus() == OrderStatus.ENTERED_IN_ERROR) {
      throw new RequestRefused("order.alreadyEnded");
    }
    order.end(OrderStatus.ENTERED_IN_ERROR, reason, actor(), Instant.now());
    flushOrConflict();
    audited(AuditAction.ENTERED_IN_ERROR, order, patient(order.getPatientId()), null);
    return order;
  }

  /** One order with its patient and study (an audited read). */
  public OrderDetail open(long orderId) {
    ImagingOrder order = order(orderId);
    Patient patient = patient(order.getPatientId());
    audited(AuditAction.VIEW, order, patient, null);
    return OrderDetail.of(order, patient, catalogue, staff);
  }

  /** A patient's orders, newest first (an audited read). */
  public List<ImagingOrder> ofPatient(long patientId) {
    Patient patient = patient(patientId);
    List<ImagingOrder> orders =
        em.createQuery(
                "select o from ImagingOrder o where o.patientId = :p"
                    + " order by o.createdAt desc, o.id desc",
                ImagingOrder.class)
            .setParameter("p", patientId)
            .getResultList();
    audit.patient(AuditAction.VIEW, "IMAGING_ORDER_LIST", null, patient, null);
    return orders;
  }

  /** Refuses what no honest form sends: unknown studies, diagnoses or findings. */
  private void check(OrderRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (catalogue.study(request.studyCode()).isEmpty()) {
      problems.add(FieldProblem.of("study", "order.unknownStudy"));
    }
    for (String code : request.reasons()) {
      if (chartingCatalogues.catalogue().diagnosis(code).isEmpty()) {
        problems.add(FieldProblem.of("reasons", "order.unknownReason", code));
      }
    }
    if (request.reasons().stream().distinct().count() != request.reasons().size()) {
      problems.add(FieldProblem.of("reasons", "order.duplicateReason"));
    }
    for (String finding : request.findings()) {
      if (catalogue.rules().finding(finding).isEmpty()) {
        problems.add(FieldProblem.of("findings", "order.unknownFinding", finding));
      }
    }
    FieldsRefused.throwIfAny(problems);
  }

  /** Writes the request with the guidance it gets now; a reason is kept only where it is needed. */
  private Guidance write(ImagingOrder order, OrderContext context, OrderRequest request) {
    Guidance guidance = catalogue.guidance(context, request.studyCode(), request.findings());
    OrderRequest kept =
        guidance.rating().needsReason()
            ? request
            : new OrderRequest(
                request.studyCode(),
                request.reasons(),
                request.clinicalQuestion(),
                request.priority(),
                request.symptomSide(),
                request.contrastReaction(),
                request.kidneyDisease(),
                request.patientInstructions(),
                request.findings(),
                null);
    order.write(kept, guidance, actor(), Instant.now());
    return guidance;
  }

  private ImagingOrder draftFor(long orderId, long seenVersion) {
    ImagingOrder order = current(orderId, seenVersion);
    if (order.getStatus() != OrderStatus.DRAFT) {
      throw new RequestRefused("order.notDraft");
    }
    return order;
  }

  private ImagingOrder current(long orderId, long seenVersion) {
    ImagingOrder order = order(orderId);
    if (order.getVersion() != seenVersion) {
      throw new ConcurrentChange(order.getUpdatedBy(), order.getUpdatedAt());
    }
    return order;
  }

  private void audited(AuditAction action, ImagingOrder order, Patient patient, String detail) {
    audit.patient(action, RECORD_TYPE, order.getId(), patient, detail);
  }

  private void flushOrConflict() {
    try {
      em.flush();
    } catch (OptimisticLockException raced) {
      throw new ConcurrentChange(null, null);
    }
  }

  private ImagingOrder order(long orderId) {
    return Records.require(em, ImagingOrder.class, orderId);
  }

  private Patient patient(long patientId) {
    return Records.require(em, Patient.class, patientId);
  }

  private String actor() {
    return session.getCallerPrincipal().getName();
  }
}
