package com.spinedesk.homecare.web;

import com.spinedesk.homecare.application.HomeCareSheets;
import com.spinedesk.homecare.application.SheetSummary;
import com.spinedesk.homecare.application.SheetTemplates;
import com.spinedesk.homecare.domain.SheetTemplate;
import com.spinedesk.patient.application.PatientRegistry;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Text;
import com.spinedesk.platform.web.LanguagePreference;
import com.spinedesk.platform.web.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An issued sheet: what it was made from, and its PDF to print again, identical. */
@Named
@ViewScoped
public class IssuedSheetView implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private HomeCareSheets sheets;
  @EJB private SheetTemplates templates;
  @EJB private PatientRegistry registry;
  @Inject private LanguagePreference languagePreference;

  private Long id;
  private SheetSummary sheet;
  private Patient patient;

  /** One dose as issued, labelled in the reader's language. */
  public record Dose(String label, int value) implements Serializable {}

  public void open() throws IOException {
    Pages.openOrNotFound(
        () -> {
          sheet = sheets.open(id);
          patient = registry.open(sheet.patientId());
        });
  }

  public List<Dose> getDoses() {
    SheetTemplate template =
        templates.find(sheet.templateCode(), sheet.templateVersion()).orElse(null);
    JsonObject values;
    try (JsonReader reader = Json.createReader(new StringReader(sheet.parameters()))) {
      values = reader.readObject();
    }
    List<Dose> doses = new ArrayList<>();
    for (String code : values.keySet()) {
      String label =
          template == null ? code : template.parameter(code).map(p -> text(p.label())).orElse(code);
      doses.add(new Dose(label, values.getInt(code)));
    }
    return doses;
  }

  /** The sections left out, by their heading in the reader's language. */
  public List<String> getLeftOut() {
    if (sheet.leftOut() == null) {
      return List.of();
    }
    SheetTemplate template =
        templates.find(sheet.templateCode(), sheet.templateVersion()).orElse(null);
    return Arrays.stream(sheet.leftOut().split(","))
        .map(
            code ->
                template == null
                    ? code
                    : template
                        .section(code)
                        .map(s -> text(s.heading()).replaceAll("\\{\\w+}", "…"))
                        .orElse(code))
        .toList();
  }

  private String text(Text text) {
    return text.in(Language.of(languagePreference.getLocale()));
  }

  public SheetSummary getSheet() {
    return sheet;
  }

  /** Whether the sheet is the emergency referral sheet rather than home-care advice. */
  public boolean isReferral() {
    return SheetTemplate.EMERGENCY_REFERRAL.equals(sheet.templateCode());
  }

  public Patient getPatient() {
    return patient;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
