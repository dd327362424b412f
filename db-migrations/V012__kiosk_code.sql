-- One-time codes that let the waiting-room tablet open exactly one intake. The code is a
-- bearer credential, so only its SHA-256 hash is stored. A code is claimed once by a tablet,
-- expires if not claimed in time, and ends when the intake is submitted or a new code
-- replaces it; it can never be used twice.
CREATE TABLE kiosk_code (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  intake_id   BIGINT      NOT NULL,
  code_hash   CHAR(64)    NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  created_by  VARCHAR(64) NOT NULL,
  expires_at  DATETIME(6) NOT NULL,
  claimed_at  DATETIME(6) NULL,
  ended_at    DATETIME(6) NULL,
  end_reason  VARCHAR(20) NULL,
  PRIMARY KEY (id),
  KEY ix_kiosk_code_hash (code_hash),
  KEY ix_kiosk_code_intake (intake_id),
  CONSTRAINT fk_kiosk_code_intake FOREIGN KEY (intake_id) REFERENCES intake (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
