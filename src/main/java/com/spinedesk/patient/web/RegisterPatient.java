package com.spinedesk.patient.web;

import com.spinedesk.patient.application.PatientRegistry;
import com.spinedesk.patient.application.PossibleDuplicate;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Registers a new patient. When the name and date of birth match someone already registered, it
 * stops and shows the matches; the front desk checks them and may register anyway.
 */
@Named
@ViewScoped
public class RegisterPatient implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private PatientRegistry registry;

  private final Patient patient = new Patient();
  // One registration per form, however often it is sent (a double click sends it twice at once).
  private final String registrationToken = UUID.randomUUID().toString();
  private List<String> possibleDuplicates = List.of();

  public String register() {
    return save(false);
  }

  public String registerAnyway() {
    return save(true);
  }

  private String save(boolean confirmedNotDuplicate) {
    return Feedback.attempt("patientForm")
        .when(
            PossibleDuplicate.class,
            duplicate -> {
              possibleDuplicates = duplicate.matchingMrns();
              Feedback.warn(duplicate.messageKey(), duplicate.arguments());
            })
        // The same form sent twice at once: the second collides with the first, which registered.
        .orDoneBefore(
            () -> {
              Long first = registry.registeredWith(registrationToken);
              return first == null ? null : registered(registry.open(first));
            })
        .outcome(
            () -> {
              // A copy per request: two requests of this form at once must not share one entity.
              Patient form = new Patient();
              form.takeEditsFrom(patient);
              return registered(registry.register(form, confirmedNotDuplicate, registrationToken));
            });
  }

  private static String registered(Patient registered) {
    Feedback.keptForNextPage();
    Feedback.info("patient.registered", registered.displayName(), registered.getMrn());
    return "/patients/patient?faces-redirect=true&id=" + registered.getId();
  }

  public Patient getPatient() {
    return patient;
  }

  public List<String> getPossibleDuplicates() {
    return possibleDuplicates;
  }
}
