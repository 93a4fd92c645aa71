-- A server's LIVEs have a revision: a count that every change of one of its LIVEs (saved,
-- moved, cancelled, ended, its announcement or event recorded) raises by one, in the same
-- transaction. The calendar feed keeps the file it built for a server with the revision it
-- was built from and reads the revision (beside the feed's secret, one indexed read) on
-- every request: a file older than the server's LIVEs is never served, whichever process
-- changed them.
ALTER TABLE guild_settings ADD COLUMN lives_revision INTEGER NOT NULL DEFAULT 0;
