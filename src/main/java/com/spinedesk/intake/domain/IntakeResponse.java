package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.ChangeStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The answers to one questionnaire version within an intake, as JSON keyed by linkId. */
@Entity
@Table(name = "intake_response")
public class IntakeResponse {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "intake_id", nullable = false, updatable = false)
  private long intakeId;

  @Column(name = "questionnaire_version_id", nullable = false, updatable = false)
  private long questionnaireVersionId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
  private String answers = "{}";

  @Column(name = "pages_saved", nullable = false, length = 1000)
  private String pagesSaved = "";

  @Embedded private ChangeStamp lastChange;

  @Version private long version;

  protected IntakeResponse() {}

  public IntakeResponse(
      long intakeId, long questionnaireVersionId, int position, String actor, Instant now) {
    this.intakeId = intakeId;
    this.questionnaireVersionId = questionnaireVersionId;
    this.position = position;
    this.lastChange = ChangeStamp.of(actor, now);
  }

  /** Stores a page's answers (the whole response's JSON) and remembers the page as saved. */
  public void savePage(String pageLinkId, String answersJson, String actor, Instant now) {
    this.answers = answersJson;
    Set<String> saved = pagesSaved();
    saved.add(pageLinkId);
    this.pagesSaved = String.join(",", saved);
    this.lastChange = ChangeStamp.of(actor, now);
  }

  /** Takes over the answers of the response a correction starts from. */
  public void copyAnswersFrom(IntakeResponse earlier) {
    this.answers = earlier.answers;
    this.pagesSaved = earlier.pagesSaved;
  }

  public Set<String> pagesSaved() {
    Set<String> saved = new LinkedHashSet<>();
    if (!pagesSaved.isEmpty()) {
      saved.addAll(Arrays.asList(pagesSaved.split(",")));
    }
    return saved;
  }

  public Long getId() {
    return id;
  }

  public long getIntakeId() {
    return intakeId;
  }

  public long getQuestionnaireVersionId() {
    return questionnaireVersionId;
  }

  public int getPosition() {
    return position;
  }

  public String getAnswers() {
    return answers;
  }

  public Instant getUpdatedAt() {
    return lastChange == null ? null : lastChange.at();
  }

  public String getUpdatedBy() {
    return lastChange == null ? null : lastChange.actor();
  }

  public long getVersion() {
    return version;
  }
}
