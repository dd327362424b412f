-- Issued home-care instruction sheets, kept for good: the exact PDF the patient took home (so a
-- reprint is the identical document), and what it was made from: the template's code, version
-- and checksum (SheetTemplates refuses to start if an issued version was edited in place), the
-- language, paper and print size, the doses the clinician set (JSON), the sections left out, the
-- clinician's note, and whether the clinician confirmed the red flags were discussed. The issue
-- token, unique, makes a double-click issue one sheet, not two.
CREATE TABLE homecare_sheet (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  patient_id           BIGINT        NOT NULL,
  visit_id             BIGINT        NOT NULL,
  intake_id            BIGINT        NOT NULL,
  template_code        VARCHAR(40)   NOT NULL,
  template_version     INT           NOT NULL,
  template_checksum    CHAR(64)      NOT NULL,
  language             VARCHAR(2)    NOT NULL,
  paper                VARCHAR(10)   NOT NULL,
  large_print          BOOLEAN       NOT NULL,
  parameters           VARCHAR(2000) NOT NULL,
  left_out             VARCHAR(500)  NULL,
  note                 VARCHAR(2000) NULL,
  red_flags_confirmed  BOOLEAN       NOT NULL DEFAULT FALSE,
  issued_at            DATETIME(6)   NOT NULL,
  issued_by            VARCHAR(64)   NOT NULL,
  issue_token          CHAR(36)      NOT NULL,
  pdf                  MEDIUMBLOB    NOT NULL,
  pdf_sha256           CHAR(64)      NOT NULL,
  pages                INT           NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_homecare_sheet_token (issue_token),
  KEY ix_homecare_sheet_patient (patient_id, issued_at),
  KEY ix_homecare_sheet_template (template_code, template_version),
  CONSTRAINT fk_homecare_sheet_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_homecare_sheet_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
  CONSTRAINT fk_homecare_sheet_intake FOREIGN KEY (intake_id) REFERENCES intake (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
