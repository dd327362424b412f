-- The reasons for an imaging order (FHIR ServiceRequest.reasonCode): ICD-10-CM codes from
-- seeds/catalogue/icd10-cm.json, the first being the main indication printed on the requisition.
CREATE TABLE imaging_order_reason (
  order_id  BIGINT       NOT NULL,
  position  INT          NOT NULL,
  code      VARCHAR(10)  NOT NULL,
  PRIMARY KEY (order_id, position),
  CONSTRAINT fk_imaging_order_reason_order FOREIGN KEY (order_id) REFERENCES imaging_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
