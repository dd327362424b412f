-- The audit log is append-only: the database itself refuses to change an entry, so neither a
-- bug nor a hand-typed UPDATE can rewrite history.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
