package com.spinedesk.intake.web;

import com.spinedesk.intake.application.IntakeDesk;
import com.spinedesk.intake.domain.Intake;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The intakes section of a patient's page: earlier intakes and starting a new one. */
@Named
@ViewScoped
public class PatientIntakes implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The section's form, whose own messages list shows what happened to its actions. */
  private static final String SECTION = "intakesForm";

  @EJB private IntakeDesk desk;

  private List<Intake> intakes;

  public List<Intake> of(long patientId) {
    if (intakes == null) {
      intakes = desk.ofPatient(patientId);
    }
    return intakes;
  }

  /**
   * Starts an intake and opens it; a refusal shows in the intakes section (not also at the top of
   * the page, where the patient form's messages are).
   */
  public String start(long patientId) {
    return Feedback.attempt()
        .when(
            RequestRefused.class,
            refused ->
                Feedback.on(
                    SECTION,
                    FacesMessage.SEVERITY_ERROR,
                    refused.messageKey(),
                    refused.arguments()))
        .outcome(() -> "/intake/intake?faces-redirect=true&id=" + desk.start(patientId).getId());
  }
}
