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
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

  /** An optional list of risk-factor or red-flag codes of a section. */
  private static Set<String> codes(JsonObject section, String field) {
    return section.containsKey(field)
        ? Set.copyOf(
            section.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList())
        : Set.of();
  }

  /** Reads and checks one template file; public for the tests of the shipped templates. */
  public static SheetTemplate read(
      String source, String json, ClinicalCatalogue catalogue, RejectedAdvice rejected) {
    JsonObject o;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      o = reader.readObject();
    }
    List<SheetParameter> parameters =
        o.getJsonArray("parameters").stream()
            .map(JsonValue::asJsonObject)
            .map(SheetTemplates::parameter)
            .toList();
    List<TemplateSection> sections =
        o.getJsonArray("sections").stream()
            .map(JsonValue::asJsonObject)
            .map(
                s ->
                    new TemplateSection(
                        s.getString("code"),
                        s.getBoolean("removable"),
                        codes(s, "leftOutFor"),
                        codes(s, "onlyFor"),
                        codes(s, "notFor"),
                        Seeds.bilingual(s, "heading"),
                        s.getJsonArray("text").stream()
                            .map(t -> Seeds.bilingual(t.asJsonObject()))
                            .toList()))
            .toList();
    SheetTemplate template =
        new SheetTemplate(
            o.getString("code"),
            o.getInt("version"),
            Seeds.bilingual(o, "title"),
            Seeds.bilingual(o, "intro"),
            Seeds.bilingual(o, "noteHeading"),
            parameters,
            sections,
            Hashes.sha256(json));
    List<String> problems = check(template, catalogue, rejected);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(source + ": " + String.join("; ", problems));
    }
    return template;
  }

  private static SheetParameter parameter(JsonObject p) {
    Map<Language, List<String>> units = new EnumMap<>(Language.class);
    if (p.containsKey("unit")) {
      JsonObject unit = p.getJsonObject("unit");
      for (Language language : Language.values()) {
        String key = language.name().toLowerCase(Locale.ROOT);
        units.put(
            language,
            unit.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList());
      }
    }
    return new SheetParameter(
        p.getString("code"),
        p.getInt("default"),
        p.getInt("min"),
        p.getInt("max"),
        Seeds.bilingual(p, "label"),
        units);
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
    List<Text> texts = new ArrayList<>(List.of(t.title(), t.intro(), t.noteHeading()));
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
      texts.add(s.heading());
      texts.addAll(s.text());
    }
    Optional<TemplateSection> seekCare = t.section(TemplateSection.SEEK_CARE_NOW);
    if (seekCare.isEmpty() || seekCare.get().removable()) {
      problems.add(
          "the section " + TemplateSection.SEEK_CARE_NOW + " must be there and always printed");
    }
    for (Text text : texts) {
      for (Language language : Language.values()) {
        String words = language == Language.ES ? text.es() : text.en();
        if (words == null || words.isBlank()) {
          problems.add("a text has no " + language + " wording: " + text.en());
          continue;
        }
        for (String name : SheetTemplate.placeholders(words)) {
          if (t.parameter(name).isEmpty()) {
            problems.add("unknown placeholder {" + name + "} in: " + words);
          }
        }
        rejected.foundIn(words, language).ifPresent(problems::add);
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

  /** Words the guidelines reject as advice, per language (seeds/homecare/rejected-advice.json). */
  public record RejectedAdvice(Map<Language, List<String>> words) {

    public static RejectedAdvice shipped() {
      JsonObject o;
      try (JsonReader reader =
          Json.createReader(new StringReader(Seeds.text("homecare/rejected-advice.json")))) {
        o = reader.readObject();
      }
      Map<Language, List<String>> words = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        words.put(
            language,
            o
                .getJsonArray(language.name().toLowerCase(Locale.ROOT))
                .getValuesAs(JsonString.class)
                .stream()
                .map(JsonString::getString)
                .toList());
      }
      return new RejectedAdvice(words);
    }

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
