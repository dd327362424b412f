package com.spinedesk.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputTextRenderer;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces' text inputs cut a submitted value to the field's {@code maxlength} before anything
 * checks it, so a 150-character name (pasted past the browser, or sent by a script) would be stored
 * as its first 100 characters. These renderers keep the whole value, so the length check refuses it
 * with the field named and the text kept. Registered in faces-config.xml in place of PrimeFaces'
 * own.
 */
public final class WholeTextInputs {

  private WholeTextInputs() {}

  /** p:inputText. */
  public static class Text extends InputTextRenderer {
    @Override
    public void decode(FacesContext context, UIComponent component) {
      super.decode(context, component);
      keepWhole(context, component, false);
    }
  }

  /** p:inputTextarea; line breaks are still read as one character each, as the browser counts. */
  public static class Textarea extends InputTextareaRenderer {
    @Override
    public void decode(FacesContext context, UIComponent component) {
      super.decode(context, component);
      keepWhole(context, component, true);
    }
  }

  private static void keepWhole(FacesContext context, UIComponent component, boolean lines) {
    if (!(component instanceof UIInput input) || input.getSubmittedValue() == null) {
      return;
    }
    String sent =
        context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
    if (sent != null) {
      input.setSubmittedValue(lines ? sent.replaceAll("\\r\\n?", "\n") : sent);
    }
  }
}
