-- Manual muscle testing at a visit: one exam per visit, locked with the visit's note when it
-- is signed. The grades are in muscle_exam_entry; the scale the clinician chose (MRC 0-5 or
-- Kendall 0-10) is stored beside every grade, never converted.
CREATE TABLE muscle_exam (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  visit_id    BIGINT        NOT NULL,
  patient_id  BIGINT        NOT NULL,
  examined_on DATE          NOT NULL,
  note        VARCHAR(2000) NULL,
  updated_at  DATETIME(6)   NOT NULL,
  updated_by  VARCHAR(64)   NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_muscle_exam_visit (visit_id),
  KEY ix_muscle_exam_patient (patient_id, examined_on, id),
  CONSTRAINT fk_muscle_exam_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
  CONSTRAINT fk_muscle_exam_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
