package com.spinedesk.audit.web;

import com.spinedesk.audit.application.AuditTrail;
import com.spinedesk.audit.domain.AuditCheck;
import com.spinedesk.audit.domain.AuditEntry;
import com.spinedesk.audit.domain.AuditFilter;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit screen: filter by patient (MRN), user and dates; newest first, a page at a time. */
@Named
@ViewScoped
public class ReviewAuditLog implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private AuditTrail trail;
  @Inject private ClinicSettings settings;

  private String patientMrn;
  private String actor;
  private LocalDate from;
  private LocalDate to;
  private AuditFilter filter = AuditFilter.everything();

  private final LazyDataModel<AuditEntry> entries =
      new LazyDataModel<>() {
        @Serial private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) trail.count(filter, settings.zone());
        }

        @Override
        public List<AuditEntry> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return trail.page(filter, settings.zone(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
          return String.valueOf(entry.getId());
        }
      };

  public void apply() {
    if (from != null && to != null && to.isBefore(from)) {
      Feedback.error("audit.datesReversed");
      return;
    }
    filter = new AuditFilter(patientMrn, actor, from, to);
  }

  /** Checks the whole hash chain and says whether the log is intact, or where it was broken. */
  public void verify() {
    AuditCheck check = trail.verify();
    if (check.isIntact()) {
      Feedback.info("audit.verify.intact", check.checked());
    } else {
      Feedback.error(check.problem(), String.valueOf(check.firstBrokenEntry()));
    }
    if (check.beforeChain() > 0) {
      Feedback.info("audit.verify.beforeChain", check.beforeChain());
    }
  }

  public void clear() {
    patientMrn = null;
    actor = null;
    from = null;
    to = null;
    filter = AuditFilter.everything();
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public String getPatientMrn() {
    return patientMrn;
  }

  public void setPatientMrn(String patientMrn) {
    this.patientMrn = patientMrn;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
