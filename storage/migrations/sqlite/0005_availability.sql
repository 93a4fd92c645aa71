-- Weekly availability windows (/availability), owned by a member.
-- A window starts on each day in `days` (bit 0 = Monday .. bit 6 = Sunday, the day the
-- window STARTS on, local) at start_minute and ends at end_minute (minutes after local
-- midnight, in the member's timezone from members.timezone). end_minute <= start_minute
-- means the window passes midnight; equal means a whole 24 hours (only from merging).
-- Stored merged: a member's windows never overlap or touch.
CREATE TABLE availability_windows (
    id           INTEGER PRIMARY KEY,
    guild_id     INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    days         INTEGER NOT NULL CHECK (days BETWEEN 1 AND 127),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1439),
    created_at   INTEGER NOT NULL
);
CREATE INDEX availability_windows_member ON availability_windows (guild_id, user_id);
