package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.ClinicalCatalogue;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.intake.domain.QuestionnaireRole;
import com.spinedesk.intake.domain.QuestionnaireVersion;
import com.spinedesk.platform.application.FirstStart;
import com.spinedesk.platform.application.Hashes;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.application.Seeds;
import com.spinedesk.platform.domain.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every questionnaire version SpineDesk knows. At start-up it stores the definitions of {@code
 * seeds/questionnaires/} (listed in {@code shipped.json}) and of the clinic's own folder ({@code
 * SPINEDESK_QUESTIONNAIRE_DIR}, optional) as versions: a new code or version is added; an
 * unanswered version is refreshed from its file; an answered version that differs from its file
 * stops the start-up, because answers must stay readable exactly as they were asked.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class QuestionnaireLibrary {
  private static final Logger LOG = Logger.getLogger(QuestionnaireLibrary.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Catalogues catalogues;

  @Inject
  @ConfigProperty(name = "spinedesk.questionnaire.dir")
  Optional<String> clinicFolder;

  @Inject
  @ConfigProperty(name = "spinedesk.intake.instruments")
  Optional<String> intakeInstruments;

  /** Parsed definitions by version id; versions never change once answered, so this is safe. */
  private final Map<Long, Questionnaire> byId = new ConcurrentHashMap<>();

  @PostConstruct
  void load() {
    FirstStart.oneNodeAtATime(em);
    Map<String, String> files = new LinkedHashMap<>(Seeds.shipped("questionnaires"));
    clinicFolder
        .filter(f -> !f.isBlank())
        .ifPresent(folder -> files.putAll(Seeds.clinicFolder(Path.of(folder))));
    for (Map.Entry<String, String> file : files.entrySet()) {
      store(file.getKey(), file.getValue(), catalogues.catalogue());
    }
    for (QuestionnaireVersion stored :
        em.createQuery("select v from QuestionnaireVersion v", QuestionnaireVersion.class)
            .getResultList()) {
      byId.put(stored.getId(), DefinitionReader.read(stored.getDefinition()));
    }
  }

  /**
   * Adds or refreshes one definition while running, by the same rules as at start-up; refused with
   * a message naming the problem when the definition is invalid or would change answered questions.
   */
  @RolesAllowed(Roles.ADMIN)
  public Questionnaire install(String source, String json) {
    try {
      Questionnaire parsed = store(source, json, catalogues.catalogue());
      QuestionnaireVersion stored = find(parsed.code(), parsed.version()).orElseThrow();
      byId.put(stored.getId(), parsed);
      return parsed;
    } catch (IllegalStateException refused) {
      throw new RequestRefused("questionnaire.refused", refused.getMessage());
    }
  }

  private Questionnaire store(String source, String json, ClinicalCatalogue catalogue) {
    Questionnaire parsed;
    try {
      parsed = DefinitionReader.read(json);
    } catch (InvalidDefinition e) {
      throw new IllegalStateException(source + ": " + e.getMessage(), e);
    }
    List<String> unknownFlags =
        parsed.scoring().flags().stream()
            .map(f -> f.code())
            .filter(code -> !catalogue.knows(code))
            .distinct()
            .toList();
    if (!unknownFlags.isEmpty()) {
      throw new IllegalStateException(
          source + ": flags not in seeds/catalogue: " + String.join(", ", unknownFlags));
    }
    String checksum = Hashes.sha256(json);
    Instant now = Instant.now();
    Optional<QuestionnaireVersion> existing = find(parsed.code(), parsed.version());
    if (existing.isEmpty()) {
      em.persist(new QuestionnaireVersion(parsed, json, checksum, now));
      em.flush();
      LOG.info(() -> "Stored questionnaire " + parsed.code() + " version " + parsed.version());
      return parsed;
    }
    QuestionnaireVersion stored = existing.get();
    if (stored.getChecksum().equals(checksum)) {
      return parsed;
    }
    if (isAnswered(stored.getId())) {
      throw new IllegalStateException(
          source
              + " changed, but "
              + parsed.code()
              + " version "
              + parsed.version()
              + " already has answers. Keep that file as it was and put the change in a copy"
              + " with a higher \"version\".");
    }
    stored.replaceWith(parsed, json, checksum, now);
    LOG.info(() -> "Refreshed unanswered questionnaire " + parsed.code() + " v" + parsed.version());
    return parsed;
  }

  private Optional<QuestionnaireVersion> find(String code, int version) {
    return em.createQuery(
            "select v from QuestionnaireVersion v where v.code = :code and v.version = :version",
            QuestionnaireVersion.class)
        .setParameter("code", code)
        .setParameter("version", version)
        .getResultStream()
        .findFirst();
  }

  private boolean isAnswered(long versionId) {
    return em.createQuery(
                "select count(r) from IntakeResponse r where r.questionnaireVersionId = :id",
                Long.class)
            .setParameter("id", versionId)
            .getSingleResult()
        > 0;
  }

  /** The definition of a stored version. */
  public Questionnaire get(long versionId) {
    Questionnaire q = byId.get(versionId);
    if (q == null) {
      throw new IllegalArgumentException("No questionnaire version " + versionId);
    }
    return q;
  }

  /**
   * The newest version of each questionnaire a new intake asks, in their order: version id to
   * definition. Instruments (role INSTRUMENT, such as a licensed outcome score) are asked only when
   * the clinic lists their codes in {@code SPINEDESK_INTAKE_INSTRUMENTS}.
   */
  public Map<Long, Questionnaire> forNewIntake() {
    Map<String, Map.Entry<Long, Questionnaire>> newest = new LinkedHashMap<>();
    for (Map.Entry<Long, Questionnaire> e : byId.entrySet()) {
      if (e.getValue().role() == QuestionnaireRole.INSTRUMENT
          && !instrumentCodes().contains(e.getValue().code())) {
        continue;
      }
      newest.merge(
          e.getValue().code(),
          e,
          (a, b) -> a.getValue().version() >= b.getValue().version() ? a : b);
    }
    List<Map.Entry<Long, Questionnaire>> ordered = new ArrayList<>(newest.values());
    ordered.sort(Comparator.comparingInt(e -> e.getValue().order()));
    Map<Long, Questionnaire> result = new LinkedHashMap<>();
    ordered.forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  /** Every stored version, newest first within each code, for the administrator's list. */
  public List<Map.Entry<Long, Questionnaire>> all() {
    return byId.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<Long, Questionnaire> e) -> e.getValue().order())
                .thenComparing(e -> e.getValue().code())
                .thenComparing(e -> -e.getValue().version()))
        .toList();
  }

  /** The instrument codes the clinic asks in every intake (comma-separated in configuration). */
  private List<String> instrumentCodes() {
    return intakeInstruments.map(v -> List.of(v.split("\\s*,\\s*"))).orElse(List.of());
  }
}
