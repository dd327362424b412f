-- The answers to one questionnaire version within an intake, saved page by page so a dropped
-- connection or a closed tab loses nothing. Answers are a JSON object keyed by item linkId,
-- read through the definition of the version they were asked with.
CREATE TABLE intake_response (
  id                        BIGINT       NOT NULL AUTO_INCREMENT,
  intake_id                 BIGINT       NOT NULL,
  questionnaire_version_id  BIGINT       NOT NULL,
  position                  INT          NOT NULL,
  answers                   MEDIUMTEXT   NOT NULL,
  pages_saved               VARCHAR(1000) NOT NULL DEFAULT '',
  updated_at                DATETIME(6)  NOT NULL,
  updated_by                VARCHAR(64)  NOT NULL,
  version                   BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_intake_response (intake_id, questionnaire_version_id),
  CONSTRAINT fk_response_intake FOREIGN KEY (intake_id) REFERENCES intake (id),
  CONSTRAINT fk_response_questionnaire FOREIGN KEY (questionnaire_version_id) REFERENCES questionnaire_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
