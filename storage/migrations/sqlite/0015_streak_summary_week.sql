-- The streak summary also keeps what a leaderboard needs of the creator's current week (the
-- week after through_week, in their zone when the summary was computed), so a leaderboard is
-- one pass over the summaries in SQL, with no posts read and no zone worked out per creator:
-- the week's span as UTC instants, the posts keyed in it and after it, and the goal in force
-- for it. Once the clock leaves the span, the summary is folded forward from those counts and
-- saved again. Every change to the posts, the goals or the zone already makes a summary dirty
-- or stale, so these columns are recomputed with the rest of it.
ALTER TABLE streak_summaries ADD COLUMN week_starts_at INTEGER;  -- UTC epoch seconds
ALTER TABLE streak_summaries ADD COLUMN week_ends_at INTEGER;    -- the next week's first instant
ALTER TABLE streak_summaries ADD COLUMN week_posts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE streak_summaries ADD COLUMN later_posts INTEGER NOT NULL DEFAULT 0;  -- keyed after it
ALTER TABLE streak_summaries ADD COLUMN week_goal INTEGER;  -- NULL: a goal change lies after it

-- Summaries computed before these columns existed are rebuilt from the posts once.
UPDATE streak_summaries SET dirty = 1;
