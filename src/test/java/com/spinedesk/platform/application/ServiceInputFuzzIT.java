package com.spinedesk.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.charting.application.MuscleTesting;
import com.spinedesk.charting.application.VisitNotes;
import com.spinedesk.charting.domain.GradingScale;
import com.spinedesk.charting.domain.MuscleExam;
import com.spinedesk.charting.domain.MuscleGrid;
import com.spinedesk.charting.domain.Side;
import com.spinedesk.charting.domain.Visit;
import com.spinedesk.homecare.application.HomeCareSheets;
import com.spinedesk.homecare.application.SheetTemplates;
import com.spinedesk.homecare.domain.SheetChoices;
import com.spinedesk.homecare.domain.SheetParameter;
import com.spinedesk.homecare.domain.SheetTemplate;
import com.spinedesk.homecare.domain.TemplateSection;
import com.spinedesk.imaging.application.ImagingOrders;
import com.spinedesk.imaging.domain.OrderRequest;
import com.spinedesk.imaging.domain.Priority;
import com.spinedesk.imaging.domain.SymptomSide;
import com.spinedesk.intake.application.AnswersRefused;
import com.spinedesk.intake.application.DemoIntakes;
import com.spinedesk.intake.application.IntakeDesk;
import com.spinedesk.intake.application.IntakeForm;
import com.spinedesk.intake.domain.Item;
import com.spinedesk.intake.domain.Page;
import com.spinedesk.it.Deployments;
import com.spinedesk.it.InPayara;
import com.spinedesk.patient.application.PatientRegistry;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Paper;
import com.spinedesk.testsupport.AsClinician;
import com.spinedesk.testsupport.AsFrontDesk;
import com.spinedesk.testsupport.SubmittedPatients;
import jakarta.ejb.EJB;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Generated input, 250 values per service, through the patient, questionnaire, muscle-grid,
 * imaging-order and home-care-sheet services as a tampered form or a script would send it: empty,
 * huge, control characters, markup, numbers where words go, other scripts, unknown codes. Each call
 * either succeeds or is refused with every problem tied to the field it is about; nothing else (a
 * server error, a refusal that names no field) is allowed. Seeded, so a failure repeats.
 */
@InPayara
class ServiceInputFuzzIT {
  private static final int CASES = 250;
  private static final String[] NASTY = {
    "",
    " ",
    "\t\n",
    "\u0000",
    "a\u0000b",
    "\u001b[31mred",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "Robert'); DROP TABLE patient;--",
    "😀👍",
    "Núñez-García",
    "מרים",
    "\u202Eevil",
    "1e3",
    "-1",
    "NaN",
    "null",
    "9".repeat(40),
    "x".repeat(1001),
    "y".repeat(20_000)
  };

  @Deployment
  static WebArchive deployment() {
    return Deployments.spineDesk();
  }

  @EJB PatientRegistry registry;
  @EJB IntakeDesk desk;
  @EJB VisitNotes notes;
  @EJB MuscleTesting testing;
  @EJB ImagingOrders orders;
  @EJB HomeCareSheets sheets;
  @EJB SheetTemplates templates;
  @EJB SubmittedPatients patients;
  @EJB AsFrontDesk frontDesk;
  @EJB AsClinician clinician;

  /** What went wrong with one generated call, for the failure message. */
  private final List<String> unexpected = new ArrayList<>();

  private int refused;

