-- The first MRN: seven-digit numbers from 1000001 upward, so every MRN has the same length
-- (eight characters with its check digit) and none starts with a zero that a spreadsheet drops.
INSERT INTO mrn_counter (id, next_value) VALUES (1, 1000001);
