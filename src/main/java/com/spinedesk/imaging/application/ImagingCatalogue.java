package com.spinedesk.imaging.application;

import com.spinedesk.charting.domain.ExamAnalysis;
import com.spinedesk.imaging.domain.AppropriatenessRules;
import com.spinedesk.imaging.domain.Finding;
import com.spinedesk.imaging.domain.Guidance;
import com.spinedesk.imaging.domain.ImagingStudy;
import com.spinedesk.imaging.domain.Rating;
import com.spinedesk.imaging.domain.Variant;
import com.spinedesk.intake.application.Catalogues;
import com.spinedesk.intake.domain.ClinicalCatalogue;
import com.spinedesk.intake.domain.DurationCategory;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.application.Seeds;
import com.spinedesk.platform.domain.Text;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The studies ({@code seeds/imaging/studies.json}) and the appropriateness rules ({@code
 * seeds/imaging/appropriateness.json}). Read once at start-up and checked: a rule that names a
 * study or finding that does not exist stops the start, rather than quietly never matching.
 */
@ApplicationScoped
public class ImagingCatalogue {
  private static final String RULES_FILE = "imaging/appropriateness.json";

  private List<ImagingStudy> studies;
  private AppropriatenessRules rules;

  @PostConstruct
  void load() {
    studies = readStudies();
    rules = readRules(studies);
  }

  public List<ImagingStudy> studies() {
    return studies;
  }

  public Optional<ImagingStudy> study(String code) {
    return studies.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  public List<String> studyCodes() {
    return studies.stream().map(ImagingStudy::code).toList();
  }

  public AppropriatenessRules rules() {
    return rules;
  }

  /**
   * The study an order names; refused on the study field when the catalogue has none (a tampered
   * form), so every service that reads an order's study refuses alike.
   */
  public ImagingStudy orderedStudy(String code) {
    return study(code).orElseThrow(() -> RequestRefused.onField("study", "order.unknownStudy"));
  }

  /**
   * The guidance for a study in this context with these findings ticked, as it would be stored: the
   * page's guidance and the order's saved rating come from this one assessment.
   */
  public Guidance guidance(OrderContext context, String studyCode, Set<String> findings) {
    return rules.assess(context.facts(findings), studyCode, studyCodes());
  }

  /** Reads the study catalogue; public for unit tests of the shipped content. */
  public static List<ImagingStudy> readStudies() {
    return Seeds.entries("imaging/studies.json", ImagingStudy.class);
  }

  /** Reads and checks the shipped rules; public for unit tests of the shipped rules. */
  public static AppropriatenessRules readRules(List<ImagingStudy> studies) {
    return parseRules(Seeds.text(RULES_FILE), studies);
  }

  /**
   * Reads rules and checks them against the studies and the clinical catalogues: a rule naming a
   * study, finding, red flag or risk factor that does not exist is refused with its variant.
   */
  static AppropriatenessRules parseRules(String json, List<ImagingStudy> studies) {
    AppropriatenessRules rules = Seeds.bind("seeds/" + RULES_FILE, json, RulesFile.class).rules();
    check(rules, studies);
    return rules;
  }

  /** The rules file as it is written. */
  public record RulesFile(
      Integer version, Text source, List<Finding> findings, List<VariantEntry> variants) {

    AppropriatenessRules rules() {
      return new AppropriatenessRules(
          version, source, findings, variants.stream().map(VariantEntry::toVariant).toList());
    }
  }

  /** A variant as it is written: {@code variant} is its ACR number, the domain's id. */
  public record VariantEntry(
      String variant, Text title, List<List<String>> when, Map<String, Rating> ratings) {

    Variant toVariant() {
      return new Variant(variant, title, when, ratings);
    }
  }

  private static void check(AppropriatenessRules rules, List<ImagingStudy> studies) {
    ClinicalCatalogue clinical = Catalogues.read();
    for (Variant v : rules.variants()) {
      for (String study : v.ratings().keySet()) {
        if (studies.stream().noneMatch(s -> s.code().equals(study))) {
          throw new IllegalStateException(
              "Appropriateness variant " + v.id() + " rates an unknown study: " + study);
        }
      }
      for (List<String> all : v.when()) {
        for (String condition : all) {
          String token = condition.startsWith("!") ? condition.substring(1) : condition;
          if (!known(token, rules, clinical)) {
            throw new IllegalStateException(
                "Appropriateness variant " + v.id() + " has an unknown condition: " + condition);
          }
        }
      }
    }
  }

  /** Whether a condition names something SpineDesk knows (see ClinicalFacts for the vocabulary). */
  private static boolean known(
      String token, AppropriatenessRules rules, ClinicalCatalogue clinical) {
    int colon = token.indexOf(':');
    String value = colon < 0 ? "" : token.substring(colon + 1);
    if (token.startsWith("RED_FLAG:")) {
      return clinical.redFlag(value).isPresent();
    }
    if (token.startsWith("SIGN:")) {
      // A sign named by a red-flag rule of a questionnaire (its "sign").
      return value.matches("[a-z][a-z0-9_]*");
    }
    if (token.startsWith("RISK_FACTOR:")) {
      return clinical.riskFactor(value).isPresent();
    }
    if (token.startsWith("FINDING:")) {
      return rules.finding(value).isPresent();
    }
    if (token.startsWith("DURATION:")) {
      return Arrays.stream(DurationCategory.values()).anyMatch(d -> d.name().equals(value));
    }
    if (token.startsWith("EXAM:")) {
      return ExamAnalysis.FACTS.contains(token);
    }
    if (token.startsWith("AGE>=")) {
      return token.substring(5).matches("\\d{1,3}");
    }
    return token.equals("PRIOR_SURGERY");
  }
}
