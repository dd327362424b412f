package com.spinedesk.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language a member of staff reads SpineDesk in (English or Spanish): the browser's choice
 * until they pick one in the header. A preference of the person, not page state.
 */
@Named
@SessionScoped
public class LanguagePreference implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      locale = "es".equals(requested.getLanguage()) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void setLanguage(String language) {
    locale = "es".equals(language) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
