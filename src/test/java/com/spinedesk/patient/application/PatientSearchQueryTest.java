package com.spinedesk.patient.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.patient.domain.PatientSearch;
import com.spinedesk.platform.application.Criteria;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The front desk's search makes the same JPQL and parameters as before it used Criteria. */
class PatientSearchQueryTest {

  @Test
  void noCriteriaFindsEveryone() {
    Criteria criteria = PatientRegistry.criteria(PatientSearch.everyone());
    assertThat(criteria.where()).isEmpty();
    assertThat(criteria.parameters()).isEmpty();
  }

  @Test
  void oneNameMatchesEitherNameFromItsStartWithTheUsersWildcardsTakenLiterally() {
    Criteria criteria = PatientRegistry.criteria(new PatientSearch("50%_\\", null, null, null));
    assertThat(criteria.where())
        .isEqualTo(
            " where (p.familyName like :w0 escape '\\' or p.givenName like :w0 escape '\\')");
    assertThat(criteria.parameters()).containsExactly(entry("w0", "50\\%\\_\\\\%"));
  }

  @Test
  void everyPartCombines() {
    Criteria criteria =
        PatientRegistry.criteria(
            new PatientSearch(
                "Garcia, Maria", LocalDate.of(1979, 3, 14), " 10000018 ", "(555) 201"));
    assertThat(criteria.where())
        .isEqualTo(
            " where ((p.familyName like :w0 escape '\\' and p.givenName like :w1 escape '\\')"
                + " or (p.familyName like :w1 escape '\\' and p.givenName like :w0 escape '\\'))"
                + " and p.birthDate = :born and p.mrn = :mrn and p.phoneDigits like :phone");
    assertThat(criteria.parameters())
        .containsExactly(
            entry("w0", "Garcia%"),
            entry("w1", "Maria%"),
            entry("born", LocalDate.of(1979, 3, 14)),
            entry("mrn", "10000018"),
            entry("phone", "555201%"));
  }

  private static Map.Entry<String, Object> entry(String name, Object value) {
    return Map.entry(name, value);
  }
}