  @Test
  void patientRegistration() throws Exception {
    Random random = new Random(1);
    for (int i = 0; i < CASES; i++) {
      Patient p = new Patient();
      p.setFamilyName(plausible(random, pick(random, NAMES), word(random)));
      p.setGivenName(plausible(random, pick(random, NAMES), word(random)));
      p.setBirthDate(
          random.nextInt(8) == 0
              ? null
              : LocalDate.of(
                  random.nextInt(5) == 0 ? 1800 + random.nextInt(320) : 1930 + random.nextInt(90),
                  1 + random.nextInt(12),
                  1 + random.nextInt(28)));
      p.setSex(random.nextInt(10) == 0 ? null : Sex.values()[random.nextInt(Sex.values().length)]);
      p.setPreferredLanguage(random.nextBoolean() ? Language.EN : Language.ES);
      p.setPhone(optional(random, "(555) 201-33" + random.nextInt(10) + random.nextInt(10)));
      p.setEmail(optional(random, letters(random, 1 + random.nextInt(12)) + "@example.org"));
      p.setAddressLine(optional(random, unicode(random, 1 + random.nextInt(60))));
      p.setCity(optional(random, pick(random, NAMES)));
      p.setRegion(optional(random, "TX"));
      p.setPostalCode(optional(random, "7870" + random.nextInt(10)));
      p.setEmergencyContactName(optional(random, pick(random, NAMES)));
      p.setEmergencyContactRelationship(optional(random, "Sister"));
      p.setEmergencyContactPhone(optional(random, "555 010 22" + random.nextInt(100)));
      attempt("patient " + i, () -> frontDesk.call(() -> registry.register(p, true)));
    }
    report("patient registration");
  }

  @Test
  void questionnairePages() throws Exception {
    Patient patient = patients.register("Fuzz", LocalDate.of(1975, 5, 5), Sex.FEMALE, Language.EN);
    long intakeId = frontDesk.call(() -> desk.start(patient.getId()).getId());
    IntakeForm form = frontDesk.call(() -> desk.open(intakeId).form());
    Random random = new Random(2);
    for (int i = 0; i < CASES; i++) {
      IntakeForm.Section section = form.sections().get(random.nextInt(form.sections().size()));
      List<Page> pages = section.questionnaire().pages();
      Page page = pages.get(random.nextInt(pages.size()));
      // A page answered validly, then (half the time) one answer spoiled, as a tampered form.
      Map<String, List<String>> raw =
          new LinkedHashMap<>(
              DemoIntakes.sampleAnswers(
                  section.questionnaire(), page, section.answers(), Map.of()));
      if (random.nextBoolean() && !page.items().isEmpty()) {
        Item item = page.items().get(random.nextInt(page.items().size()));
        List<String> values = new ArrayList<>();
        for (int v = random.nextInt(3); v > 0; v--) {
          values.add(answer(random, item));
        }
        raw.put(item.linkId(), values);
      }
      attempt(
          "questionnaire " + i,
          () ->
              frontDesk.call(
                  () -> desk.savePage(intakeId, section.responseId(), page.linkId(), raw)));
    }
    report("questionnaire pages");
  }

  @Test
  void muscleGrids() throws Exception {
    Visit visit = visit("Grid");
    List<String> tests =
        List.of(
            "HIP_FLEXION",
            "KNEE_EXTENSION",
            "ANKLE_DORSIFLEXION",
            "GREAT_TOE_EXTENSION",
            "ANKLE_PLANTARFLEXION",
            "HIP_ABDUCTION",
            "ANKLE_EVERSION",
            "BIERING_SORENSEN",
            "PRONE_DOUBLE_SLR",
            "SUPINE_CHEST_RAISE",
            "BICEPS",
            "");
    String[] grades = {"5", "4-", "4+", "0", "3", "NT", "10", "45", "6", "5++", "-", "", " "};
    Random random = new Random(3);
    long[] version = {MuscleTesting.NEW_EXAM};
    for (int i = 0; i < CASES; i++) {
      List<MuscleGrid.Cell> cells = new ArrayList<>();
      int n = random.nextInt(12);
      for (int c = 0; c < n; c++) {
        cells.add(
            new MuscleGrid.Cell(
                tests.get(random.nextInt(tests.size())),
                Side.values()[random.nextInt(Side.values().length)],
                random.nextInt(4) == 0 ? pick(random, NASTY) : pick(random, grades),
                random.nextBoolean(),
                sometimes(random, text(random))));
      }
      MuscleGrid grid =
          new MuscleGrid(
              GradingScale.values()[random.nextInt(GradingScale.values().length)],
              cells,
              sometimes(random, text(random)));
      MuscleExam exam =
          attempt(
              "grid " + i,
              () -> clinician.call(() -> testing.record(visit.getId(), version[0], grid)));
      if (exam != null) {
        version[0] = exam.getVersion();
      }
    }
    report("muscle grids");
  }

