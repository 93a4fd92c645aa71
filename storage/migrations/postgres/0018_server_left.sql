-- Servers the bot left or was removed from (the same as SQLite's 0018_server_left.sql,
-- where the column is described).
ALTER TABLE guild_settings ADD COLUMN left_at BIGINT;
