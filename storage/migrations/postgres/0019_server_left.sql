-- Servers the bot left or was removed from (the same as SQLite's 0019_server_left.sql,
-- where the columns are described): kept RETENTION_DAYS, then purged once.
ALTER TABLE guild_settings ADD COLUMN left_at BIGINT;
ALTER TABLE guild_settings ADD COLUMN claimed_by TEXT;
ALTER TABLE guild_settings ADD COLUMN claimed_until BIGINT;
CREATE INDEX guild_settings_left ON guild_settings (left_at) WHERE left_at IS NOT NULL;
