package com.spinedesk.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;

/**
 * Reads a typed date exactly as typed: "02/31/2026" is refused, with the field named, instead of
 * being quietly turned into the last day of February (what the date picker's own lenient reading
 * does). Uses the date picker's {@code pattern}; registered on every date field.
 */
@FacesConverter("spinedesk.strictDate")
public class StrictDateConverter implements Converter<LocalDate> {

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String pattern = pattern(component);
    try {
      return LocalDate.parse(value.strip(), formatter(pattern));
    } catch (DateTimeParseException notADate) {
      Object label = component.getAttributes().get("label");
      String message =
          Feedback.text(
              "jakarta.faces.converter.DateTimeConverter.DATE",
              value,
              pattern.toLowerCase(),
              Objects.toString(label, component.getId()));
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), notADate);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : formatter(pattern(component)).format(value);
  }

  private static String pattern(UIComponent component) {
    Object pattern = component.getAttributes().get("pattern");
    return pattern == null ? "MM/dd/yyyy" : pattern.toString();
  }

  /** STRICT resolving needs the proleptic year ("uuuu") where people write "yyyy". */
  private static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'))
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
