-- A registration form carries a one-time token, kept with the patient it registered, so that a
-- double click on "Register" (two requests of one form, at the same moment) registers one patient:
-- the second request finds the patient of the first. Unique; empty for patients registered before.
ALTER TABLE patient
  ADD COLUMN registration_token CHAR(36) NULL,
  ADD UNIQUE KEY uk_patient_registration_token (registration_token);
