package com.spinedesk.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Sends a printed document to the browser, shown inline for printing. Patient documents are never
 * cached: not by the browser's disk cache, not by a proxy (OmniFaces' sendFile marks files sent
 * over HTTPS as publicly cacheable, which is wrong for health data).
 */
public final class PdfResponse {

  private PdfResponse() {}

  public static void send(byte[] pdf, String fileName) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/pdf");
    external.setResponseContentLength(pdf.length);
    external.setResponseHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
    external.setResponseHeader("Cache-Control", "no-store, private");
    external.setResponseHeader("Pragma", "no-cache");
    external.setResponseHeader("X-Content-Type-Options", "nosniff");
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(pdf);
    }
    faces.responseComplete();
  }
}
