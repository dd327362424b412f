package com.spinedesk.imaging.web;

import com.spinedesk.charting.domain.Visit;
import com.spinedesk.imaging.application.ImagingOrders;
import com.spinedesk.imaging.domain.ImagingOrder;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The imaging orders section of the patient's page, the chart and the visit: each order's study,
 * status and priority, with its requisition for printing. Read once per view (an audited read).
 */
@Named
@ViewScoped
public class ImagingOrderList implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private ImagingOrders orders;

  private transient List<ImagingOrder> ofPatient;

  public List<ImagingOrder> ofPatient(long patientId) {
    if (ofPatient == null) {
      ofPatient = orders.ofPatient(patientId);
    }
    return ofPatient;
  }

  /** The orders placed at one visit. */
  public List<ImagingOrder> ofVisit(Visit visit) {
    return ofPatient(visit.getPatientId()).stream()
        .filter(o -> o.getVisitId() == visit.getId())
        .toList();
  }
}
