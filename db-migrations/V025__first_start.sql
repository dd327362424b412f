-- One row that the start-up steps filling an empty database (shipped questionnaires, the first
-- accounts, the demo data) lock before they look whether there is anything to fill. Nodes of a
-- cluster starting together then fill it one after the other, and each later one finds it filled,
-- instead of all finding it empty and inserting the same rows twice.
CREATE TABLE first_start (
  id  TINYINT  NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO first_start (id) VALUES (1);
