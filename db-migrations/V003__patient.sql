-- The patient registry: who the clinic treats, and how to reach them and their emergency
-- contact. The indexes serve the front desk's searches (name prefix, date of birth, MRN,
-- phone digits) so they stay fast with a six-figure registry. The version column refuses a
-- stale save when two people edit the same patient.
CREATE TABLE patient (
  id                              BIGINT       NOT NULL AUTO_INCREMENT,
  mrn                             VARCHAR(12)  NOT NULL,
  family_name                     VARCHAR(100) NOT NULL,
  given_name                      VARCHAR(100) NOT NULL,
  birth_date                      DATE         NOT NULL,
  sex                             VARCHAR(10)  NOT NULL,
  phone                           VARCHAR(30)  NULL,
  phone_digits                    VARCHAR(20)  NULL,
  email                           VARCHAR(254) NULL,
  address_line                    VARCHAR(120) NULL,
  city                            VARCHAR(80)  NULL,
  region                          VARCHAR(80)  NULL,
  postal_code                     VARCHAR(20)  NULL,
  preferred_language              VARCHAR(2)   NOT NULL,
  emergency_contact_name          VARCHAR(120) NULL,
  emergency_contact_relationship  VARCHAR(60)  NULL,
  emergency_contact_phone         VARCHAR(30)  NULL,
  created_at                      DATETIME(6)  NOT NULL,
  created_by                      VARCHAR(64)  NOT NULL,
  updated_at                      DATETIME(6)  NOT NULL,
  updated_by                      VARCHAR(64)  NOT NULL,
  version                         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_patient_mrn (mrn),
  KEY ix_patient_family_given (family_name, given_name),
  KEY ix_patient_given (given_name),
  KEY ix_patient_birth_date (birth_date),
  KEY ix_patient_phone_digits (phone_digits)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
