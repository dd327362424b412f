-- Medical record numbers come from one counter row. MySQL has no sequences; an UPDATE with
-- LAST_INSERT_ID() on this row hands out numbers that are unique under concurrent
-- registrations on MySQL 8 and MariaDB alike, without gaps from rolled-back AUTO_INCREMENTs
-- mattering to anyone.
CREATE TABLE mrn_counter (
  id          TINYINT NOT NULL,
  next_value  BIGINT  NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
