package com.spinedesk.platform.domain;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date of birth that can belong to a living patient: not before 1 January 1900 and not in the
 * future. Catches the classic typos (1097 for 1997, this year for the birth year).
 */
@Documented
@Constraint(validatedBy = PlausibleBirthDate.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PlausibleBirthDate {
  LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  String message() default "{spinedesk.validation.birthDate}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Compares with today's date on the server. */
  class Validator implements ConstraintValidator<PlausibleBirthDate, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LocalDate.now()));
    }
  }
}
