-- Tamper evidence for the audit log: each entry carries the SHA-256 of its own content and of the
-- entry before it (a hash chain), so an entry changed, removed or slipped in by someone who got
-- past the append-only triggers breaks the chain from there on, and the administrator's "verify"
-- finds the first broken entry. Empty for entries written before the chain began.
ALTER TABLE audit_entry ADD COLUMN entry_hash CHAR(64) NULL;
