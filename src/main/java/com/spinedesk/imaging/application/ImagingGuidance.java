package com.spinedesk.imaging.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.imaging.domain.Guidance;
import com.spinedesk.imaging.domain.ImagingOrder;
import com.spinedesk.platform.application.Records;
import com.spinedesk.platform.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/**
 * The appropriateness guidance beside the order form: what an order is placed against (an audited
 * read of the risk profile) and how appropriate a study is in it. Apart from {@link ImagingOrders}
 * because it only reads and only clinicians ordering see it; what it shows is worked out as the
 * order's stored rating is.
 */
@Stateless
@RolesAllowed(Roles.CLINICIAN)
public class ImagingGuidance {
  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @Inject private OrderContexts contexts;
  @Inject private ImagingCatalogue catalogue;

  /**
   * What a new order at this visit is placed against: the patient's latest submitted intake (an
   * audited read of the risk profile). Refused when there is none: the guidance needs one.
   */
  public OrderContext context(long visitId) {
    OrderContext context = contexts.forVisit(visitId);
    auditGuidanceRead(context);
    return context;
  }

  /** What a saved draft is placed against: the intake it was drafted with (an audited read). */
  public OrderContext contextOfOrder(long orderId) {
    OrderContext context = contexts.ofOrder(Records.require(em, ImagingOrder.class, orderId));
    auditGuidanceRead(context);
    return context;
  }

  /** The guidance for a request in this context, as it would be stored. */
  public Guidance guidance(OrderContext context, String studyCode, Set<String> findings) {
    return catalogue.guidance(context, studyCode, findings);
  }

  private void auditGuidanceRead(OrderContext context) {
    audit.patient(
        AuditAction.VIEW, "IMAGING_GUIDANCE", context.visit().getId(), context.patient(), null);
  }
}
