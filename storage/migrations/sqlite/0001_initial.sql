-- Base tables: server settings, members, and the command-sync hash.
-- Conventions for every table that follows:
--   * a row that belongs to a server has guild_id; every query filters on it;
--   * a row that belongs to a member also has user_id: /privacy finds such tables
--     from the schema and exports or deletes them without a hand-written list;
--   * moments are UTC epoch seconds (INTEGER); a member's timezone is an IANA name.

CREATE TABLE guild_settings (
    guild_id            INTEGER PRIMARY KEY,
    language            TEXT CHECK (language IN ('en-US', 'zh-CN', 'no')),
    live_channel_id     INTEGER,
    recap_channel_id    INTEGER,
    mod_role_id         INTEGER,
    reminder_offsets    TEXT,            -- JSON list of minutes before a LIVE, e.g. [1440, 60, 15]
    default_weekly_goal INTEGER NOT NULL DEFAULT 3 CHECK (default_weekly_goal BETWEEN 1 AND 21),
    benchmark_set       TEXT,
    updated_at          INTEGER NOT NULL
);

CREATE TABLE members (
    guild_id             INTEGER NOT NULL,
    user_id              INTEGER NOT NULL,
    timezone             TEXT,
    timezone_updated_at  INTEGER,
    tiktok_handle        TEXT,
    tiktok_updated_at    INTEGER,
    followers            INTEGER CHECK (followers IS NULL OR followers >= 0),
    followers_updated_at INTEGER,
    weekly_goal          INTEGER CHECK (weekly_goal IS NULL OR weekly_goal BETWEEN 1 AND 21),
    weekly_goal_updated_at INTEGER,
    created_at           INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);

CREATE TABLE command_sync (
    scope     TEXT PRIMARY KEY,          -- 'global'
    hash      TEXT NOT NULL,
    synced_at INTEGER NOT NULL
);
