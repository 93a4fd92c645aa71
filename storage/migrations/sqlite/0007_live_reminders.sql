-- LIVE reminders, "starting now" posts and the end of a LIVE, the server's timezone, and
-- how each member wants to be reminded.
--
-- Everything the bot sends on a schedule is a row of live_deliveries before it is due.
-- A delivery is made of parts (one channel message per 100 pinged members, one DM per
-- recipient); each part is recorded in live_delivery_parts only after Discord accepted
-- it, and the delivery is marked sent when every part is done. A restart resends only
-- the parts not recorded, with the same Discord nonce as before.

ALTER TABLE lives ADD COLUMN reminder_offsets TEXT;  -- JSON minutes; NULL = the server's defaults

ALTER TABLE guild_settings ADD COLUMN timezone TEXT;  -- IANA name; NULL = UTC

ALTER TABLE members ADD COLUMN live_reminders TEXT
    CHECK (live_reminders IS NULL OR live_reminders IN ('channel', 'dm', 'off'));

CREATE TABLE live_deliveries (
    id             INTEGER PRIMARY KEY,
    guild_id       INTEGER NOT NULL,
    live_id        INTEGER NOT NULL REFERENCES lives (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('reminder', 'start', 'end')),
    offset_minutes INTEGER NOT NULL DEFAULT 0 CHECK (offset_minutes >= 0),  -- before the start
    due_at         INTEGER NOT NULL,                                          -- UTC epoch seconds
    state          TEXT NOT NULL DEFAULT 'pending'
                   CHECK (state IN ('pending', 'sent', 'skipped', 'cancelled', 'failed')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    note           TEXT,             -- why it was skipped or failed
    done_at        INTEGER,
    UNIQUE (live_id, kind, offset_minutes)
);
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
