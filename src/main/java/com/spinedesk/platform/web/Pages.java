package com.spinedesk.platform.web;

import com.spinedesk.platform.application.RequestRefused;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Opening the record a page's address names ({@code ?id=}): an id that names no record answers
 * "Page not found" rather than an error, and renders nothing else. A missing or malformed id never
 * gets this far: the page's {@code <o:viewParam required="true">} fails, and its {@code
 * <o:viewParamValidationFailed sendError="404">} answers before the view action runs.
 */
public final class Pages {

  private Pages() {}

  /** What a page does to open its record; may refuse with {@link RequestRefused}. */
  @FunctionalInterface
  public interface Opening {
    void open() throws IOException;
  }

  /** Opens the page's record, or answers 404 when the service finds no such record. */
  public static void openOrNotFound(Opening opening) throws IOException {
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
