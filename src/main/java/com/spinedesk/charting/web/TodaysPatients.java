package com.spinedesk.charting.web;

import com.spinedesk.charting.application.Chart;
import com.spinedesk.charting.application.WorklistPatient;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The clinician's list for the day: patients whose intake was submitted, red flags first. */
@Named
@ViewScoped
public class TodaysPatients implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private Chart chart;

  private List<WorklistPatient> rows;

  public List<WorklistPatient> getRows() {
    if (rows == null) {
      rows = chart.today();
    }
    return rows;
  }

  public void refresh() {
    rows = null;
  }
}
