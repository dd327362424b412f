package com.spinedesk.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientSearchTest {

  @Test
  void splitsNamesOnSpacesAndCommas() {
    assertThat(new PatientSearch("  garcia ", null, null, null).nameWords())
        .containsExactly("garcia");
    assertThat(new PatientSearch("Garcia, Maria", null, null, null).nameWords())
        .containsExactly("Garcia", "Maria");
    assertThat(new PatientSearch("maria garcia", null, null, null).nameWords())
        .containsExactly("maria", "garcia");
    assertThat(new PatientSearch("Maria del Carmen", null, null, null).nameWords())
        .containsExactly("Maria", "del Carmen");
    assertThat(new PatientSearch(" ", null, null, null).nameWords()).isEmpty();
  }

  @Test
  void comparesPhonesByDigits() {
    assertThat(new PatientSearch(null, null, null, "(555) 201-33").phoneDigits())
        .isEqualTo("55520133");
  }

  @Test
  void describesCriteriaWithoutTheirValues() {
    PatientSearch search =
        new PatientSearch("Garcia", LocalDate.of(1979, 3, 14), "10000018", "555");
    assertThat(search.describeCriteria()).isEqualTo("name, birth date, MRN, phone");
    assertThat(search.describeCriteria()).doesNotContain("Garcia", "1979", "10000018", "555");
    assertThat(PatientSearch.everyone().describeCriteria()).isEqualTo("all patients");
  }
}
