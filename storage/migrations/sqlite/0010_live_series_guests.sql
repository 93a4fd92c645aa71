-- Recurring shows and guest sign-ups.
--
-- A series groups LIVEs that repeat weekly or every two weeks; each occurrence is its own
-- LIVE (number, RSVPs, reminders) with lives.series_id and its position in the series.
-- Occurrences keep their wall-clock time in the series' zone across DST.
--
-- Guests: the first guest_slots members to sign up (by seq) are the LIVE's guests, the
-- rest wait in that order; withdrawing or being removed promotes the first one waiting.

CREATE TABLE live_series (
    id                 INTEGER PRIMARY KEY,
    guild_id           INTEGER NOT NULL,
    interval_weeks     INTEGER NOT NULL CHECK (interval_weeks IN (1, 2)),
    zone               TEXT NOT NULL,
    alternating        INTEGER NOT NULL DEFAULT 0 CHECK (alternating IN (0, 1)),
    created_by_user_id INTEGER,
    created_at         INTEGER NOT NULL
);
CREATE INDEX live_series_guild ON live_series (guild_id);

ALTER TABLE lives ADD COLUMN series_position INTEGER;  -- 1-based, within its series
ALTER TABLE lives ADD COLUMN guest_slots INTEGER NOT NULL DEFAULT 0
    CHECK (guest_slots BETWEEN 0 AND 8);
CREATE INDEX lives_series ON lives (guild_id, series_id, series_position);

CREATE TABLE live_guests (
    guild_id     INTEGER NOT NULL,
    live_id      INTEGER NOT NULL REFERENCES lives (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    seq          INTEGER NOT NULL,   -- order of sign-up within the LIVE
    signed_up_at INTEGER NOT NULL,
    PRIMARY KEY (live_id, user_id)
);
CREATE INDEX live_guests_live ON live_guests (guild_id, live_id, seq);
