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

/**
 * A telephone number as typed at a front desk: digits with the usual separators ({@code + ( ) - .
 * space}) and 7 to 15 digits in all (the E.164 maximum). Empty means "not given".
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PhoneNumber {
  String message() default "{spinedesk.validation.phone}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the characters and counts the digits. */
  class Validator implements ConstraintValidator<PhoneNumber, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || PhoneNumbers.isPlausible(value);
    }
  }
}
