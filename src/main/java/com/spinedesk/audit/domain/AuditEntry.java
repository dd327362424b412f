package com.spinedesk.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line of the audit log. Immutable: written once, with the hash that chains it to the entry
 * before ({@link AuditHash}), by {@code AuditChain} when its transaction commits; JPA only reads
 * it. The database refuses updates and deletes (migrations V007, V008), and the application's
 * account may only insert and read. The detail never holds clinical content, only what kind of
 * thing was touched.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 64)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private AuditAction action;

  @Column(name = "record_type", nullable = false, updatable = false, length = 40)
  private String recordType;

  @Column(name = "record_id", updatable = false, length = 64)
  private String recordId;

  @Column(name = "patient_id", updatable = false)
  private Long patientId;

  @Column(name = "patient_mrn", updatable = false, length = 12)
  private String patientMrn;

  @Column(updatable = false, length = 500)
  private String detail;

  @Column(name = "entry_hash", updatable = false, length = 64)
  private String entryHash;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      AuditAction action,
      String recordType,
      String recordId,
      Long patientId,
      String patientMrn,
      String detail) {
    // The column keeps microseconds; the chain's hash must read the same time back.
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = actor;
    this.action = action;
    this.recordType = recordType;
    this.recordId = recordId;
    this.patientId = patientId;
    this.patientMrn = patientMrn;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  /** An entry as stored, with its id and chain hash (read back without JPA, or built by tests). */
  public static AuditEntry stored(
      long id,
      Instant occurredAt,
      String actor,
      AuditAction action,
      String recordType,
      String recordId,
      Long patientId,
      String patientMrn,
      String detail,
      String entryHash) {
    AuditEntry entry =
        new AuditEntry(
            occurredAt, actor, action, recordType, recordId, patientId, patientMrn, detail);
    entry.id = id;
    entry.entryHash = entryHash;
    return entry;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getRecordType() {
    return recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getPatientMrn() {
    return patientMrn;
  }

  public String getDetail() {
    return detail;
  }

  /** The chain hash, or null for an entry written before the chain began. */
  public String getEntryHash() {
    return entryHash;
  }
}
