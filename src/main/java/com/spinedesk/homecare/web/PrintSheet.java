package com.spinedesk.homecare.web;

import com.spinedesk.homecare.application.HomeCareSheets;
import com.spinedesk.platform.web.Pages;
import com.spinedesk.platform.web.PdfResponse;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Sends an issued sheet's PDF ({@code /homecare/pdf.xhtml?id=}), byte for byte as issued, shown in
 * the browser for printing. The address names the sheet only.
 */
@Named
@RequestScoped
public class PrintSheet {

  @EJB private HomeCareSheets sheets;

  private Long id;

  public void send() throws IOException {
    Pages.openOrNotFound(
        () -> {
          PdfResponse.send(sheets.pdf(id), "home-care-" + id + ".pdf");
        });
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
