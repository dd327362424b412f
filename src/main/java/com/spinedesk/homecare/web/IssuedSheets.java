package com.spinedesk.homecare.web;

import com.spinedesk.homecare.application.HomeCareSheets;
import com.spinedesk.homecare.application.SheetSummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The issued sheets section of the chart, the visit and the patient's page (where the front desk
 * reprints them). Read once per view (an audited read).
 */
@Named
@ViewScoped
public class IssuedSheets implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private HomeCareSheets sheets;

  private List<SheetSummary> ofPatient;

  public List<SheetSummary> ofPatient(long patientId) {
    if (ofPatient == null) {
      ofPatient = sheets.ofPatient(patientId);
    }
    return ofPatient;
  }
}
