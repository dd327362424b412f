package com.spinedesk.imaging.application;

import com.spinedesk.imaging.domain.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many days an active order may wait for its result before the open-orders list flags it, per
 * priority. Set by {@code SPINEDESK_IMAGING_RESULT_DAYS_ROUTINE}, {@code _URGENT} and {@code
 * _STAT}.
 */
@ApplicationScoped
public class ResultDeadlines {

  @Inject
  @ConfigProperty(name = "spinedesk.imaging.result-days.routine", defaultValue = "14")
  int routine;

  @Inject
  @ConfigProperty(name = "spinedesk.imaging.result-days.urgent", defaultValue = "3")
  int urgent;

  @Inject
  @ConfigProperty(name = "spinedesk.imaging.result-days.stat", defaultValue = "1")
  int stat;

  public int days(Priority priority) {
    return switch (priority) {
      case ROUTINE -> routine;
      case URGENT -> urgent;
      case STAT -> stat;
    };
  }
}
