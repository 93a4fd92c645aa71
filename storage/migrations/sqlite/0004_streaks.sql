-- Posting streaks (/post, /streak): logged posts, a per-member streak summary cache,
-- the weekly recap log and the at-risk nudge opt-in and log.
--
-- Each post keeps the creator's timezone at logging time and the local calendar day
-- and week it fell on there (`local_day` = proleptic Gregorian ordinal of the local
-- date, `week` = `local_day` of that week's Monday). A post's week never moves when
-- the creator later changes timezone, and counting posts per week is a plain GROUP BY.
CREATE TABLE posts (
    id         INTEGER PRIMARY KEY,
    guild_id   INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    video_url  TEXT,                    -- canonical TikTok link, or NULL
    posted_at  INTEGER NOT NULL,        -- UTC epoch seconds
    timezone   TEXT NOT NULL,           -- IANA zone the local day/week were computed in
    local_day  INTEGER NOT NULL,
    week       INTEGER NOT NULL CHECK ((week + 6) % 7 = 0 AND week <= local_day AND local_day - week < 7),
    logged_at  INTEGER NOT NULL
);
-- The same video once per member and server (NULL links never collide).
CREATE UNIQUE INDEX posts_video ON posts (guild_id, user_id, video_url);
CREATE INDEX posts_member_week ON posts (guild_id, user_id, week);
CREATE INDEX posts_member_time ON posts (guild_id, user_id, posted_at);
CREATE INDEX posts_guild_day ON posts (guild_id, local_day, user_id);

-- The streak state after folding every completed week up to `through_week` (a cache
-- for the leaderboard; rebuilt from `posts` whenever `dirty`, or when the timezone or
-- server default goal it was computed with changed).
CREATE TABLE streak_summaries (
    guild_id     INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    dirty        INTEGER NOT NULL DEFAULT 1,
    through_week INTEGER,               -- NULL: nothing folded yet
    run          INTEGER NOT NULL DEFAULT 0,
    chain        INTEGER NOT NULL DEFAULT 0,
    freezes      INTEGER NOT NULL DEFAULT 0,
    longest      INTEGER NOT NULL DEFAULT 0,
    timezone     TEXT,
    default_goal INTEGER,
    version      INTEGER NOT NULL DEFAULT 0,  -- bumped by every change to the posts
    computed_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);

-- One weekly recap per server and week (`week` = the recapped UTC week's Monday ordinal).
CREATE TABLE streak_recaps (
    guild_id   INTEGER NOT NULL,
    week       INTEGER NOT NULL,
    channel_id INTEGER,
    status     TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'empty', 'failed')),
    sent_at    INTEGER NOT NULL,
    PRIMARY KEY (guild_id, week)
);

-- Members who asked for the at-risk DM, with the language to write it in.
CREATE TABLE streak_nudge_optins (
    guild_id   INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    locale     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);

-- At most one nudge per member and week (`week` in the member's timezone).
CREATE TABLE streak_nudges_sent (
    guild_id  INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    week      INTEGER NOT NULL,
    outcome   TEXT NOT NULL CHECK (outcome IN ('sent', 'dm_closed', 'kept')),
    sent_at   INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, week)
);
