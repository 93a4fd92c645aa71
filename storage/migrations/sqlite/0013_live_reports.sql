-- After the LIVE: the numbers members report, the "How did it go?" prompt one hour after
-- a LIVE ends, and the pre-LIVE checklist's ticks.
--
-- The prompt is a delivery like a reminder (kind 'prompt'), so it is sent exactly once
-- across restarts. Widening the CHECK on live_deliveries.kind rebuilds the table; its
-- parts are set aside and put back around it so no foreign key cascade removes them.

CREATE TABLE live_delivery_parts_kept AS SELECT * FROM live_delivery_parts;
DROP TABLE live_delivery_parts;

CREATE TABLE live_deliveries_new (
    id             INTEGER PRIMARY KEY,
    guild_id       INTEGER NOT NULL,
    live_id        INTEGER NOT NULL REFERENCES lives (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('reminder', 'start', 'end', 'prompt')),
    offset_minutes INTEGER NOT NULL DEFAULT 0 CHECK (offset_minutes >= 0),  -- before the start
    due_at         INTEGER NOT NULL,                                          -- UTC epoch seconds
    state          TEXT NOT NULL DEFAULT 'pending'
                   CHECK (state IN ('pending', 'sent', 'skipped', 'cancelled', 'failed')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    note           TEXT,             -- why it was skipped or failed
    done_at        INTEGER,
    UNIQUE (live_id, kind, offset_minutes)
);
INSERT INTO live_deliveries_new (id, guild_id, live_id, kind, offset_minutes, due_at, state,
                                 attempts, note, done_at)
    SELECT id, guild_id, live_id, kind, offset_minutes, due_at, state, attempts, note, done_at
    FROM live_deliveries;
DROP TABLE live_deliveries;
ALTER TABLE live_deliveries_new RENAME TO live_deliveries;
CREATE INDEX live_deliveries_due ON live_deliveries (state, due_at);
CREATE INDEX live_deliveries_live ON live_deliveries (guild_id, live_id);

CREATE TABLE live_delivery_parts (
    delivery_id INTEGER NOT NULL REFERENCES live_deliveries (id) ON DELETE CASCADE,
    guild_id    INTEGER NOT NULL,
    part        TEXT NOT NULL CHECK (part IN ('channel', 'dm')),
    chunk       INTEGER NOT NULL DEFAULT 0,  -- which channel message (100 mentions each)
    user_id     INTEGER NOT NULL DEFAULT 0,  -- the DM's recipient; 0 for channel messages
    outcome     TEXT NOT NULL CHECK (outcome IN ('sent', 'refused')),
    message_id  INTEGER,
    done_at     INTEGER NOT NULL,
    PRIMARY KEY (delivery_id, part, chunk, user_id)
);
INSERT INTO live_delivery_parts SELECT * FROM live_delivery_parts_kept;
DROP TABLE live_delivery_parts_kept;

-- LIVEs still to come get their prompt, one hour after their end.
INSERT INTO live_deliveries (guild_id, live_id, kind, offset_minutes, due_at)
    SELECT guild_id, live_id, 'prompt', 0, due_at + 3600 FROM live_deliveries
    WHERE kind = 'end' AND state = 'pending';

-- One report per member and LIVE. live_id is NULL for a LIVE that was never scheduled;
-- started_at and duration_minutes are then the reporter's, and (guild, member, start)
-- is what makes it one LIVE. Every figure is optional (the member reports what they have).
CREATE TABLE live_reports (
    id                  INTEGER PRIMARY KEY,
    guild_id            INTEGER NOT NULL,
    user_id             INTEGER NOT NULL,
    live_id             INTEGER REFERENCES lives (id) ON DELETE CASCADE,
    started_at          INTEGER NOT NULL,  -- UTC epoch seconds
    duration_minutes    INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    viewers             INTEGER CHECK (viewers BETWEEN 0 AND 1000000000),
    peak_viewers        INTEGER CHECK (peak_viewers BETWEEN 0 AND 1000000000),
    new_followers       INTEGER CHECK (new_followers BETWEEN 0 AND 1000000000),
    avg_watch_seconds   INTEGER CHECK (avg_watch_seconds BETWEEN 0 AND 86400),
    diamonds            INTEGER CHECK (diamonds BETWEEN 0 AND 1000000000),
    gifters             INTEGER CHECK (gifters BETWEEN 0 AND 1000000000),
    likes               INTEGER CHECK (likes BETWEEN 0 AND 1000000000),
    comments            INTEGER CHECK (comments BETWEEN 0 AND 1000000000),
    shares              INTEGER CHECK (shares BETWEEN 0 AND 1000000000),
    reported_by_user_id INTEGER,           -- a LIVE moderator reporting for the member
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE UNIQUE INDEX live_reports_scheduled ON live_reports (live_id, user_id)
    WHERE live_id IS NOT NULL;
CREATE UNIQUE INDEX live_reports_unscheduled ON live_reports (guild_id, user_id, started_at)
    WHERE live_id IS NULL;
CREATE INDEX live_reports_member ON live_reports (guild_id, user_id, started_at);
-- Covers the server's /live stats: its latest reports read from the index alone.
CREATE INDEX live_reports_server ON live_reports
    (guild_id, started_at, live_id, user_id, duration_minutes, viewers, new_followers,
     avg_watch_seconds, diamonds, id);

-- The pre-LIVE checklist: one row per ticked item, per member and LIVE (0: the general list).
CREATE TABLE live_checklist_ticks (
    guild_id  INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    live_id   INTEGER NOT NULL DEFAULT 0,
    item      TEXT NOT NULL CHECK (length(item) BETWEEN 1 AND 20),
    ticked_at INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, live_id, item)
);
