-- A clinician's note of one visit: chief complaint, findings, assessment, plan and the pain
-- score taken that day. Drafts may be edited by any clinician (version guards against two
-- people saving over each other); the author signs it, and a signed note never changes again:
-- later information goes into dated addenda (visit_addendum). The chart lists a patient's
-- visits newest first, one page at a time, so the index covers (patient_id, visit_date, id).
CREATE TABLE visit (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  patient_id       BIGINT        NOT NULL,
  intake_id        BIGINT        NULL,
  visit_date       DATE          NOT NULL,
  status           VARCHAR(10)   NOT NULL,
  author           VARCHAR(64)   NOT NULL,
  chief_complaint  VARCHAR(500)  NULL,
  findings         TEXT          NULL,
  assessment       TEXT          NULL,
  plan             TEXT          NULL,
  pain_now         TINYINT       NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  updated_by       VARCHAR(64)   NOT NULL,
  signed_at        DATETIME(6)   NULL,
  signed_by        VARCHAR(64)   NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_visit_patient_date (patient_id, visit_date, id),
  CONSTRAINT fk_visit_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_visit_intake FOREIGN KEY (intake_id) REFERENCES intake (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
