-- Servers the bot left or was removed from (GUILD_DELETE without "unavailable").
--
-- left_at is the moment the bot left; NULL while the bot is in the server. While it is set
-- the server is gone for everything public: its calendar feed answers 404.
ALTER TABLE guild_settings ADD COLUMN left_at INTEGER;       -- UTC epoch seconds; NULL: present
