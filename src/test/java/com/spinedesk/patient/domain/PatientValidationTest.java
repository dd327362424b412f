package com.spinedesk.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.platform.domain.Language;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The constraints on a patient, checked with a real Bean Validation engine. */
class PatientValidationTest {
  private static Validator validator;

  @BeforeAll
  static void engine() {
    Locale.setDefault(Locale.ENGLISH);
    validator = Validation.buildDefaultValidatorFactory().getValidator();
  }

  private static Patient valid() {
    Patient p = new Patient();
    p.setFamilyName("Núñez-García");
    p.setGivenName("María José");
    p.setBirthDate(LocalDate.of(1975, 2, 28));
    p.setSex(Sex.FEMALE);
    p.setPhone("+1 (555) 201-3344");
    p.setEmail("maria@example.org");
    p.setPostalCode("78701");
    p.setEmergencyContactName("Sean O'Brien");
    p.setPreferredLanguage(Language.ES);
    return p;
  }

  private static Set<String> invalidFields(Patient p) {
    return validator.validate(p).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void realNamesWithAccentsApostrophesAndHyphensAreValid() {
    assertThat(invalidFields(valid())).isEmpty();
  }

  @Test
  void birthDateMustBeBetween1900AndToday() {
    Patient p = valid();
    p.setBirthDate(LocalDate.now().plusDays(1));
    assertThat(invalidFields(p)).containsExactly("birthDate");
    p.setBirthDate(LocalDate.of(1899, 12, 31));
    assertThat(invalidFields(p)).containsExactly("birthDate");
    p.setBirthDate(LocalDate.of(1900, 1, 1));
    assertThat(invalidFields(p)).isEmpty();
    p.setBirthDate(LocalDate.now());
    assertThat(invalidFields(p)).isEmpty();
  }

  @Test
  void markupInNamesAndAddressIsRefused() {
    Patient p = valid();
    p.setFamilyName("<b>Smith</b>");
    p.setGivenName("Ann<script>");
    p.setAddressLine("1 Main St <img src=x>");
    p.setEmergencyContactRelationship("<i>wife</i>");
    assertThat(invalidFields(p))
        .containsExactlyInAnyOrder(
            "familyName", "givenName", "addressLine", "emergencyContactRelationship");
  }

  @Test
  void malformedEmailAndPhoneAreRefused() {
    Patient p = valid();
    p.setEmail("maria@");
    p.setPhone("call me");
    p.setEmergencyContactPhone("12345");
    assertThat(invalidFields(p))
        .containsExactlyInAnyOrder("email", "phone", "emergencyContactPhone");
  }

  @Test
  void overLongTextIsRefused() {
    Patient p = valid();
    p.setFamilyName("a".repeat(101));
    p.setCity("c".repeat(81));
    p.setEmail("e".repeat(250) + "@x.org");
    assertThat(invalidFields(p)).containsExactlyInAnyOrder("familyName", "city", "email");
  }

  @Test
  void requiredFieldsAreRequired() {
    Patient p = new Patient();
    p.setPreferredLanguage(null);
    assertThat(invalidFields(p))
        .containsExactlyInAnyOrder(
            "familyName", "givenName", "birthDate", "sex", "preferredLanguage");
  }

  @Test
  void messagesSayWhatIsWrongInPlainWords() {
    Patient p = valid();
    p.setBirthDate(LocalDate.now().plusYears(1));
    assertThat(validator.validate(p))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("must be between 1 January 1900 and today");
  }
}
