package com.spinedesk.imaging.web;

import com.spinedesk.imaging.application.ImagingWorklist;
import com.spinedesk.imaging.application.OpenOrder;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Every active order waiting for its result, overdue ones first. */
@Named
@ViewScoped
public class OpenImagingOrders implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private ImagingWorklist worklist;

  private List<OpenOrder> rows;

  public List<OpenOrder> getRows() {
    if (rows == null) {
      rows = worklist.openOrders();
    }
    return rows;
  }

  public long getOverdueCount() {
    return getRows().stream().filter(OpenOrder::overdue).count();
  }

  public void refresh() {
    rows = null;
  }
}
