-- A hazard clock started in error (the tenant said the mould had gone, or it was another address)
-- is closed by staff with a reason, version-checked and audited. It is counted apart from the
-- clocks met and missed, so a clock that should never have run does not show as a missed deadline.
ALTER TABLE hazard_clocks DROP CONSTRAINT hazard_clocks_status_check;
ALTER TABLE hazard_clocks ADD CONSTRAINT hazard_clocks_status_check CHECK (status IN ('open', 'closed', 'closed_in_error'));
ALTER TABLE hazard_clocks ADD COLUMN closed_in_error_at timestamptz;
ALTER TABLE hazard_clocks ADD COLUMN closed_in_error_reason text;
-- Never closed in error without the reason, nor a reason on a clock that was not.
ALTER TABLE hazard_clocks ADD CONSTRAINT hazard_clocks_closed_in_error_reason
  CHECK ((status = 'closed_in_error') = (closed_in_error_reason IS NOT NULL AND closed_in_error_at IS NOT NULL));
