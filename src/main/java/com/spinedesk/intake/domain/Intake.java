package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One visit's questionnaires for one patient. Once submitted nothing in it changes except the
 * clinician's review mark; a correction is a new intake that names this one.
 */
@Entity
@Table(name = "intake")
public class Intake {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private long patientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IntakeStatus status = IntakeStatus.NOT_STARTED;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(name = "clinic_day", nullable = false, updatable = false)
  private LocalDate clinicDay;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "started_by", nullable = false, updatable = false, length = 64)
  private String startedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(nullable = false)
  private boolean urgent;

  @Column(columnDefinition = "MEDIUMTEXT")
  private String profile;

  @Column(name = "corrects_id", updatable = false)
  private Long correctsId;

  @Column(name = "correction_reason", length = 500, updatable = false)
  private String correctionReason;

  @Column(nullable = false)
  private boolean superseded;

  @Version private long version;

  protected Intake() {}

  public Intake(
      long patientId, Language language, LocalDate clinicDay, String startedBy, Instant now) {
    this.patientId = patientId;
    this.language = language;
    this.clinicDay = clinicDay;
    this.startedBy = startedBy;
    this.startedAt = now;
  }

  /** A new intake correcting a submitted one; it starts in progress with the old answers. */
  public static Intake correcting(
      Intake original, String reason, LocalDate clinicDay, String actor, Instant now) {
    Intake correction = new Intake(original.patientId, original.language, clinicDay, actor, now);
    correction.correctsId = original.id;
    correction.correctionReason = reason;
    correction.status = IntakeStatus.IN_PROGRESS;
    return correction;
  }

  public void answered() {
    if (status == IntakeStatus.NOT_STARTED) {
      status = IntakeStatus.IN_PROGRESS;
    }
  }

  public void submit(String actor, Instant now, boolean urgent, String profileJson) {
    this.status = IntakeStatus.SUBMITTED;
    this.submittedBy = actor;
    this.submittedAt = now;
    this.urgent = urgent;
    this.profile = profileJson;
  }

  public void review(String actor, Instant now) {
    this.status = IntakeStatus.REVIEWED;
    this.reviewedBy = actor;
    this.reviewedAt = now;
  }

  public void supersede() {
    this.superseded = true;
  }

  public void changeLanguage(Language language) {
    this.language = language;
  }

  public Long getId() {
    return id;
  }

  public long getPatientId() {
    return patientId;
  }

  public IntakeStatus getStatus() {
    return status;
  }

  public Language getLanguage() {
    return language;
  }

  public LocalDate getClinicDay() {
    return clinicDay;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public String getProfile() {
    return profile;
  }

  public Long getCorrectsId() {
    return correctsId;
  }

  public String getCorrectionReason() {
    return correctionReason;
  }

  public boolean isSuperseded() {
    return superseded;
  }

  public long getVersion() {
    return version;
  }
}
