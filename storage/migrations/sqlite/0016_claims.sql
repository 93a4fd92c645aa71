-- Scheduled work claimed by one bot process at a time, with a lease that runs out.
--
-- Several bot processes may share one database (PostgreSQL): each due delivery, weekly
-- recap and nudge is claimed by the process that sends it (claimed_by, claimed_until) before
-- anything goes out. A process that stops for good leaves its claims to run out; any other
-- process then takes the work over. A claim ends when the work is recorded as done.
ALTER TABLE live_deliveries ADD COLUMN claimed_by TEXT;       -- which process sends it now
ALTER TABLE live_deliveries ADD COLUMN claimed_until INTEGER; -- UTC epoch seconds; NULL: free
-- The claimed deliveries (few at any time), for the moment a claim runs out.
CREATE INDEX live_deliveries_claims ON live_deliveries (state, claimed_until)
    WHERE claimed_until IS NOT NULL;

-- A recap 'sending' and a nudge row whose claim ran out were interrupted: taken over.
ALTER TABLE streak_recaps ADD COLUMN claimed_until INTEGER;
ALTER TABLE streak_nudges_sent ADD COLUMN claimed_until INTEGER;