  @Test
  void imagingOrders() throws Exception {
    Visit visit = visit("Order");
    List<String> studies =
        List.of("XR_LSPINE_2V", "CT_LSPINE_W", "MR_LSPINE_WO", "MR_LSPINE_WWO", "PET_BRAIN", "");
    List<String> codes = List.of("M54.50", "G83.4", "M54.16", "S39.012A", "Z99.9", "", "<b>");
    Random random = new Random(4);
    for (int i = 0; i < CASES; i++) {
      List<String> reasons = new ArrayList<>();
      for (int r = random.nextInt(10); r > 0; r--) {
        reasons.add(pick(random, codes));
      }
      Set<String> findings = new HashSet<>();
      if (random.nextBoolean()) {
        findings.add(random.nextBoolean() ? "CAUDA_EQUINA_EXAM" : word(random));
      }
      OrderRequest request =
          new OrderRequest(
              random.nextInt(10) == 0 ? null : pick(random, studies),
              reasons,
              sometimes(random, text(random)),
              random.nextInt(10) == 0
                  ? null
                  : Priority.values()[random.nextInt(Priority.values().length)],
              random.nextBoolean()
                  ? null
                  : SymptomSide.values()[random.nextInt(SymptomSide.values().length)],
              random.nextBoolean() ? null : random.nextBoolean(),
              random.nextBoolean() ? null : random.nextBoolean(),
              sometimes(random, text(random)),
              findings,
              sometimes(random, text(random)));
      attempt("order " + i, () -> clinician.call(() -> orders.draft(visit.getId(), request)));
    }
    report("imaging orders");
  }

  @Test
  void homeCareSheets() throws Exception {
    Visit visit = visit("Sheet");
    SheetTemplate template = templates.standard();
    Random random = new Random(5);
    for (int i = 0; i < CASES; i++) {
      Map<String, Integer> doses = new HashMap<>();
      for (SheetParameter p : template.parameters()) {
        int roll = random.nextInt(20);
        if (roll < 15) {
          doses.put(p.code(), p.defaultValue());
        } else if (roll < 19) {
          doses.put(p.code(), p.min() + random.nextInt(p.max() - p.min() + 1));
        } else if (random.nextBoolean()) {
          doses.put(p.code(), random.nextInt(2000) - 1000);
        }
      }
      if (random.nextInt(12) == 0) {
        doses.put(word(random), random.nextInt(100));
      }
      Set<String> leftOut = new HashSet<>();
      for (TemplateSection s : template.sections()) {
        if (random.nextInt(10) == 0) {
          leftOut.add(s.code());
        }
      }
      if (random.nextInt(12) == 0) {
        leftOut.add(word(random));
      }
      SheetChoices choices =
          new SheetChoices(
              random.nextInt(10) == 0 ? null : (random.nextBoolean() ? Language.EN : Language.ES),
              random.nextInt(10) == 0
                  ? null
                  : Paper.values()[random.nextInt(Paper.values().length)],
              random.nextBoolean(),
              doses,
              leftOut,
              optional(random, unicode(random, random.nextInt(300))),
              random.nextBoolean());
      attempt(
          "sheet " + i,
          () ->
              clinician.call(
                  () ->
                      sheets.issue(
                          visit.getId(),
                          template.code(),
                          template.version(),
                          choices,
                          UUID.randomUUID().toString())));
    }
    report("home-care sheets");
  }

