package com.spinedesk.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientTest {

  private static Patient patient() {
    Patient p = new Patient();
    p.setFamilyName("Garcia");
    p.setGivenName("Maria");
    p.setBirthDate(LocalDate.of(1979, 3, 14));
    p.setSex(Sex.FEMALE);
    p.setPhone("(555) 201-3344");
    return p;
  }

  @Test
  void namesTheFieldsThatDiffer() {
    Patient before = patient();
    Patient after = before.copy();
    after.setPhone("(555) 999-0000");
    after.setCity("Austin");

    assertThat(before.fieldsDifferentFrom(after)).containsExactly("patient.phone", "patient.city");
    assertThat(before.fieldsDifferentFrom(before.copy())).isEmpty();
  }

  @Test
  void editsNeverTouchTheMrn() {
    Patient stored = patient();
    stored.assignMrn("10000018");
    Patient edited = patient();
    edited.setGivenName("María");

    stored.takeEditsFrom(edited);

    assertThat(stored.getMrn()).isEqualTo("10000018");
    assertThat(stored.getGivenName()).isEqualTo("María");
    assertThatThrownBy(() -> stored.assignMrn("10000026"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theFirstChangeIsKeptAsTheRegistration() {
    Patient p = patient();
    p.changedBy("frontdesk", Instant.parse("2026-03-01T09:00:00Z"));
    p.changedBy("clinician", Instant.parse("2026-03-02T10:00:00Z"));

    assertThat(p.getCreatedBy()).isEqualTo("frontdesk");
    assertThat(p.getCreatedAt()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
    assertThat(p.getUpdatedBy()).isEqualTo("clinician");
    assertThat(p.getUpdatedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    assertThat(p.copy().getCreatedBy()).isEqualTo("frontdesk");
  }

  @Test
  void ageCountsWholeYears() {
    Patient p = patient();
    assertThat(p.ageOn(LocalDate.of(2026, 3, 13))).isEqualTo(46);
    assertThat(p.ageOn(LocalDate.of(2026, 3, 14))).isEqualTo(47);
  }
}
