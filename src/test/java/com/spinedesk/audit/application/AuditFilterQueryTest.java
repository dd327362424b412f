package com.spinedesk.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.audit.domain.AuditFilter;
import com.spinedesk.platform.application.Criteria;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit log's filter makes the same JPQL and parameters as before it used Criteria. */
class AuditFilterQueryTest {
  private static final ZoneId CLINIC = ZoneId.of("America/Chicago");

  @Test
  void noFilterReadsEverything() {
    Criteria criteria = AuditTrail.criteria(AuditFilter.everything(), CLINIC);
    assertThat(criteria.where()).isEmpty();
    assertThat(criteria.parameters()).isEmpty();
  }

  @Test
  void everyPartCombinesAndTheDaysAreWholeDaysOfTheClinic() {
    Criteria criteria =
        AuditTrail.criteria(
            new AuditFilter(
                " 10000018 ", " frontdesk ", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2)),
            CLINIC);
    assertThat(criteria.where())
        .isEqualTo(
            " where a.patientMrn = :mrn and a.actor = :actor"
                + " and a.occurredAt >= :from and a.occurredAt < :to");
    assertThat(criteria.parameters())
        .containsExactly(
            Map.entry("mrn", "10000018"),
            Map.entry("actor", "frontdesk"),
            Map.entry("from", Instant.parse("2026-03-01T06:00:00Z")),
            Map.entry("to", Instant.parse("2026-03-03T06:00:00Z")));
  }

  @Test
  void blankCriteriaAreLeftOut() {
    Criteria criteria =
        AuditTrail.criteria(new AuditFilter(" ", null, null, LocalDate.of(2026, 3, 2)), CLINIC);
    assertThat(criteria.where()).isEqualTo(" where a.occurredAt < :to");
    assertThat(criteria.parameters()).containsOnlyKeys("to");
  }
}
