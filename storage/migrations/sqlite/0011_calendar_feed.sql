-- The subscribable calendar feed of a server's LIVEs: its address carries this secret,
-- which a manager can rotate (the old address then answers 404).
ALTER TABLE guild_settings ADD COLUMN calendar_secret TEXT;
CREATE UNIQUE INDEX guild_settings_calendar_secret ON guild_settings (calendar_secret)
    WHERE calendar_secret IS NOT NULL;
