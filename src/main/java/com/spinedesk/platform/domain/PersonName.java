package com.spinedesk.platform.domain;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A person's name as people really write it: letters of any script with spaces, apostrophes,
 * hyphens and periods (O'Brien, Núñez-García, St. John), at most 100 characters. Markup such as
 * {@code <b>} can never pass, which keeps names safe on screen and on paper.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "^[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*$")
@Size(max = 100)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@jakarta.validation.ReportAsSingleViolation
public @interface PersonName {
  String message() default "{spinedesk.validation.personName}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
