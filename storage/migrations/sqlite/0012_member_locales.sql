-- Each member's language as their latest interaction with the bot showed it: DMs to them
-- use it, and a server's public posts follow the language most of its members used lately.
CREATE TABLE member_locales (
    guild_id INTEGER NOT NULL,
    user_id  INTEGER NOT NULL,
    locale   TEXT NOT NULL CHECK (locale IN ('en-US', 'zh-CN', 'no')),
    seen_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
CREATE INDEX member_locales_recent ON member_locales (guild_id, seen_at);
