package com.spinedesk.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MedicalRecordNumberTest {

  @Test
  void appendsTheLuhnCheckDigit() {
    assertThat(MedicalRecordNumber.fromSerial(1_000_001)).isEqualTo("10000016");
    assertThat(MedicalRecordNumber.fromSerial(7_992_739)).isEqualTo("79927398");
  }

  @Test
  void everyIssuedNumberIsValidAndHasTheSameLength() {
    for (long serial = 1_000_000; serial < 1_002_000; serial++) {
      String mrn = MedicalRecordNumber.fromSerial(serial);
      assertThat(mrn).hasSize(MedicalRecordNumber.LENGTH);
      assertThat(MedicalRecordNumber.isValid(mrn)).as(mrn).isTrue();
    }
  }

  @Test
  void catchesEverySingleMistypedDigit() {
    String mrn = MedicalRecordNumber.fromSerial(1_234_567);
    for (int position = 0; position < mrn.length(); position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit == mrn.charAt(position)) {
          continue;
        }
        String typo = mrn.substring(0, position) + digit + mrn.substring(position + 1);
        assertThat(MedicalRecordNumber.isValid(typo)).as(typo).isFalse();
      }
    }
  }

  @Test
  void catchesSwappedNeighbours() {
    String mrn = MedicalRecordNumber.fromSerial(1_234_567);
    String swapped = mrn.charAt(1) + "" + mrn.charAt(0) + mrn.substring(2);
    assertThat(MedicalRecordNumber.isValid(swapped)).isFalse();
  }

  @Test
  void rejectsMalformedText() {
    assertThat(MedicalRecordNumber.isValid(null)).isFalse();
    assertThat(MedicalRecordNumber.isValid("")).isFalse();
    assertThat(MedicalRecordNumber.isValid("1000001")).isFalse();
    assertThat(MedicalRecordNumber.isValid("1000001X")).isFalse();
    assertThat(MedicalRecordNumber.isValid("100000188")).isFalse();
  }

  @Test
  void refusesSerialsOutsideTheSevenDigitRange() {
    assertThatThrownBy(() -> MedicalRecordNumber.fromSerial(999_999))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MedicalRecordNumber.fromSerial(10_000_000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
