-- One tested muscle (or trunk test) on one side. A grade is its value plus an optional - or +
-- modifier on its scale; "not testable" is its own state with the reason in note, never a 0.
-- Trunk endurance tests store seconds and have no side (NONE).
CREATE TABLE muscle_exam_entry (
  exam_id         BIGINT       NOT NULL,
  test_code       VARCHAR(40)  NOT NULL,
  side            VARCHAR(5)   NOT NULL,
  scale           VARCHAR(10)  NOT NULL,
  grade_value     SMALLINT     NULL,
  grade_modifier  CHAR(1)      NULL,
  not_testable    BOOLEAN      NOT NULL DEFAULT FALSE,
  pain            BOOLEAN      NOT NULL DEFAULT FALSE,
  note            VARCHAR(300) NULL,
  PRIMARY KEY (exam_id, test_code, side),
  CONSTRAINT fk_muscle_exam_entry_exam FOREIGN KEY (exam_id) REFERENCES muscle_exam (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
