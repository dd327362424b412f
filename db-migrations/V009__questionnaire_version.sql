-- Questionnaire definitions, one row per version. A version that has answers never changes
-- (responses must stay readable exactly as they were asked); a revision is a new row. The
-- definition is the JSON file from seeds/questionnaires, kept whole; the checksum tells at
-- start-up whether a shipped file was edited without a new version number.
CREATE TABLE questionnaire_version (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  code        VARCHAR(40) NOT NULL,
  version     INT         NOT NULL,
  role        VARCHAR(20) NOT NULL,
  sort_order  INT         NOT NULL,
  definition  MEDIUMTEXT  NOT NULL,
  checksum    CHAR(64)    NOT NULL,
  loaded_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_questionnaire_version (code, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
