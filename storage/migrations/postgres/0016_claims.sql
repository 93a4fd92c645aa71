-- Scheduled work claimed by one bot process at a time, with a lease that runs out (the
-- same as SQLite's 0016_claims.sql, where the columns are described).
ALTER TABLE live_deliveries ADD COLUMN claimed_by TEXT;
ALTER TABLE live_deliveries ADD COLUMN claimed_until BIGINT;
CREATE INDEX live_deliveries_claims ON live_deliveries (state, claimed_until)
    WHERE claimed_until IS NOT NULL;

ALTER TABLE streak_recaps ADD COLUMN claimed_until BIGINT;
ALTER TABLE streak_nudges_sent ADD COLUMN claimed_until BIGINT;
