-- Saved engagement-rate calculations (/er views, /er followers).
CREATE TABLE er_results (
    id         INTEGER PRIMARY KEY,
    guild_id   INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    basis      TEXT NOT NULL CHECK (basis IN ('views', 'followers')),
    rate       REAL NOT NULL CHECK (rate >= 0),      -- percent, unrounded
    rate_with_saves REAL,                            -- percent, when saves were given
    views      INTEGER CHECK (views IS NULL OR views > 0),
    likes      INTEGER NOT NULL CHECK (likes >= 0),
    comments   INTEGER NOT NULL CHECK (comments >= 0),
    shares     INTEGER CHECK (shares IS NULL OR shares >= 0),
    saves      INTEGER CHECK (saves IS NULL OR saves >= 0),
    posts      INTEGER CHECK (posts IS NULL OR posts > 0),
    followers  INTEGER CHECK (followers IS NULL OR followers >= 0),  -- at the time
    video_url  TEXT,                                 -- canonical link, or NULL
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
-- The same video logged twice updates its row (NULL videos never collide).
CREATE UNIQUE INDEX er_results_video ON er_results (guild_id, user_id, video_url);
-- History per member, and the latest result per member for community percentiles.
CREATE INDEX er_results_member ON er_results (guild_id, user_id, basis, created_at);
CREATE INDEX er_results_guild ON er_results (guild_id, basis, followers);
