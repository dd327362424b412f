package com.spinedesk.imaging.web;

import com.spinedesk.imaging.application.ImagingOrders;
import com.spinedesk.patient.domain.Language;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.web.LanguagePreference;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/**
 * Sends an order's requisition as a PDF ({@code /imaging/requisition.xhtml?id=}), shown in the
 * browser for printing. The address names the order only; the patient's details are in the PDF.
 */
@Named
@RequestScoped
public class PrintRequisition {

  @EJB private ImagingOrders orders;
  @Inject private LanguagePreference languagePreference;

  private Long id;

  public void send() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (id == null || faces.isValidationFailed()) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
      return;
    }
    try {
      byte[] pdf = orders.requisition(id, Language.of(languagePreference.getLocale()));
      Faces.sendFile(pdf, "requisition-" + id + ".pdf", false);
    } catch (RequestRefused refused) {
      faces
          .getExternalContext()
          .responseSendError("record.notFound".equals(refused.messageKey()) ? 404 : 409, null);
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
