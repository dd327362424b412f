package com.spinedesk.patient.web;

import com.spinedesk.patient.application.PatientRegistry;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.web.Dates;
import com.spinedesk.platform.web.Feedback;
import com.spinedesk.platform.web.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.stream.Collectors;

/**
 * Shows a patient's record and saves corrections. A save that would overwrite someone else's newer
 * change is refused with who changed what and when; the person reloads and re-applies.
 */
@Named
@ViewScoped
public class EditPatient implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private PatientRegistry registry;
  @Inject private Dates dates;

  private Long id;
  private Patient patient;

  /** The record as it was when opened here, to tell what another person changed. */
  private Patient asOpened;

  private boolean conflict;

  /** Opens the record named by the {@code id} view parameter (an audited read). */
  public void open() throws IOException {
    Pages.openOrNotFound(
        () -> {
          patient = registry.open(id);
          asOpened = patient.copy();
          conflict = false;
        });
  }

  public void save() {
    Feedback.attempt("patientForm")
        .when(ConcurrentChange.class, changed -> showConflict())
        .run(
            () -> {
              patient = registry.update(patient);
              asOpened = patient.copy();
              Feedback.info("patient.saved", patient.displayName());
            });
  }

  /** Tells who saved the record meanwhile and which fields they changed; keeps what was typed. */
  private void showConflict() {
    conflict = true;
    Patient current = registry.open(id);
    String fields =
        asOpened.fieldsDifferentFrom(current).stream()
            .map(Feedback::text)
            .collect(Collectors.joining(", "));
    Feedback.error(
        "patient.changedMeanwhile",
        current.getUpdatedBy(),
        dates.dateTime(current.getUpdatedAt()),
        fields.isEmpty() ? "-" : fields);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Patient getPatient() {
    return patient;
  }

  public boolean isConflict() {
    return conflict;
  }
}
