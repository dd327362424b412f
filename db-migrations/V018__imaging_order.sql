-- Imaging orders, modelled on FHIR ServiceRequest: DRAFT -> ACTIVE (signed by the requesting
-- clinician) -> COMPLETED (result received) or REVOKED (with reason); ENTERED_IN_ERROR for
-- mistakes. The appropriateness guidance shown when it was saved and signed is kept with it
-- (ruleset version, matched ACR variant, rating) together with the clinician's reason when a
-- usually-not-appropriate study was ordered anyway. intake_id names the intake whose risk
-- profile the guidance used. Open orders are listed by status and signing time.
CREATE TABLE imaging_order (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  patient_id             BIGINT        NOT NULL,
  visit_id               BIGINT        NOT NULL,
  intake_id              BIGINT        NOT NULL,
  status                 VARCHAR(20)   NOT NULL,
  study_code             VARCHAR(40)   NOT NULL,
  priority               VARCHAR(10)   NOT NULL,
  clinical_question      VARCHAR(1000) NULL,
  symptom_side           VARCHAR(10)   NULL,
  contrast_reaction      BOOLEAN       NULL,
  kidney_disease         BOOLEAN       NULL,
  patient_instructions   VARCHAR(2000) NULL,
  findings               VARCHAR(500)  NULL,
  ruleset_version        INT           NOT NULL,
  matched_variant        VARCHAR(10)   NULL,
  rating                 VARCHAR(30)   NOT NULL,
  override_reason        VARCHAR(1000) NULL,
  requester              VARCHAR(64)   NOT NULL,
  created_at             DATETIME(6)   NOT NULL,
  updated_at             DATETIME(6)   NOT NULL,
  updated_by             VARCHAR(64)   NOT NULL,
  signed_at              DATETIME(6)   NULL,
  result_date            DATE          NULL,
  result_report          TEXT          NULL,
  result_reviewed        BOOLEAN       NOT NULL DEFAULT FALSE,
  result_recorded_at     DATETIME(6)   NULL,
  result_recorded_by     VARCHAR(64)   NULL,
  ended_reason           VARCHAR(1000) NULL,
  ended_at               DATETIME(6)   NULL,
  ended_by               VARCHAR(64)   NULL,
  version                BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_imaging_order_patient (patient_id, created_at),
  KEY ix_imaging_order_status (status, signed_at),
  CONSTRAINT fk_imaging_order_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_imaging_order_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
  CONSTRAINT fk_imaging_order_intake FOREIGN KEY (intake_id) REFERENCES intake (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