  private Visit visit(String family) throws Exception {
    Patient p =
        patients.withIntake(
            family,
            LocalDate.of(1966, 6, 6),
            Sex.MALE,
            Language.EN,
            Map.of(
                "onset_known",
                List.of("true"),
                "onset_date",
                List.of(LocalDate.now().minusDays(4).toString())));
    return clinician.call(() -> notes.start(p.getId()));
  }

  /** Runs one generated call; a refusal must name its field(s), anything else is unexpected. */
  private <T> T attempt(String what, Callable<T> call) {
    try {
      return call.call();
    } catch (Exception failure) {
      String problem = unnamedProblem(failure);
      if (problem != null) {
        unexpected.add(what + ": " + problem);
      } else {
        refused++;
      }
      return null;
    }
  }

  /** Null when the failure is a refusal whose every problem names a field; else what is wrong. */
  private static String unnamedProblem(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof FieldsRefused fields) {
        return fields.problems().stream().allMatch(p -> p.field() != null && !p.field().isBlank())
            ? null
            : "a problem without its field: " + fields.problems();
      }
      if (t instanceof AnswersRefused answers) {
        return answers.problems().stream().allMatch(p -> p.linkId() != null)
            ? null
            : "an answer problem without its item: " + answers.problems();
      }
      if (t instanceof RequestRefused refusal) {
        return refusal.field() != null
            ? null
            : "a refusal naming no field: " + refusal.messageKey();
      }
      if (t instanceof ConstraintViolationException violations) {
        for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
          String path = v.getPropertyPath().toString();
          if (path.isBlank() || path.endsWith(".")) {
            return "a violation naming no field: " + v.getMessage();
          }
        }
        return null;
      }
    }
    return failure.getClass().getName()
        + ": "
        + String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
  }

  private void report(String service) {
    System.out.printf(
        "%s: %d generated, %d stored, %d refused by field%n",
        service, CASES, CASES - refused - unexpected.size(), refused);
    assertThat(refused).as(service + ": some generated values are valid").isLessThan(CASES);
    assertThat(unexpected)
        .as(service + ": calls that failed otherwise than by a named refusal")
        .isEmpty();
  }

  private static String answer(Random random, Item item) {
    return switch (random.nextInt(4)) {
      case 0 -> "true";
      case 1 -> "" + (random.nextInt(30) - 5);
      case 2 -> LocalDate.now().minusDays(random.nextInt(4000) - 100).toString();
      default -> pick(random, NASTY);
    };
  }

  /** Names as people write them, accents and apostrophes included. */
  private static final String[] NAMES = {
    "Garcia",
    "Núñez-García",
    "O'Brien",
    "St. John",
    "Nguyễn",
    "Łukasz",
    "Zoë",
    "Van der Berg",
    "Ana"
  };

  /** Mostly the plausible value, sometimes the generated one. */
  private static String plausible(Random random, String value, String generated) {
    return random.nextInt(4) == 0 ? generated : value;
  }

  /** An optional field: often left empty, mostly plausible when given, sometimes anything. */
  private static String optional(Random random, String value) {
    int roll = random.nextInt(10);
    return roll < 4 ? null : roll < 8 ? value : text(random);
  }

  private static String sometimes(Random random, String value) {
    return random.nextInt(4) == 0 ? null : value;
  }

  private static String word(Random random) {
    return random.nextInt(3) == 0 ? pick(random, NASTY) : letters(random, 1 + random.nextInt(30));
  }

  private static String text(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> pick(random, NASTY);
      case 1 -> letters(random, random.nextInt(200));
      default -> unicode(random, random.nextInt(120));
    };
  }

  private static String letters(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  private static String unicode(Random random, int length) {
    StringBuilder s = new StringBuilder();
    while (s.length() < length) {
      int cp = random.nextInt(0x2FFFF);
      if (Character.isDefined(cp) && Character.getType(cp) != Character.SURROGATE) {
        s.appendCodePoint(cp);
      }
    }
    return s.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
