-- What a clinician adds to a signed note: signed notes are locked for good (medico-legal
-- record), so corrections and late information are dated, authored addenda.
CREATE TABLE visit_addendum (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  visit_id    BIGINT       NOT NULL,
  text        TEXT         NOT NULL,
  written_at  DATETIME(6)  NOT NULL,
  written_by  VARCHAR(64)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_visit_addendum_visit (visit_id, written_at),
  CONSTRAINT fk_visit_addendum_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
