package com.spinedesk.homecare.web;

import com.spinedesk.homecare.application.HomeCareSheets;
import com.spinedesk.platform.application.RequestRefused;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

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
    FacesContext faces = FacesContext.getCurrentInstance();
    if (id == null || faces.isValidationFailed()) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
      return;
    }
    try {
      Faces.sendFile(sheets.pdf(id), "home-care-" + id + ".pdf", false);
    } catch (RequestRefused notFound) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
