-- The audit log: who did what, when, to which record and which patient. Required for
-- patient privacy (every read and change of a patient's data is recorded). Entries are
-- written in the same transaction as the change they describe; they carry the patient's MRN
-- so the log stays readable on its own. No foreign keys: the log must outlive what it names.
CREATE TABLE audit_entry (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at   DATETIME(6)  NOT NULL,
  actor         VARCHAR(64)  NOT NULL,
  action        VARCHAR(32)  NOT NULL,
  record_type   VARCHAR(40)  NOT NULL,
  record_id     VARCHAR(64)  NULL,
  patient_id    BIGINT       NULL,
  patient_mrn   VARCHAR(12)  NULL,
  detail        VARCHAR(500) NULL,
  PRIMARY KEY (id),
  KEY ix_audit_entry_occurred (occurred_at),
  KEY ix_audit_entry_patient (patient_mrn, occurred_at),
  KEY ix_audit_entry_actor (actor, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
