package com.spinedesk.charting.domain;

import com.spinedesk.platform.domain.ChangeStamp;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The manual muscle testing of one visit: every test done, on each side, with its grade. Saved as a
 * whole (the grid is one form) and locked when the visit's note is signed.
 */
@Entity
@Table(name = "muscle_exam")
public class MuscleExam {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visit_id", nullable = false, updatable = false)
  private long visitId;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private long patientId;

  @Column(name = "examined_on", nullable = false, updatable = false)
  private LocalDate examinedOn;

  @Column(length = 2000)
  private String note;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "muscle_exam_entry", joinColumns = @JoinColumn(name = "exam_id"))
  private List<ExamEntry> entries = new ArrayList<>();

  @Embedded private ChangeStamp lastChange;

  @Version private long version;

  protected MuscleExam() {}

  public MuscleExam(long visitId, long patientId, LocalDate examinedOn) {
    this.visitId = visitId;
    this.patientId = patientId;
    this.examinedOn = examinedOn;
  }

  /** Replaces the whole grid with what the clinician saved. */
  public void record(List<ExamEntry> entries, String note, String actor, Instant now) {
    this.entries.clear();
    this.entries.addAll(entries);
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.lastChange = ChangeStamp.of(actor, now);
  }

  public Optional<ExamEntry> entry(String testCode, Side side) {
    return entries.stream()
        .filter(e -> e.getTestCode().equals(testCode) && e.getSide() == side)
        .findFirst();
  }

  public Long getId() {
    return id;
  }

  public long getVisitId() {
    return visitId;
  }

  public long getPatientId() {
    return patientId;
  }

  public LocalDate getExaminedOn() {
    return examinedOn;
  }

  public String getNote() {
    return note;
  }

  public List<ExamEntry> getEntries() {
    return List.copyOf(entries);
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
