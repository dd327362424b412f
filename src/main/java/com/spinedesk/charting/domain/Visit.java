package com.spinedesk.charting.domain;

import com.spinedesk.platform.domain.ChangeStamp;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One visit of a patient and its note. A draft may be edited by any clinician; once its author
 * signs it nothing in it changes, and later information goes into {@link VisitAddendum}s.
 */
@Entity
@Table(name = "visit")
public class Visit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private long patientId;

  /** The intake the visit reviews; a draft may switch to a newer one ({@link #reviewIntake}). */
  @Column(name = "intake_id")
  private Long intakeId;

  @Column(name = "visit_date", nullable = false, updatable = false)
  private LocalDate visitDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private VisitStatus status = VisitStatus.DRAFT;

  @Column(nullable = false, updatable = false, length = 64)
  private String author;

  @Column(name = "chief_complaint", length = 500)
  private String chiefComplaint;

  @Column(columnDefinition = "TEXT")
  private String findings;

  @Column(columnDefinition = "TEXT")
  private String assessment;

  @Column(columnDefinition = "TEXT")
  private String plan;

  @Column(name = "pain_now")
  private Integer painNow;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "visit_diagnosis", joinColumns = @JoinColumn(name = "visit_id"))
  @OrderColumn(name = "position")
  @Column(name = "code", length = 10)
  private List<String> diagnoses = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Embedded private ChangeStamp lastChange;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "signed_by", length = 64)
  private String signedBy;

  @Version private long version;

  protected Visit() {}

  /** A new draft note by {@code author}, with the pain score the day's intake reported. */
  public Visit(
      long patientId,
      Long intakeId,
      LocalDate visitDate,
      Integer painNow,
      String author,
      Instant now) {
    this.patientId = patientId;
    this.intakeId = intakeId;
    this.visitDate = visitDate;
    this.painNow = painNow;
    this.author = author;
    this.createdAt = now;
    this.lastChange = ChangeStamp.of(author, now);
  }

  public VisitNote note() {
    return new VisitNote(chiefComplaint, findings, assessment, diagnoses, plan, painNow);
  }

  /** Takes the clinician's edits; only a draft can change (the service checks who may). */
  public void write(VisitNote note, String actor, Instant now) {
    if (status != VisitStatus.DRAFT) {
      throw new IllegalStateException("A signed note cannot change");
    }
    this.chiefComplaint = trimmed(note.chiefComplaint());
    this.findings = trimmed(note.findings());
    this.assessment = trimmed(note.assessment());
    this.plan = trimmed(note.plan());
    this.painNow = note.painNow();
    this.diagnoses.clear();
    this.diagnoses.addAll(note.diagnoses());
    this.lastChange = ChangeStamp.of(actor, now);
  }

  /** Reviews another intake of the patient; only a draft can change (the service checks whose). */
  public void reviewIntake(long intake, String actor, Instant now) {
    if (status != VisitStatus.DRAFT) {
      throw new IllegalStateException("A signed note cannot change");
    }
    this.intakeId = intake;
    this.lastChange = ChangeStamp.of(actor, now);
  }

  public void sign(String actor, Instant now) {
    this.status = VisitStatus.SIGNED;
    this.signedAt = now;
    this.signedBy = actor;
    this.lastChange = ChangeStamp.of(actor, now);
  }

  public boolean signed() {
    return status == VisitStatus.SIGNED;
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public long getPatientId() {
    return patientId;
  }

  public Long getIntakeId() {
    return intakeId;
  }

  public LocalDate getVisitDate() {
    return visitDate;
  }

  public VisitStatus getStatus() {
    return status;
  }

  public String getAuthor() {
    return author;
  }

  public Integer getPainNow() {
    return painNow;
  }

  public List<String> getDiagnoses() {
    return List.copyOf(diagnoses);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return lastChange == null ? null : lastChange.at();
  }

  public String getUpdatedBy() {
    return lastChange == null ? null : lastChange.actor();
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public long getVersion() {
    return version;
  }
}
