-- A recap found more than a day after it was due (the bot was down, or the recap channel
-- was set mid-week) is not posted: it is recorded as 'skipped', so it is logged once.
CREATE TABLE streak_recaps_new (
    guild_id   INTEGER NOT NULL,
    week       INTEGER NOT NULL,
    channel_id INTEGER,
    status     TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'empty', 'failed', 'skipped')),
    sent_at    INTEGER NOT NULL,
    PRIMARY KEY (guild_id, week)
);
INSERT INTO streak_recaps_new (guild_id, week, channel_id, status, sent_at)
    SELECT guild_id, week, channel_id, status, sent_at FROM streak_recaps;
DROP TABLE streak_recaps;
ALTER TABLE streak_recaps_new RENAME TO streak_recaps;
