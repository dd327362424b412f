package com.spinedesk.platform.web;

import com.spinedesk.platform.application.RequestRefused;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Opening the record a page's address names ({@code ?id=}): a missing or malformed id, or one that
 * names no record, answers "Page not found" rather than an error, and renders nothing else.
 */
public final class Pages {

  private Pages() {}

  /** What a page does to open its record; may refuse with {@link RequestRefused}. */
  @FunctionalInterface
  public interface Opening {
    void open() throws IOException;
  }

  /** Opens the record named by {@code id}, or answers 404. */
  public static void openOrNotFound(Object id, Opening opening) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (id == null || faces.isValidationFailed()) {
      notFound();
      return;
    }
    try {
      opening.open();
    } catch (RequestRefused notFound) {
      notFound();
    }
  }

  /** Answers "Page not found" and renders nothing more. */
  public static void notFound() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, null);
    faces.responseComplete();
  }
}
