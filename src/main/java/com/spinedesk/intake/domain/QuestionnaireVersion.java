package com.spinedesk.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored version of a questionnaire definition: the JSON file, whole, and its checksum. */
@Entity
@Table(name = "questionnaire_version")
public class QuestionnaireVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 40)
  private String code;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(nullable = false, length = 20)
  private String role;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
  private String definition;

  @Column(nullable = false, length = 64)
  private String checksum;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  protected QuestionnaireVersion() {}

  public QuestionnaireVersion(
      Questionnaire parsed, String definition, String checksum, Instant now) {
    this.code = parsed.code();
    this.version = parsed.version();
    replaceWith(parsed, definition, checksum, now);
  }

  /** Only for a version nobody has answered yet. */
  public void replaceWith(Questionnaire parsed, String definition, String checksum, Instant now) {
    this.role = parsed.role().name();
    this.sortOrder = parsed.order();
    this.definition = definition;
    this.checksum = checksum;
    this.loadedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getVersion() {
    return version;
  }

  public String getRole() {
    return role;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public String getDefinition() {
    return definition;
  }

  public String getChecksum() {
    return checksum;
  }

  public Instant getLoadedAt() {
    return loadedAt;
  }
}
