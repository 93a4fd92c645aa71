-- Group LIVEs (/live): the LIVE itself, its hosts and the members' RSVPs.
-- Room left for the next issue: series_id groups the LIVEs of a recurring series
-- (its own table comes with that issue); reminders sent and after-LIVE reports get
-- their own tables keyed by (guild_id, live_id), so nothing here has to change.
CREATE TABLE lives (
    id                      INTEGER PRIMARY KEY,
    guild_id                INTEGER NOT NULL,
    number                  INTEGER NOT NULL CHECK (number > 0),  -- #12, per server
    title                   TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    description             TEXT CHECK (description IS NULL OR length(description) <= 1000),
    starts_at               INTEGER NOT NULL,                     -- UTC epoch seconds
    duration_minutes        INTEGER NOT NULL CHECK (duration_minutes BETWEEN 15 AND 720),
    status                  TEXT NOT NULL DEFAULT 'scheduled'
                            CHECK (status IN ('scheduled', 'cancelled', 'ended')),
    channel_id              INTEGER,          -- where the announcement went (or should go)
    announcement_message_id INTEGER,
    event_id                INTEGER,          -- the Discord scheduled event
    series_id               INTEGER,          -- recurring series (next issue); NULL = one-off
    created_by_user_id      INTEGER,          -- who scheduled it; NULL after /privacy delete
    created_at              INTEGER NOT NULL,
    updated_at              INTEGER NOT NULL,
    UNIQUE (guild_id, number)
);
CREATE INDEX lives_upcoming ON lives (guild_id, status, starts_at);
CREATE INDEX lives_time ON lives (guild_id, starts_at);

CREATE TABLE live_hosts (
    guild_id INTEGER NOT NULL,
    live_id  INTEGER NOT NULL REFERENCES lives (id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL,
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 6),
    PRIMARY KEY (live_id, user_id)
);
CREATE INDEX live_hosts_live ON live_hosts (guild_id, live_id, position);
CREATE INDEX live_hosts_member ON live_hosts (guild_id, user_id);

CREATE TABLE live_rsvps (
    guild_id   INTEGER NOT NULL,
    live_id    INTEGER NOT NULL REFERENCES lives (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('going', 'maybe', 'cant')),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (live_id, user_id)
);
CREATE INDEX live_rsvps_live ON live_rsvps (guild_id, live_id, status);
CREATE INDEX live_rsvps_member ON live_rsvps (guild_id, user_id);
