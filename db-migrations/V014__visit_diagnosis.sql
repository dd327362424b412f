-- The ICD-10-CM diagnoses of a visit's assessment, in the order the clinician put them (the
-- first is the primary one). Codes come from seeds/catalogue/icd10-cm.json; the code is kept
-- as text so a later catalogue change never rewrites what was charted.
CREATE TABLE visit_diagnosis (
  visit_id  BIGINT       NOT NULL,
  position  INT          NOT NULL,
  code      VARCHAR(10)  NOT NULL,
  PRIMARY KEY (visit_id, position),
  CONSTRAINT fk_visit_diagnosis_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
