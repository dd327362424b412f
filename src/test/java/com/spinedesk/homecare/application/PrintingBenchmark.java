package com.spinedesk.homecare.application;

import static com.spinedesk.testsupport.OrderRequestBuilder.orderFor;

import com.spinedesk.charting.application.VisitNotes;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.homecare.domain.IssuedSheet;
import com.spinedesk.homecare.domain.SheetChoices;
import com.spinedesk.homecare.domain.SheetTemplate;
import com.spinedesk.imaging.application.ImagingOrders;
import com.spinedesk.imaging.application.Requisitions;
import com.spinedesk.imaging.domain.ImagingOrder;
import com.spinedesk.imaging.domain.OrderRequest;
import com.spinedesk.imaging.domain.Priority;
import com.spinedesk.it.Deployments;
import com.spinedesk.it.InPayara;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.testsupport.AsClinician;
import com.spinedesk.testsupport.AsFrontDesk;
import com.spinedesk.testsupport.SubmittedPatients;
import com.spinedesk.testsupport.Timings;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * What printing costs at the desk: issuing a home-care sheet (compose, lay out, print the tagged
 * PDF, store it), reprinting it (the stored bytes), and printing an imaging requisition, through
 * the real services inside Payara against MariaDB. Not part of {@code ./mvnw verify}; run with
 * {@code ./mvnw verify -Pbenchmark}.
 */
@InPayara
class PrintingBenchmark {
  private static final int WARM_UP = 5;
  private static final int ROUNDS = 20;

  @Deployment
  static WebArchive deployment() {
    return Deployments.spineDesk();
  }

  @EJB HomeCareSheets sheets;
  @EJB SheetTemplates templates;
  @EJB ImagingOrders orders;
  @EJB Requisitions requisitions;
  @EJB VisitNotes notes;
  @EJB SubmittedPatients patients;
  @EJB AsClinician clinician;
  @EJB AsFrontDesk frontDesk;

  @Test
  void printingIsQuickEnoughForTheDesk() throws Exception {
    Patient p =
        patients.withIntake(
            "Print",
            LocalDate.of(1955, 5, 5),
            Sex.MALE,
            Language.ES,
            Map.of(
                "heavy_lifting",
                List.of("true"),
                "posture",
                List.of("true"),
                "saddle_numbness",
                List.of("true")));
    Visit visit = clinician.call(() -> notes.start(p.getId()));
    SheetTemplate template = templates.standard();
    SheetChoices defaults = clinician.call(() -> sheets.prepare(visit.getId())).defaults();
    SheetChoices confirmed =
        new SheetChoices(
            Language.ES, defaults.paper(), false, defaults.doses(), Set.of(), null, true);
    long[] issued = new long[1];
    double[] issue =
        Timings.time(
            WARM_UP,
            ROUNDS,
            () -> {
              IssuedSheet sheet =
                  clinician.call(
                      () ->
                          sheets.issue(
                              visit.getId(),
                              template.code(),
                              template.version(),
                              confirmed,
                              UUID.randomUUID().toString()));
              issued[0] = sheet.getId();
            });
    double[] reprint =
        Timings.time(WARM_UP, ROUNDS, () -> frontDesk.call(() -> sheets.pdf(issued[0])));

    OrderRequest mri =
        orderFor("MR_LSPINE_WO")
            .reasons("G83.4")
            .clinicalQuestion("Compression?")
            .priority(Priority.STAT)
            .build();
    ImagingOrder draft = clinician.call(() -> orders.draft(visit.getId(), mri));
    ImagingOrder signed = clinician.call(() -> orders.sign(draft.getId(), draft.getVersion(), mri));
    double[] requisition =
        Timings.time(
            WARM_UP,
            ROUNDS,
            () -> frontDesk.call(() -> requisitions.print(signed.getId(), Language.EN)));

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT, "Printing; %d timed rounds after %d warm-up, in ms%n", ROUNDS, WARM_UP));
    report.append(String.format(Locale.ROOT, "%-44s %8s %8s %8s%n", "", "median", "p95", "max"));
    report.append(Timings.line("issue a home-care sheet (compose, PDF, store)", issue));
    report.append(Timings.line("reprint an issued sheet (stored bytes)", reprint));
    report.append(Timings.line("print an imaging requisition", requisition));
    Timings.report("printing.txt", report);
  }
}
