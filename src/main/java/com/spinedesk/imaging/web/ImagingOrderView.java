package com.spinedesk.imaging.web;

import com.spinedesk.imaging.application.ImagingOrders;
import com.spinedesk.imaging.application.OrderDetail;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.web.Dates;
import com.spinedesk.platform.web.Feedback;
import com.spinedesk.platform.web.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One imaging order: what was ordered and why, the guidance it was signed under, and what can
 * happen next — print the requisition, record the result, revoke it, or mark it entered in error.
 */
@Named
@ViewScoped
public class ImagingOrderView implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private ImagingOrders orders;
  @Inject private Dates dates;

  private Long id;
  private transient OrderDetail detail;

  /** The order's version as this screen last showed it: an action on a stale screen is refused. */
  private long seenVersion;

  private LocalDate resultDate;
  private String report;
  private boolean reviewedWithPatient;
  private String endReason;

  public void open() throws IOException {
    Pages.openOrNotFound(
        () -> {
          detail = orders.open(id);
          seenVersion = detail.order().getVersion();
          resultDate = dates.today();
        });
  }

  public OrderDetail getDetail() {
    if (detail == null) {
      detail = orders.open(id);
    }
    return detail;
  }

  public void complete() {
    if (report == null || report.isBlank()) {
      Feedback.refused(RequestRefused.onField("report", "order.reportRequired"), "resultForm");
      return;
    }
    if (resultDate == null) {
      Feedback.refused(
          RequestRefused.onField("resultDate", "order.resultDateRequired"), "resultForm");
      return;
    }
    act(
        "resultForm",
        () -> orders.complete(id, version(), resultDate, report, reviewedWithPatient),
        "order.completed");
  }

  public void revoke() {
    if (reasonMissing()) {
      return;
    }
    act("endForm", () -> orders.revoke(id, version(), endReason), "order.revoked");
  }

  public void enteredInError() {
    if (reasonMissing()) {
      return;
    }
    act("endForm", () -> orders.enteredInError(id, version(), endReason), "order.markedInError");
  }

  private boolean reasonMissing() {
    if (endReason == null || endReason.isBlank() || endReason.length() > 1000) {
      Feedback.refused(RequestRefused.onField("endReason", "order.endReasonRequired"), "endForm");
      return true;
    }
    return false;
  }

  private void act(String formId, Runnable action, String done) {
    Feedback.attempt(formId)
        .when(
            ConcurrentChange.class,
            changed -> {
              detail = orders.open(id);
              seenVersion = detail.order().getVersion();
              Feedback.error(
                  "order.changedMeanwhileView",
                  detail.order().getUpdatedBy(),
                  dates.dateTime(detail.order().getUpdatedAt()));
            })
        .run(
            () -> {
              action.run();
              detail = orders.open(id);
              seenVersion = detail.order().getVersion();
              endReason = null;
              report = null;
              Feedback.info(done);
            });
  }

  private long version() {
    return seenVersion;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LocalDate getResultDate() {
    return resultDate;
  }

  public void setResultDate(LocalDate resultDate) {
    this.resultDate = resultDate;
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }

  public boolean isReviewedWithPatient() {
    return reviewedWithPatient;
  }

  public void setReviewedWithPatient(boolean reviewedWithPatient) {
    this.reviewedWithPatient = reviewedWithPatient;
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(String endReason) {
    this.endReason = endReason;
  }
}
