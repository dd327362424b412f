package com.spinedesk.imaging.application;

import com.spinedesk.imaging.domain.ImagingOrder;
import com.spinedesk.imaging.domain.ImagingStudy;
import com.spinedesk.imaging.domain.Variant;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.security.application.StaffDirectory;

/**
 * One order as staff see it: the order, its patient and study, the variant its guidance matched
 * when it was last saved (null when none), and the requester's full name.
 */
public record OrderDetail(
    ImagingOrder order,
    Patient patient,
    ImagingStudy study,
    Variant variant,
    String requesterName) {

  /** The order with its study and variant from the catalogue, as opened and as printed. */
  static OrderDetail of(
      ImagingOrder order, Patient patient, ImagingCatalogue catalogue, StaffDirectory staff) {
    return new OrderDetail(
        order,
        patient,
        catalogue.orderedStudy(order.getStudyCode()),
        order.getMatchedVariant() == null
            ? null
            : catalogue.rules().variant(order.getMatchedVariant()).orElse(null),
        staff.fullName(order.getRequester()));
  }
}
