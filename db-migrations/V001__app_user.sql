-- Staff accounts. Everybody who touches patient data signs in with a personal account, so
-- every audit entry names a person. Passwords are stored only as PBKDF2 hashes; the lock
-- columns slow down guessing (five failures lock the account for fifteen minutes).
CREATE TABLE app_user (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  username        VARCHAR(64)  NOT NULL,
  full_name       VARCHAR(120) NOT NULL,
  password_hash   VARCHAR(255) NOT NULL,
  active          BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins   INT          NOT NULL DEFAULT 0,
  locked_until    DATETIME(6)  NULL,
  last_login_at   DATETIME(6)  NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  updated_by      VARCHAR(64)  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_app_user_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
