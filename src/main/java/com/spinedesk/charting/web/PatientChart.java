package com.spinedesk.charting.web;

import com.spinedesk.charting.application.Chart;
import com.spinedesk.charting.application.ChartSummary;
import com.spinedesk.charting.application.VisitNotes;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.intake.application.Catalogues;
import com.spinedesk.intake.web.RiskProfileView;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.web.Dates;
import com.spinedesk.platform.web.Feedback;
import com.spinedesk.platform.web.LanguagePreference;
import com.spinedesk.platform.web.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A patient's chart: the latest risk profile with red flags first, the pain trend, the visits
 * timeline one page at a time, and starting today's visit.
 */
@Named
@ViewScoped
public class PatientChart implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private Chart chart;
  @EJB private VisitNotes notes;
  @Inject private Catalogues catalogues;
  @Inject private LanguagePreference languagePreference;
  @Inject private Dates dates;

  private Long patient;
  private ChartSummary summary;

  private final LazyDataModel<Visit> visits =
      new LazyDataModel<>() {
        @Serial private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) chart.countVisits(patient);
        }

        @Override
        public List<Visit> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return chart.visits(patient, first, pageSize);
        }

        @Override
        public String getRowKey(Visit visit) {
          return String.valueOf(visit.getId());
        }
      };

  /** Opens the chart named by the {@code patient} view parameter (an audited read). */
  public void open() throws IOException {
    Pages.openOrNotFound(
        () -> {
          summary = chart.open(patient);
        });
  }

  /** Opens today's visit: the draft already started today, or a new one. */
  public String startVisit() {
    return Feedback.attempt()
        .outcome(() -> "/chart/visit?faces-redirect=true&id=" + notes.start(patient).getId());
  }

  public ChartSummary getSummary() {
    return summary;
  }

  public RiskProfileView getProfileView() {
    return summary.latestIntake() == null
        ? null
        : new RiskProfileView(
            summary.latestIntake().profile(), catalogues.catalogue(), staffLanguage());
  }

  public LazyDataModel<Visit> getVisits() {
    return visits;
  }

  public String getPainChart() {
    return PainTrend.chartJson(summary.painTrend(), dates::date, Feedback.text("chart.painAxis"));
  }

  /** The trend in words, for screen readers and for reading at a glance. */
  public String getPainSummary() {
    List<ChartSummary.PainPoint> points = summary.painTrend();
    if (points.isEmpty()) {
      return "";
    }
    ChartSummary.PainPoint first = points.get(0);
    ChartSummary.PainPoint last = points.get(points.size() - 1);
    return Feedback.text(
        "chart.painSummary",
        points.size(),
        dates.date(first.date()),
        first.pain(),
        dates.date(last.date()),
        last.pain());
  }

  private Language staffLanguage() {
    return Language.of(languagePreference.getLocale());
  }

  public Long getPatient() {
    return patient;
  }

  public void setPatient(Long patient) {
    this.patient = patient;
  }
}
