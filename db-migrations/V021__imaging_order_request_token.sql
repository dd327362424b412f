-- An imaging order form carries a one-time token, kept with the order it created, so that a
-- double click on "Save draft" or "Sign the order" makes one order, not two: the second request
-- finds the order of the first. Unique, and empty for orders made before it existed.
ALTER TABLE imaging_order
  ADD COLUMN request_token CHAR(36) NULL,
  ADD UNIQUE KEY uk_imaging_order_request_token (request_token);
