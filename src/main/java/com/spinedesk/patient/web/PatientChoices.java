package com.spinedesk.patient.web;

import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The fixed choices of the patient form, for select menus. */
@Named
@ApplicationScoped
public class PatientChoices {

  public List<Sex> getSexes() {
    return List.of(Sex.values());
  }

  public List<Language> getLanguages() {
    return List.of(Language.values());
  }
}
