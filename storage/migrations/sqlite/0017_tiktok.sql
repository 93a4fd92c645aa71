-- /tiktok: members connect their TikTok account (TikTok's Display API, with their consent),
-- and the bot imports their followers, their videos' numbers and their posts.

-- One connection per member and server. Exported by /privacy as it is: nothing here is secret
-- (the tokens live in tiktok_tokens, which has no user_id). handle: the @name from a video's
-- share link (the scopes asked for give no username). status: active; broken (a refresh was
-- refused: the member must connect again; told once, broken_told); removed (TikTok said the
-- authorization was removed, status_reason its reason). The sync_* switches choose what a
-- sync imports; daily_sync the automatic one. next_sync_at is the member's daily slot; a
-- process claims a due row for itself (sync_claim, until sync_claimed_until) before it
-- syncs, and advances next_sync_at in the transaction that saves the sync.
CREATE TABLE tiktok_connections (
    id                 INTEGER PRIMARY KEY,
    guild_id           INTEGER NOT NULL,
    user_id            INTEGER NOT NULL,
    open_id            TEXT NOT NULL,
    display_name       TEXT,
    handle             TEXT,
    scopes             TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'broken', 'removed')),
    status_reason      INTEGER,
    status_at          INTEGER,
    broken_told        INTEGER NOT NULL DEFAULT 0 CHECK (broken_told IN (0, 1)),
    connected_at       INTEGER NOT NULL,
    last_sync_at       INTEGER,
    last_sync_videos   INTEGER,
    sync_followers     INTEGER NOT NULL DEFAULT 1 CHECK (sync_followers IN (0, 1)),
    sync_er            INTEGER NOT NULL DEFAULT 1 CHECK (sync_er IN (0, 1)),
    sync_posts         INTEGER NOT NULL DEFAULT 1 CHECK (sync_posts IN (0, 1)),
    daily_sync         INTEGER NOT NULL DEFAULT 1 CHECK (daily_sync IN (0, 1)),
    next_sync_at       INTEGER,
    sync_claim         TEXT,
    sync_claimed_until INTEGER,
    sync_failures      INTEGER NOT NULL DEFAULT 0 CHECK (sync_failures >= 0)
);
CREATE UNIQUE INDEX tiktok_connections_member ON tiktok_connections (guild_id, user_id);
CREATE INDEX tiktok_connections_open_id ON tiktok_connections (open_id);
CREATE INDEX tiktok_connections_due ON tiktok_connections (next_sync_at)
    WHERE daily_sync = 1 AND status = 'active';

-- A connection's tokens, encrypted (Fernet, a key derived from SECRET_KEY). No user_id, so
-- /privacy never exports them; deleting the connection deletes them. A refresh rotates the
-- refresh token (the old one stops working), so one process at a time refreshes: it claims
-- the row (refresh_claim, until refresh_claimed_until) first.
CREATE TABLE tiktok_tokens (
    connection_id         INTEGER PRIMARY KEY REFERENCES tiktok_connections (id) ON DELETE CASCADE,
    guild_id              INTEGER NOT NULL,
    access_sealed         TEXT NOT NULL,
    access_expires_at     INTEGER NOT NULL,
    refresh_sealed        TEXT NOT NULL,
    refresh_expires_at    INTEGER NOT NULL,
    refresh_claim         TEXT,
    refresh_claimed_until INTEGER,
    updated_at            INTEGER NOT NULL
);

-- A consent link not yet used: valid 10 minutes, once. Only the SHA-256 of its state is kept;
-- the PKCE verifier and the token of the /tiktok connect reply (to edit it afterwards) are
-- encrypted, and columns ending in _sealed never leave in an export. browser_hash: the
-- SHA-256 of the cookie given to the browser that opened the link (the callback must come
-- from that browser).
CREATE TABLE tiktok_states (
    state_hash         TEXT NOT NULL PRIMARY KEY,
    guild_id           INTEGER NOT NULL,
    user_id            INTEGER NOT NULL,
    locale             TEXT NOT NULL,
    verifier_sealed    TEXT NOT NULL,
    interaction_sealed TEXT,
    message_id         INTEGER,
    browser_hash       TEXT,
    created_at         INTEGER NOT NULL,
    expires_at         INTEGER NOT NULL
);
CREATE INDEX tiktok_states_member ON tiktok_states (guild_id, user_id);

-- Each video a sync read, with its latest numbers (one row per video, updated by later syncs).
CREATE TABLE tiktok_videos (
    id              INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    user_id         INTEGER NOT NULL,
    video_id        TEXT NOT NULL,
    video_url       TEXT NOT NULL,
    title           TEXT,
    posted_at       INTEGER NOT NULL,
    views           INTEGER NOT NULL CHECK (views >= 0),
    likes           INTEGER NOT NULL CHECK (likes >= 0),
    comments        INTEGER NOT NULL CHECK (comments >= 0),
    shares          INTEGER NOT NULL CHECK (shares >= 0),
    first_synced_at INTEGER NOT NULL,
    synced_at       INTEGER NOT NULL
);
CREATE UNIQUE INDEX tiktok_videos_video ON tiktok_videos (guild_id, user_id, video_id);

-- Where a result or a post came from: typed by the member, or imported from TikTok.
ALTER TABLE er_results ADD COLUMN source TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed', 'tiktok'));
ALTER TABLE posts ADD COLUMN source TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed', 'tiktok'));
-- A member's ER by followers over their latest videos is one row, updated by each sync.
CREATE UNIQUE INDEX er_results_tiktok_followers ON er_results (guild_id, user_id)
    WHERE source = 'tiktok' AND basis = 'followers';
