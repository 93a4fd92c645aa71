-- Servers the bot left or was removed from (GUILD_DELETE without "unavailable").
--
-- A server's data is kept for RETENTION_DAYS after the bot left, so that inviting the bot
-- back restores it; then a scheduled purge deletes every row of the server, this one last.
-- left_at is the moment of the first GUILD_DELETE (a repeated one keeps it); it is NULL
-- while the bot is in the server, and set back to NULL when the bot is there again (a
-- re-invite within the retention, a GUILD_CREATE). While it is set the server is gone
-- for everything public: its calendar feed answers 404, nothing scheduled is sent for it.
-- The purge is claimed like other scheduled work: claimed_by, claimed_until (a lease).
ALTER TABLE guild_settings ADD COLUMN left_at INTEGER;       -- UTC epoch seconds; NULL: present
ALTER TABLE guild_settings ADD COLUMN claimed_by TEXT;       -- the process purging it now
ALTER TABLE guild_settings ADD COLUMN claimed_until INTEGER; -- UTC epoch seconds; NULL: free
-- The servers that left (few), for the next purge due.
CREATE INDEX guild_settings_left ON guild_settings (left_at) WHERE left_at IS NOT NULL;
