-- A result with more interactions than views is impossible as typed (TikTok counts a view
-- per play), so /er asks before saving one. confirmed = 1: the member pressed Save anyway.
-- Such results count in medians and percentiles only when confirmed; older rows are 0.
ALTER TABLE er_results ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1));
