-- Roles decide what a person may do (front desk, clinician, administrator). One person can
-- hold several roles, e.g. a clinician who also administers the clinic's accounts.
CREATE TABLE app_user_role (
  user_id  BIGINT      NOT NULL,
  role     VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
