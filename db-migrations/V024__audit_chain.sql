-- The head of the audit log's hash chain: the last entry chained and its hash. A transaction locks
-- this one row only for the moment between writing its entries and committing, so the chain
-- follows the order in which entries are committed. Starts at 64 zeros (nothing before).
CREATE TABLE audit_chain (
  id             TINYINT     NOT NULL,
  last_entry_id  BIGINT      NULL,
  last_hash      CHAR(64)    NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain (id, last_entry_id, last_hash)
  VALUES (1, NULL, '0000000000000000000000000000000000000000000000000000000000000000');
