package com.spinedesk.imaging.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spinedesk.charting.domain.ExamAnalysis;
import com.spinedesk.imaging.domain.AppropriatenessRules;
import com.spinedesk.imaging.domain.ClinicalFacts;
import com.spinedesk.imaging.domain.Guidance;
import com.spinedesk.imaging.domain.ImagingStudy;
import com.spinedesk.imaging.domain.Rating;
import com.spinedesk.intake.domain.DurationCategory;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.intake.domain.Trigger;
import com.spinedesk.platform.domain.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped appropriateness rules (seeds/imaging/appropriateness.json) give every ACR variant of
 * clinical-content.md section 5 for the patients it describes, with its usually appropriate
 * studies, and the most urgent variant wins when several apply.
 */
class ShippedAppropriatenessRulesTest {
  static final List<ImagingStudy> STUDIES = ImagingCatalogue.readStudies();
  static final AppropriatenessRules RULES = ImagingCatalogue.readRules(STUDIES);
  static final List<String> CODES = STUDIES.stream().map(ImagingStudy::code).toList();

  static final String XR = "XR_LSPINE_2V";
  static final String CT = "CT_LSPINE_WO";
  static final String MR = "MR_LSPINE_WO";
  static final String MR_WITH = "MR_LSPINE_W";
  static final String MR_BOTH = "MR_LSPINE_WWO";

  /** A patient's facts: profile codes as RED_FLAG:/RISK_FACTOR:, plus findings and exam facts. */
  static final class Patient {
    final List<String> redFlags = new ArrayList<>();

    /** Signs that raised the red flags, as red flag code to sign. */
    final Map<String, String> signs = new java.util.LinkedHashMap<>();

    final List<String> riskFactors = new ArrayList<>();
    DurationCategory duration = DurationCategory.ACUTE;
    boolean priorSurgery;
    int age = 40;
    final List<String> findings = new ArrayList<>();
    final List<String> exam = new ArrayList<>();

    Guidance ordering(String study) {
      RiskProfile profile =
          new RiskProfile(
              redFlags,
              riskFactors,
              List.of(),
              List.of(),
              List.of(),
              duration,
              null,
              priorSurgery,
              Map.of(),
              Map.of(),
              List.of(),
              triggers(),
              List.of());
      return RULES.assess(ClinicalFacts.of(profile, age, findings, exam), study, CODES);
    }

    private Map<String, List<Trigger>> triggers() {
      Map<String, List<Trigger>> triggers = new java.util.LinkedHashMap<>();
      signs.forEach(
          (flag, sign) -> triggers.put(flag, List.of(new Trigger(sign, new Text(sign, sign)))));
      return triggers;
    }
  }

  private static Patient patient() {
    return new Patient();
  }

  @Test
  void variant1AcuteWithoutRedFlagsNeedsNoImaging() {
    Guidance g = patient().ordering(MR);
    assertThat(g.variant().id()).isEqualTo("1");
    assertThat(g.rating()).isEqualTo(Rating.USUALLY_NOT_APPROPRIATE);
    assertThat(g.usuallyAppropriate()).isEmpty();
    assertThat(g.because()).containsExactly("DURATION:ACUTE");
    for (String study : CODES) {
      assertThat(patient().ordering(study).rating()).isEqualTo(Rating.USUALLY_NOT_APPROPRIATE);
    }
  }

  @Test
  void variant2SubacuteOrChronicWithoutRedFlagsNeedsNoImaging() {
    for (DurationCategory duration : List.of(DurationCategory.SUBACUTE, DurationCategory.CHRONIC)) {
      Patient p = patient();
      p.duration = duration;
      Guidance g = p.ordering(XR);
      assertThat(g.variant().id()).isEqualTo("2");
      assertThat(g.rating()).isEqualTo(Rating.USUALLY_NOT_APPROPRIATE);
      assertThat(g.usuallyAppropriate()).isEmpty();
    }
  }

  @Test
  void variant3InterventionCandidateAfterSixWeeksGetsMriWithoutContrast() {
    Patient p = patient();
    p.duration = DurationCategory.CHRONIC;
    p.findings.addAll(List.of("MANAGED_6_WEEKS", "INTERVENTION_CANDIDATE"));
    Guidance g = p.ordering(MR);
    assertThat(g.variant().id()).isEqualTo("3");
    assertThat(g.rating()).isEqualTo(Rating.USUALLY_APPROPRIATE);
    assertThat(g.usuallyAppropriate()).containsExactly(MR);
    assertThat(p.ordering(MR_BOTH).rating()).isEqualTo(Rating.MAY_BE_APPROPRIATE);

    // Six weeks of care without being a candidate for intervention is not "no prior management"
    // (variant 2) either: no variant fits, and SpineDesk does not pretend one does.
    Patient managedOnly = patient();
    managedOnly.duration = DurationCategory.CHRONIC;
    managedOnly.findings.add("MANAGED_6_WEEKS");
    assertThat(managedOnly.ordering(MR).matched()).isFalse();
    assertThat(managedOnly.ordering(MR).rating()).isEqualTo(Rating.NOT_RATED);
  }

