package com.spinedesk.imaging.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.imaging.domain.ImagingOrder;
import com.spinedesk.intake.application.SubmittedIntakes;
import com.spinedesk.intake.application.SubmittedIntakes.SubmittedIntake;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.Records;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Roles;
import com.spinedesk.security.application.StaffDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

/**
 * Prints a signed order's requisition, for clinicians and the front desk alike. Apart from {@link
 * ImagingOrders} because printing changes nothing and needs what ordering does not: the intake's
 * history for the page and the page's layout ({@link Requisition}).
 */
@Stateless
@RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
public class Requisitions {
  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @Inject private ImagingCatalogue catalogue;
  @Inject private SubmittedIntakes intakes;
  @Inject private StaffDirectory staff;
  @Inject private Requisition requisition;

  /**
   * The requisition of a signed order as a PDF, in the language of the person printing it (the
   * patient's instructions stay in the patient's language). Printing is audited.
   */
  public byte[] print(long orderId, @NotNull Language language) {
    ImagingOrder order = Records.require(em, ImagingOrder.class, orderId);
    if (!order.getStatus().printable()) {
      throw new RequestRefused("order.notPrintable");
    }
    Patient patient = Records.require(em, Patient.class, order.getPatientId());
    OrderDetail detail = OrderDetail.of(order, patient, catalogue, staff);
    SubmittedIntake intake = intakes.find(order.getIntakeId()).orElse(null);
    byte[] pdf = requisition.print(detail, intake, language);
    audit.patient(
        AuditAction.PRINT, ImagingOrders.RECORD_TYPE, order.getId(), patient, "requisition");
    return pdf;
  }
}
