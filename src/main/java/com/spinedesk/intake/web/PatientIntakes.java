package com.spinedesk.intake.web;

import com.spinedesk.intake.application.IntakeDesk;
import com.spinedesk.intake.domain.Intake;
import com.spinedesk.platform.web.Feedback;
import jakarta.ejb.EJB;
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

  @EJB private IntakeDesk desk;

  private List<Intake> intakes;

  public List<Intake> of(long patientId) {
    if (intakes == null) {
      intakes = desk.ofPatient(patientId);
    }
    return intakes;
  }

  public String start(long patientId) {
    return Feedback.attempt()
        .outcome(() -> "/intake/intake?faces-redirect=true&id=" + desk.start(patientId).getId());
  }
}