  @Test
  void variant3AlsoCoversAProgressiveOrMultiLevelDeficit() {
    Patient redFlag = patient();
    redFlag.redFlags.add("NEURO_DEFICIT");
    assertThat(redFlag.ordering(MR).variant().id()).isEqualTo("3");

    Patient exam = patient();
    exam.exam.add(ExamAnalysis.MULTILEVEL_WEAKNESS);
    assertThat(exam.ordering(MR).variant().id()).isEqualTo("3");
    assertThat(exam.ordering(MR).because()).containsExactly(ExamAnalysis.MULTILEVEL_WEAKNESS);

    Patient oneRoot = patient();
    oneRoot.exam.add(ExamAnalysis.SINGLE_ROOT_WEAKNESS);
    assertThat(oneRoot.ordering(MR).variant().id()).isEqualTo("1");
  }

  @Test
  void variant4SuspectedCaudaEquinaGetsMriWithoutOrWithAndWithoutContrast() {
    Patient p = patient();
    p.redFlags.add("CAUDA_EQUINA");
    Guidance g = p.ordering(MR);
    assertThat(g.variant().id()).isEqualTo("4");
    assertThat(g.rating()).isEqualTo(Rating.USUALLY_APPROPRIATE);
    assertThat(g.because()).containsExactly("RED_FLAG:CAUDA_EQUINA");
    assertThat(g.usuallyAppropriate()).containsExactly(MR, MR_BOTH);
    assertThat(p.ordering(XR).rating()).isEqualTo(Rating.USUALLY_NOT_APPROPRIATE);

    Patient exam = patient();
    exam.exam.add(ExamAnalysis.BILATERAL_WEAKNESS);
    assertThat(exam.ordering(MR).variant().id()).isEqualTo("4");

    Patient finding = patient();
    finding.findings.add("SUSPECTED_CAUDA_EQUINA");
    assertThat(finding.ordering(MR_BOTH).rating()).isEqualTo(Rating.USUALLY_APPROPRIATE);
  }

  @Test
  void variant5NewSymptomsAfterLumbarSurgeryGetXrayAndMri() {
    Patient p = patient();
    p.priorSurgery = true;
    assertThat(p.ordering(XR).variant().id())
        .as("an earlier operation alone is not variant 5")
        .isEqualTo("1");
    p.findings.add("NEW_SYMPTOMS_AFTER_SURGERY");
    Guidance g = p.ordering(XR);
    assertThat(g.variant().id()).isEqualTo("5");
    assertThat(g.rating()).isEqualTo(Rating.USUALLY_APPROPRIATE);
    assertThat(g.usuallyAppropriate())
        .containsExactly("XR_LSPINE_2V", "XR_LSPINE_3V", "XR_LSPINE_4V", MR, MR_BOTH);
  }

  @Test
  void variant6TraumaOsteoporosisOldAgeOrSteroidsGetXrayMriOrCt() {
    Patient osteoporosis = patient();
    osteoporosis.riskFactors.add("OSTEOPOROSIS");
    Guidance g = osteoporosis.ordering(CT);
    assertThat(g.variant().id()).isEqualTo("6");
    assertThat(g.rating()).isEqualTo(Rating.USUALLY_APPROPRIATE);
    assertThat(g.usuallyAppropriate())
        .containsExactly("XR_LSPINE_2V", "XR_LSPINE_3V", "XR_LSPINE_4V", CT, MR);

    Patient fracture = patient();
    fracture.redFlags.add("FRACTURE");
    assertThat(fracture.ordering(XR).variant().id()).isEqualTo("6");

    Patient old = patient();
    old.age = 70;
    assertThat(old.ordering(XR).variant().id()).isEqualTo("6");
    old.age = 69;
    assertThat(old.ordering(XR).variant().id()).isEqualTo("1");

    Patient fall = patient();
    fall.findings.add("LOW_VELOCITY_TRAUMA");
    assertThat(fall.ordering(MR).rating()).isEqualTo(Rating.USUALLY_APPROPRIATE);
  }

  @Test
  void variant7HistoryOfCancerOrInfectionGetsMriWithAndWithoutContrast() {
    Patient history = patient();
    history.redFlags.add("CANCER");
    history.signs.put("CANCER", "cancer_history");
    Patient infection = patient();
    infection.redFlags.add("INFECTION");
    infection.signs.put("INFECTION", "fever");
    for (Patient p : List.of(history, infection)) {
      Guidance g = p.ordering(MR_BOTH);
      assertThat(g.variant().id()).isEqualTo("7");
      assertThat(g.rating()).isEqualTo(Rating.USUALLY_APPROPRIATE);
      assertThat(g.usuallyAppropriate()).containsExactly(MR, MR_BOTH);
      assertThat(p.ordering(XR).rating()).isEqualTo(Rating.MAY_BE_APPROPRIATE);
    }
  }

