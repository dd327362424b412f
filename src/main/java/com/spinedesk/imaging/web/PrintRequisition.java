package com.spinedesk.imaging.web;

import com.spinedesk.imaging.application.Requisitions;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.web.Feedback;
import com.spinedesk.platform.web.LanguagePreference;
import com.spinedesk.platform.web.Pages;
import com.spinedesk.platform.web.PdfResponse;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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

  @EJB private Requisitions requisitions;
  @Inject private LanguagePreference languagePreference;

  private Long id;

  public void send() throws IOException {
    Pages.openOrNotFound(
        () -> {
          try {
            byte[] pdf = requisitions.print(id, Language.of(languagePreference.getLocale()));
            PdfResponse.send(pdf, "requisition-" + id + ".pdf");
          } catch (RequestRefused notPrintable) {
            if ("record.notFound".equals(notPrintable.messageKey())) {
              throw notPrintable;
            }
            // A draft or a void order: back to the order, saying why there is nothing to print.
            Feedback.refused(notPrintable, null);
            Feedback.keptForNextPage();
            Faces.redirect("imaging/view.xhtml?id=" + id);
          }
        });
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
