package com.spinedesk.platform.web;

import com.spinedesk.platform.application.ClinicSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates and times as pages show them ({@code #{dates.dateTime(...)}}): stored UTC times in the
 * clinic's time zone, written in the reader's language; and the clinic's today.
 */
@Named
@ApplicationScoped
public class Dates {

  @Inject private ClinicSettings settings;

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .format(instant.atZone(settings.zone()));
  }

  public String date(LocalDate date) {
    if (date == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .format(date);
  }

  /** The clinic day a stored time falls on, as a date. */
  public String dayOf(Instant instant) {
    return instant == null ? "" : date(instant.atZone(settings.zone()).toLocalDate());
  }

  /** The time of day only, for lists of one day's events. */
  public String time(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .format(instant.atZone(settings.zone()));
  }

  public LocalDate today() {
    return LocalDate.now(settings.zone());
  }
}
