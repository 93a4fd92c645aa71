-- A server's LIVEs have a revision (the same as SQLite's 0020_calendar_revision.sql, where
-- the column is described).
ALTER TABLE guild_settings ADD COLUMN lives_revision BIGINT NOT NULL DEFAULT 0;
