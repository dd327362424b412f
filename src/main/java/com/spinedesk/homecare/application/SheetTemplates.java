package com.spinedesk.homecare.application;

import com.spinedesk.homecare.domain.SheetParameter;
import com.spinedesk.homecare.domain.SheetTemplate;
import com.spinedesk.homecare.domain.TemplateSection;
import com.spinedesk.intake.application.Catalogues;
import com.spinedesk.intake.domain.ClinicalCatalogue;
import com.spinedesk.intake.domain.RedFlag;
import com.spinedesk.intake.domain.RiskFactor;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.platform.application.Hashes;
import com.spinedesk.platform.application.Seeds;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Text;
import jakarta.annotation.Nullable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The home-care sheet templates: the shipped ones ({@code seeds/homecare/shipped.json}) and the
 * clinic's own ({@code SPINEDESK_SHEET_TEMPLATE_DIR}, optional). Each is checked when SpineDesk
 * starts: placeholders name its own parameters, defaults lie within their bounds, the "seek care
 * now" section is always printed, texts exist in both languages, and no text gives advice the
 * guidelines reject ({@code seeds/homecare/rejected-advice.json}). A version that already has
 * issued sheets must be unchanged (its checksum), or SpineDesk refuses to start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SheetTemplates {
  private static final Logger LOG = Logger.getLogger(SheetTemplates.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Catalogues catalogues;

  @Inject
  @ConfigProperty(name = "spinedesk.sheet.template.dir")
  Optional<String> clinicFolder;

  /** Every template version by code and version. */
  private final Map<String, SheetTemplate> byKey = new LinkedHashMap<>();

  private RejectedAdvice rejected;

  @PostConstruct
  void load() {
    Map<String, String> files = new LinkedHashMap<>(Seeds.shipped("homecare"));
    clinicFolder
        .filter(f -> !f.isBlank())
        .ifPresent(folder -> files.putAll(Seeds.clinicFolder(Path.of(folder))));
    rejected = RejectedAdvice.shipped();
    for (Map.Entry<String, String> file : files.entrySet()) {
      SheetTemplate template =
          read(file.getKey(), file.getValue(), catalogues.catalogue(), rejected);
      requireUnchangedIfIssued(file.getKey(), template);
      byKey.put(key(template.code(), template.version()), template);
    }
    LOG.info(() -> "Home-care sheet templates: " + byKey.keySet());
  }

  /** The words no sheet may print (checked in templates here, in clinicians' notes on issue). */
  public RejectedAdvice rejectedAdvice() {
    return rejected;
  }

  /** The newest version of the template (new sheets are made with it). */
  private SheetTemplate newest(String code) {
    return byKey.values().stream()
        .filter(t -> t.code().equals(code))
        .max(Comparator.comparingInt(SheetTemplate::version))
        .orElseThrow(() -> new IllegalStateException("No home-care template " + code));
  }

  /** The newest version of the first template shipped: the sheet SpineDesk issues. */
  public SheetTemplate standard() {
    return newest(byKey.values().iterator().next().code());
  }

  /**
   * The template for a patient's sheet: the emergency referral sheet when the profile raised an
   * emergency red flag (same-day referral: no self-care), the home-care sheet otherwise.
   */
  public SheetTemplate forProfile(RiskProfile profile) {
    boolean emergency =
        profile.redFlags().stream()
            .map(code -> catalogues.catalogue().redFlag(code))
            .flatMap(Optional::stream)
            .anyMatch(f -> f.urgency() == RedFlag.Urgency.EMERGENCY);
    return emergency ? newest(SheetTemplate.EMERGENCY_REFERRAL) : standard();
  }

  public Optional<SheetTemplate> find(String code, int version) {
    return Optional.ofNullable(byKey.get(key(code, version)));
  }

  private static String key(String code, int version) {
    return code + "@" + version;
  }

  /**
   * Refuses a template version that differs from the one sheets were issued with (run for every
   * template at start-up).
   */
  public void requireUnchangedIfIssued(String source, SheetTemplate template) {
    List<String> issuedWith =
        em.createQuery(
                "select distinct s.templateChecksum from IssuedSheet s"
                    + " where s.templateCode = :code and s.templateVersion = :version",
                String.class)
            .setParameter("code", template.code())
            .setParameter("version", template.version())
            .getResultList();
    if (issuedWith.stream().anyMatch(c -> !c.equals(template.checksum()))) {
      throw new IllegalStateException(
          source
              + " changed, but sheets were issued with "
              + template.code()
              + " version "
              + template.version()
              + ". Keep that file as it was and put the change in a copy with a higher \"version\".");
    }
  }

  /**
   * Reads and checks one template file; public for the tests of the shipped templates.
   *
   * @throws IllegalStateException naming the source and what is wrong where: a field missing or of
   *     the wrong kind, or a rule of the README broken
   */
  public static SheetTemplate read(
      String source, String json, ClinicalCatalogue catalogue, RejectedAdvice rejected) {
    SheetTemplate template =
        Seeds.bind(source, json, TemplateFile.class).template(Hashes.sha256(json));
    List<String> problems = check(template, catalogue, rejected);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(source + ": " + String.join("; ", problems));
    }
    return template;
  }

  /** A template file as it is written ({@code seeds/homecare/README.md}). */
  public record TemplateFile(
      String code,
      Integer version,
      Text title,
      Text intro,
      Text noteHeading,
      List<ParameterEntry> parameters,
      List<SectionEntry> sections) {

    SheetTemplate template(String checksum) {
      return new SheetTemplate(
          code,
          version,
          title,
          intro,
          noteHeading,
          parameters.stream().map(ParameterEntry::parameter).toList(),
          sections.stream().map(SectionEntry::section).toList(),
          checksum);
    }
  }

  /** A parameter as it is written; a bare number has no {@code unit}. */
  public record ParameterEntry(
      String code,
      @JsonbProperty("default") Integer defaultValue,
      Integer min,
      Integer max,
      Text label,
      @Nullable Units unit) {

    SheetParameter parameter() {
      Map<Language, List<String>> units = new EnumMap<>(Language.class);
      if (unit != null) {
        units.put(Language.EN, unit.en());
        units.put(Language.ES, unit.es());
      }
      return new SheetParameter(code, defaultValue, min, max, label, units);
    }
  }

  /** A unit's singular and plural in each language. */
  public record Units(List<String> en, List<String> es) {}

  /** A section as it is written; the lists of codes are optional. */
  public record SectionEntry(
      String code,
      Boolean removable,
      @Nullable Set<String> leftOutFor,
      @Nullable Set<String> onlyFor,
      @Nullable Set<String> notFor,
      Text heading,
      List<Text> text) {

    TemplateSection section() {
      return new TemplateSection(
          code, removable, orNone(leftOutFor), orNone(onlyFor), orNone(notFor), heading, text);
    }

    private static Set<String> orNone(Set<String> codes) {
      return codes == null ? Set.of() : codes;
    }
  }

  /** Everything wrong with a template, in words that name the part at fault. */
  static List<String> check(SheetTemplate t, ClinicalCatalogue catalogue, RejectedAdvice rejected) {
    List<String> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (SheetParameter p : t.parameters()) {
      if (!codes.add(p.code())) {
        problems.add("parameter " + p.code() + " appears twice");
      }
      if (p.min() > p.max() || !p.accepts(p.defaultValue())) {
        problems.add("parameter " + p.code() + ": the default must lie between min and max");
      }
      for (Language language : Language.values()) {
        List<String> forms = p.units().get(language);
        if (forms != null && forms.size() != 2) {
          problems.add("parameter " + p.code() + ": give the unit's singular and plural");
        }
      }
    }
    List<Wording> texts =
        new ArrayList<>(
            List.of(
                new Wording("title", t.title()),
                new Wording("intro", t.intro()),
                new Wording("noteHeading", t.noteHeading())));
    Set<String> sectionCodes = new HashSet<>();
    for (TemplateSection s : t.sections()) {
      if (!sectionCodes.add(s.code())) {
        problems.add("section " + s.code() + " appears twice");
      }
      for (Set<String> named : List.of(s.leftOutFor(), s.onlyFor(), s.notFor())) {
        for (String code : named) {
          if (catalogue.riskFactor(code).isEmpty() && catalogue.redFlag(code).isEmpty()) {
            problems.add("section " + s.code() + ": unknown risk factor or red flag " + code);
          }
        }
      }
      texts.add(new Wording("section " + s.code() + ", heading", s.heading()));
      for (int i = 0; i < s.text().size(); i++) {
        texts.add(new Wording("section " + s.code() + ", text[" + i + "]", s.text().get(i)));
      }
    }
    Optional<TemplateSection> seekCare = t.section(TemplateSection.SEEK_CARE_NOW);
    if (seekCare.isEmpty() || seekCare.get().removable()) {
      problems.add(
          "the section " + TemplateSection.SEEK_CARE_NOW + " must be there and always printed");
    }
    for (Wording wording : texts) {
      Text text = wording.text();
      for (Language language : Language.values()) {
        String words = language == Language.ES ? text.es() : text.en();
        if (words == null || words.isBlank()) {
          problems.add(wording.where() + ": a text has no " + language + " wording: " + text.en());
          continue;
        }
        for (String name : SheetTemplate.placeholders(words)) {
          if (t.parameter(name).isEmpty()) {
            problems.add(wording.where() + ": unknown placeholder {" + name + "} in: " + words);
          }
        }
        rejected.foundIn(words, language).ifPresent(p -> problems.add(wording.where() + ": " + p));
      }
    }
    for (RiskFactor factor : catalogue.riskFactors()) {
      for (Language language : Language.values()) {
        rejected
            .foundIn(factor.prevention().in(language), language)
            .ifPresent(p -> problems.add("risk factor " + factor.code() + ": " + p));
      }
    }
    return problems;
  }

  /** A text of the template and where it is, for the messages. */
  private record Wording(String where, Text text) {}

  /** Words the guidelines reject as advice, per language (seeds/homecare/rejected-advice.json). */
  public record RejectedAdvice(Map<Language, List<String>> words) {

    public static RejectedAdvice shipped() {
      AdviceFile file = Seeds.record("homecare/rejected-advice.json", AdviceFile.class);
      Map<Language, List<String>> words = new EnumMap<>(Language.class);
      words.put(Language.EN, file.en());
      words.put(Language.ES, file.es());
      return new RejectedAdvice(words);
    }

    /** The file as it is written: the words per language (its "why" is for people). */
    public record AdviceFile(List<String> en, List<String> es) {}

    /** The problem, if the text contains a rejected word (as a whole word, any case). */
    public Optional<String> foundIn(String text, Language language) {
      return wordIn(text, language)
          .map(w -> "advice the guidelines reject (\"" + w + "\") in: " + text);
    }

    /** The first rejected word the text contains, if any. */
    public Optional<String> wordIn(String text, Language language) {
      return words.getOrDefault(language, List.of()).stream()
          .filter(w -> Pattern.compile("(?iU)\\b" + Pattern.quote(w) + "\\b").matcher(text).find())
          .findFirst();
    }
  }
}
