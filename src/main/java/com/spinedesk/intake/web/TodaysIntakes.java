package com.spinedesk.intake.web;

import com.spinedesk.intake.application.IntakeDesk;
import com.spinedesk.intake.application.WorklistRow;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The day's intakes for the front desk and clinicians, urgent (red-flag) ones first. */
@Named
@ViewScoped
public class TodaysIntakes implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private IntakeDesk desk;

  private List<WorklistRow> rows;

  public List<WorklistRow> getRows() {
    if (rows == null) {
      rows = desk.today();
    }
    return rows;
  }

  public void refresh() {
    rows = desk.today();
  }
}
