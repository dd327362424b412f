package com.spinedesk.imaging.application;

import com.spinedesk.charting.application.ChartingCatalogues;
import com.spinedesk.charting.domain.Diagnosis;
import com.spinedesk.imaging.domain.ImagingOrder;
import com.spinedesk.imaging.domain.ImagingStudy;
import com.spinedesk.imaging.domain.Priority;
import com.spinedesk.intake.application.Catalogues;
import com.spinedesk.intake.application.SubmittedIntakes.SubmittedIntake;
import com.spinedesk.intake.domain.RedFlag;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.application.Html;
import com.spinedesk.platform.application.Messages;
import com.spinedesk.platform.application.PdfPrinter;
import com.spinedesk.platform.application.PrintedPage;
import com.spinedesk.platform.domain.Language;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * The imaging requisition the patient takes to the imaging center: the patient, the study with its
 * codes, the indication and the clinical question, the history that matters for the study, the
 * guidance it was ordered under, the patient's instructions and the clinician's signature line.
 */
@Dependent
public class Requisition {
  private static final String CSS =
      """
      .priority { font-size: 12pt; font-weight: bold; border: 2pt solid #000; padding: 1.5mm 3mm; margin: 0 0 2mm; }
      .study-name { font-size: 12pt; font-weight: bold; margin: 0 0 1mm; }
      .question { font-size: 11.5pt; }
      """;

  @Inject private PrintedPage printedPage;
  @Inject private ClinicSettings settings;
  @Inject private Catalogues catalogues;
  @Inject private ChartingCatalogues chartingCatalogues;