  @Test
  void suspectedCancerWithoutAHistoryOfCancerGetsAnXrayFirst() {
    for (String sign : List.of("weight_loss", "first_episode_over_50")) {
      Patient p = patient();
      p.redFlags.add("CANCER");
      p.signs.put("CANCER", sign);
      Guidance g = p.ordering(XR);
      assertThat(g.variant().id()).as(sign).isEqualTo("7b");
      assertThat(g.rating()).isEqualTo(Rating.USUALLY_APPROPRIATE);
      assertThat(g.usuallyAppropriate()).containsExactly("XR_LSPINE_2V", "XR_LSPINE_3V");
      assertThat(p.ordering(MR).rating()).isEqualTo(Rating.MAY_BE_APPROPRIATE);
      assertThat(g.variant().title().en()).contains("X-ray first", "ESR");
    }
  }

  @Test
  void theMostUrgentVariantWins() {
    Patient p = patient();
    p.redFlags.addAll(List.of("CANCER", "CAUDA_EQUINA"));
    p.riskFactors.add("OSTEOPOROSIS");
    p.priorSurgery = true;
    assertThat(p.ordering(MR).variant().id()).isEqualTo("4");
    p.redFlags.remove("CAUDA_EQUINA");
    assertThat(p.ordering(MR).variant().id()).isEqualTo("7b");
    p.signs.put("CANCER", "cancer_history");
    assertThat(p.ordering(MR).variant().id()).isEqualTo("7");
    p.redFlags.clear();
    assertThat(p.ordering(MR).variant().id()).isEqualTo("6");
    p.riskFactors.clear();
    p.findings.add("NEW_SYMPTOMS_AFTER_SURGERY");
    assertThat(p.ordering(MR).variant().id()).isEqualTo("5");
  }

  @Test
  void withoutRedFlagsAndWithoutADurationNoVariantIsClaimed() {
    Patient p = patient();
    p.duration = DurationCategory.UNKNOWN;
    Guidance g = p.ordering(MR);
    assertThat(g.matched()).isFalse();
    assertThat(g.rating()).isEqualTo(Rating.NOT_RATED);
    assertThat(g.rating().needsReason()).isFalse();
  }

  @Test
  void everyVariantRatesEveryStudyOfTheCatalogue() {
    RULES.variants().forEach(v -> assertThat(v.ratings().keySet()).as(v.id()).containsAll(CODES));
    assertThat(RULES.variants().stream().map(v -> v.id()))
        .containsExactly("4", "7", "7b", "6", "5", "3", "2", "1");
    assertThat(MR_WITH).isIn(CODES);
  }

  @Test
  void rulesThatNameSomethingUnknownAreRefusedAtStartUp() {
    String base =
        "{\"version\": 1, \"source\": {\"en\": \"s\", \"es\": \"s\"}, \"findings\": [],"
            + " \"variants\": [{\"variant\": \"9\", \"title\": {\"en\": \"t\", \"es\": \"t\"},"
            + " \"when\": [[\"%s\"]], \"ratings\": {\"%s\": \"USUALLY_APPROPRIATE\"}}]}";
    assertThat(ImagingCatalogue.parseRules(base.formatted("RED_FLAG:CANCER", MR), STUDIES))
        .isNotNull();
    assertThat(ImagingCatalogue.parseRules(base.formatted("!AGE>=18", MR), STUDIES)).isNotNull();
    for (String unknown :
        List.of(
            "RED_FLAG:DRAGONS",
            "RISK_FACTOR:NOPE",
            "FINDING:X",
            "DURATION:FOREVER",
            "EXAM:X",
            "AGE>=old",
            "WHATEVER")) {
      assertThatThrownBy(() -> ImagingCatalogue.parseRules(base.formatted(unknown, MR), STUDIES))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("variant 9")
          .hasMessageContaining(unknown);
    }
    assertThatThrownBy(
            () ->
                ImagingCatalogue.parseRules(base.formatted("DURATION:ACUTE", "PET_SCAN"), STUDIES))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PET_SCAN");
  }

  @Test
  void negatedConditionsHoldWhenTheFactIsAbsent() {
    ClinicalFacts facts = new ClinicalFacts(Set.of("DURATION:ACUTE"), 30);
    assertThat(facts.holds("!PRIOR_SURGERY")).isTrue();
    assertThat(facts.holds("!DURATION:ACUTE")).isFalse();
    assertThat(facts.holds("AGE>=30")).isTrue();
    assertThat(facts.holds("!AGE>=31")).isTrue();
  }
}
