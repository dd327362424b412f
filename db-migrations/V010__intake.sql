-- An intake: the questionnaires a patient answers at one visit, started by the front desk.
-- Status moves NOT_STARTED -> IN_PROGRESS -> SUBMITTED -> REVIEWED. A submitted intake never
-- changes; a correction is a new intake that names the one it corrects and why, and the old
-- one is then marked superseded. The risk profile is computed once, at submission, and kept as
-- JSON so the clinician sees exactly what was computed then. clinic_day is the date in the
-- clinic's time zone, for the front desk's "today" worklist; urgent sorts red flags first.
CREATE TABLE intake (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  patient_id         BIGINT       NOT NULL,
  status             VARCHAR(20)  NOT NULL,
  language           VARCHAR(2)   NOT NULL,
  clinic_day         DATE         NOT NULL,
  started_at         DATETIME(6)  NOT NULL,
  started_by         VARCHAR(64)  NOT NULL,
  submitted_at       DATETIME(6)  NULL,
  submitted_by       VARCHAR(64)  NULL,
  reviewed_at        DATETIME(6)  NULL,
  reviewed_by        VARCHAR(64)  NULL,
  urgent             BOOLEAN      NOT NULL DEFAULT FALSE,
  profile            MEDIUMTEXT   NULL,
  corrects_id        BIGINT       NULL,
  correction_reason  VARCHAR(500) NULL,
  superseded         BOOLEAN      NOT NULL DEFAULT FALSE,
  version            BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_intake_day (clinic_day, urgent, status),
  KEY ix_intake_patient (patient_id, started_at),
  CONSTRAINT fk_intake_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_intake_corrects FOREIGN KEY (corrects_id) REFERENCES intake (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
