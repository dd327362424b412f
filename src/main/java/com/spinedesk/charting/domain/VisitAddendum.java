package com.spinedesk.charting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dated, authored addition to a signed visit note. It never changes once written. */
@Entity
@Table(name = "visit_addendum")
public class VisitAddendum {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visit_id", nullable = false, updatable = false)
  private long visitId;

  @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
  private String text;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  @Column(name = "written_by", nullable = false, updatable = false, length = 64)
  private String writtenBy;

  protected VisitAddendum() {}

  public VisitAddendum(long visitId, String text, String writtenBy, Instant writtenAt) {
    this.visitId = visitId;
    this.text = text.strip();
    this.writtenBy = writtenBy;
    this.writtenAt = writtenAt;
  }

  public Long getId() {
    return id;
  }

  public long getVisitId() {
    return visitId;
  }

  public String getText() {
    return text;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getWrittenBy() {
    return writtenBy;
  }
}
