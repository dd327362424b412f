package com.spinedesk.imaging.application;

import com.spinedesk.charting.application.MuscleTesting;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.imaging.domain.ImagingOrder;
import com.spinedesk.intake.application.SubmittedIntakes;
import com.spinedesk.intake.application.SubmittedIntakes.SubmittedIntake;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.application.Records;
import com.spinedesk.platform.application.RequestRefused;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Works out what an order is placed against, for both imaging services that need it: the guidance
 * shown on the page ({@link ImagingGuidance}) and the rating stored with an order ({@link
 * ImagingOrders}), so both read the same intake. Runs in the caller's transaction, and only the
 * services of this package call it: they check the role and audit the read (the page's read is
 * audited on its own, a save's read is part of the save's audit entry).
 */
@Dependent
public class OrderContexts {
  @PersistenceContext private EntityManager em;
  @EJB private MuscleTesting muscleTesting;
  @Inject private SubmittedIntakes intakes;
  @Inject private ClinicSettings settings;

  /** A new order's context: the intake its visit reviews, not whichever was submitted last. */
  OrderContext forVisit(long visitId) {
    Visit visit = Records.require(em, Visit.class, visitId);
    SubmittedIntake intake =
        intakes
            .ofVisit(visit.getIntakeId(), visit.getPatientId())
            .orElseThrow(() -> new RequestRefused("order.noIntake"));
    return contextOf(visit, intake);
  }

  /** A saved order's context: the intake its guidance was drafted with, not a later one. */
  OrderContext ofOrder(ImagingOrder order) {
    SubmittedIntake intake =
        intakes.find(order.getIntakeId()).orElseThrow(() -> new RequestRefused("order.noIntake"));
    return contextOf(Records.require(em, Visit.class, order.getVisitId()), intake);
  }

  private OrderContext contextOf(Visit visit, SubmittedIntake intake) {
    Patient patient = Records.require(em, Patient.class, visit.getPatientId());
    LocalDate today = LocalDate.now(settings.zone());
    return new OrderContext(
        visit, patient, intake, muscleTesting.analysisOf(visit.getId()), patient.ageOn(today));
  }
}
