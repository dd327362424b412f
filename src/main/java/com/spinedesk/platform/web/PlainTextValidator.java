package com.spinedesk.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Objects;

/**
 * Refuses text holding control characters (a NUL byte, an escape), which no keyboard types and no
 * record should keep; tabs and line breaks are fine. A default validator (faces-config.xml), so
 * every field of every form has it; the message names the field.
 */
@FacesValidator("spinedesk.plainText")
public class PlainTextValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (value instanceof String text && hasControlCharacter(text)) {
      Object label = component.getAttributes().get("label");
      String message =
          Feedback.text("validation.controlCharacter", Objects.toString(label, component.getId()));
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
  }

  static boolean hasControlCharacter(String text) {
    return text.chars()
        .anyMatch(
            c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r');
  }
}