  public byte[] print(OrderDetail detail, SubmittedIntake intake, Language language) {
    Messages m = Messages.in(language.locale());
    ImagingOrder order = detail.order();
    Patient patient = detail.patient();
    ImagingStudy study = detail.study();
    String lang = language.name().toLowerCase(Locale.ROOT);
    Html page =
        printedPage.start(
            lang,
            m.text("requisition.title") + " " + order.getId() + " · " + patient.displayName(),
            CSS,
            m.text("requisition.title"),
            m.text(
                "requisition.footer",
                order.getId(),
                patient.displayName(),
                patient.getMrn(),
                dateTime(Instant.now(), language)));
    Element body = page.body();

    page.text(
        body,
        "p",
        "",
        m.text(
            "requisition.orderLine",
            order.getId(),
            dateTime(order.getSignedAt(), language),
            m.text("order.status." + order.getStatus())));
    if (order.getPriority() != Priority.ROUTINE) {
      page.text(body, "div", "priority", m.text("requisition.priority." + order.getPriority()));
    }

    Element columns = page.add(body, "div", "columns");
    Element left = page.add(columns, "div", "column");
    page.text(left, "h2", "", m.text("requisition.patient"));
    Element patientFacts = page.add(left, "table", "facts");
    row(page, patientFacts, m.text("patient.name"), patient.displayName());
    row(
        page,
        patientFacts,
        m.text("patient.birthDate"),
        date(patient.getBirthDate(), language)
            + " ("
            + m.text("requisition.age", patient.ageOn(LocalDate.now(settings.zone())))
            + ")");
    row(page, patientFacts, m.text("patient.sex"), m.text("patient.sex." + patient.getSex()));
    row(page, patientFacts, m.text("patient.mrn"), patient.getMrn());
    if (patient.getPhone() != null) {
      row(page, patientFacts, m.text("patient.phone"), patient.getPhone());
    }

    Element right = page.add(columns, "div", "column");
    page.text(right, "h2", "", m.text("requisition.study"));
    page.text(right, "p", "study-name", study.name().in(language));
    Element studyFacts = page.add(right, "table", "facts");
    if (study.loinc() != null) {
      row(page, studyFacts, "LOINC", study.loinc());
    }
    row(page, studyFacts, m.text("requisition.cpt"), study.cpt());
    row(page, studyFacts, m.text("order.contrast"), m.text("order.contrast." + study.contrast()));
    if (order.getSymptomSide() != null) {
      row(
          page,
          studyFacts,
          m.text("order.symptomSide"),
          m.text("order.symptomSide." + order.getSymptomSide()));
    }
    if (study.contrast().given()) {
      row(
          page,
          studyFacts,
          m.text("order.contrastReaction"),
          yesNo(m, order.getContrastReaction()));
      row(page, studyFacts, m.text("order.kidneyDisease"), yesNo(m, order.getKidneyDisease()));
    }

    page.text(body, "h2", "", m.text("requisition.indication"));
    Element reasons = page.add(body, "ul", "");
    for (String code : order.getReasons()) {
      String name =
          chartingCatalogues
              .catalogue()
              .diagnosis(code)
              .map(Diagnosis::name)
              .map(t -> t.in(language))
              .orElse("");
      page.text(reasons, "li", "", code + " — " + name);
    }
    page.text(body, "h3", "", m.text("order.clinicalQuestion"));
    page.text(body, "p", "question", order.getClinicalQuestion());

    List<String> history = history(m, intake, language);
    if (!history.isEmpty()) {
      page.text(body, "h3", "", m.text("requisition.history"));
      Element list = page.add(body, "ul", "");
      history.forEach(h -> page.text(list, "li", "", h));
    }

    page.text(body, "h3", "", m.text("requisition.guidance"));
    String guidance =
        detail.variant() == null
            ? m.text("guidance.noVariant")
            : m.text(
                "requisition.guidanceLine",
                detail.variant().id(),
                detail.variant().title().in(language),
                m.text("guidance.rating." + order.getRating()));
    page.text(body, "p", "", guidance);
    if (order.getOverrideReason() != null) {
      page.text(body, "p", "", m.text("requisition.overrideReason", order.getOverrideReason()));
    }

    if (order.getPatientInstructions() != null) {
      Element box = page.add(body, "div", "box");
      page.text(box, "h3", "", m.text("requisition.instructions"));
      page.text(box, "p", "", order.getPatientInstructions());
    }

    Element signing = page.add(body, "div", "keep-together");
    page.text(signing, "h2", "", m.text("requisition.requester"));
    page.text(
        signing,
        "p",
        "",
        m.text(
            "requisition.signedBy",
            detail.requesterName(),
            order.getRequester(),
            dateTime(order.getSignedAt(), language)));
    Element signature = page.add(signing, "div", "signature");
    Element sign = page.add(signature, "div", "signature-cell");
    page.text(sign, "div", "signature-line", m.text("requisition.signature"));
    Element dated = page.add(signature, "div", "signature-cell");
    page.text(dated, "div", "signature-line", m.text("requisition.date"));
    return PdfPrinter.print(page);
  }

  /** What the imaging center should know from the intake: red flags, duration, surgery. */
  private List<String> history(Messages m, SubmittedIntake intake, Language language) {
    List<String> lines = new ArrayList<>();
    if (intake == null) {
      return lines;
    }
    RiskProfile profile = intake.profile();
    for (String code : profile.redFlags()) {
      catalogues
          .catalogue()
          .redFlag(code)
          .map(RedFlag::name)
          .ifPresent(n -> lines.add(m.text("requisition.redFlag", n.in(language))));
    }
    lines.add(m.text("intake.duration") + ": " + m.text("intake.duration." + profile.duration()));
    if (profile.priorSurgery()) {
      lines.add(m.text("intake.priorSurgery"));
    }
    return lines;
  }

  private static void row(Html page, Element table, String label, String value) {
    Element tr = page.add(table, "tr", "");
    page.text(tr, "th", "", label);
    page.text(tr, "td", "", value);
  }

  private static String yesNo(Messages m, Boolean answer) {
    return answer == null ? "—" : m.text(answer ? "intake.yes" : "intake.no");
  }

  private String date(LocalDate date, Language language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(language.locale())
        .format(date);
  }

  private String dateTime(Instant instant, Language language) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(language.locale())
        .format(instant.atZone(settings.zone()));
  }
}
