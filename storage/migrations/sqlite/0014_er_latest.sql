-- Each member's latest counted result per basis, flagged on its row (latest = 1), so community
-- standing counts one indexed row per member instead of finding every member's latest result.
--
-- "Latest" is the newest created_at, then the highest id, among the member's results of that
-- basis in that server that count (storage.er.COUNTED: a result by views with more interactions
-- than views counts only once confirmed). The triggers below keep the flag current in the same
-- statement as every insert, update and delete of er_results, whichever code runs it. They
-- spell out the COUNTED rule as it is here: a change to that rule needs a migration that
-- recreates them and sets the flag again.
ALTER TABLE er_results ADD COLUMN latest INTEGER NOT NULL DEFAULT 0 CHECK (latest IN (0, 1));

UPDATE er_results SET latest = 1
WHERE id IN (
    SELECT (
        SELECT n.id FROM er_results AS n
        WHERE n.guild_id = k.guild_id AND n.user_id = k.user_id AND n.basis = k.basis
          AND (n.basis <> 'views' OR n.likes + n.comments + COALESCE(n.shares, 0) <= n.views
               OR n.confirmed = 1)
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT 1
    )
    FROM (SELECT DISTINCT guild_id, user_id, basis FROM er_results) AS k
);

-- Standing: a range over followers within (server, basis), one entry per member. The
-- triggers: the flagged row of one member and basis, found at once. Both end in `latest` so
-- SQLite reads them without the table and picks the second for a member's row.
CREATE INDEX er_results_latest ON er_results (guild_id, basis, followers, rate, user_id, latest)
    WHERE latest = 1;
CREATE INDEX er_results_latest_member ON er_results (guild_id, user_id, basis, latest)
    WHERE latest = 1;

CREATE TRIGGER er_results_latest_insert AFTER INSERT ON er_results
BEGIN
    UPDATE er_results SET latest = 0
    WHERE guild_id = NEW.guild_id AND user_id = NEW.user_id AND basis = NEW.basis AND latest = 1;
    UPDATE er_results SET latest = 1
    WHERE id = (
        SELECT n.id FROM er_results AS n
        WHERE n.guild_id = NEW.guild_id AND n.user_id = NEW.user_id AND n.basis = NEW.basis
          AND (n.basis <> 'views' OR n.likes + n.comments + COALESCE(n.shares, 0) <= n.views
               OR n.confirmed = 1)
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT 1
    );
END;

-- Any change that can move the latest result (a saved video re-saved with new numbers, a
-- result confirmed); the result's old member and basis and its new ones are both set again.
CREATE TRIGGER er_results_latest_update
AFTER UPDATE OF id, guild_id, user_id, basis, views, likes, comments, shares, confirmed,
                created_at ON er_results
BEGIN
    UPDATE er_results SET latest = 0
    WHERE guild_id = OLD.guild_id AND user_id = OLD.user_id AND basis = OLD.basis AND latest = 1;
    UPDATE er_results SET latest = 1
    WHERE id = (
        SELECT n.id FROM er_results AS n
        WHERE n.guild_id = OLD.guild_id AND n.user_id = OLD.user_id AND n.basis = OLD.basis
          AND (n.basis <> 'views' OR n.likes + n.comments + COALESCE(n.shares, 0) <= n.views
               OR n.confirmed = 1)
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT 1
    );
    UPDATE er_results SET latest = 0
    WHERE guild_id = NEW.guild_id AND user_id = NEW.user_id AND basis = NEW.basis AND latest = 1;
    UPDATE er_results SET latest = 1
    WHERE id = (
        SELECT n.id FROM er_results AS n
        WHERE n.guild_id = NEW.guild_id AND n.user_id = NEW.user_id AND n.basis = NEW.basis
          AND (n.basis <> 'views' OR n.likes + n.comments + COALESCE(n.shares, 0) <= n.views
               OR n.confirmed = 1)
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT 1
    );
END;

-- Deleting the latest result (one result, or all of a member's data) hands the flag to the
-- member's next latest counted result, if any is left.
CREATE TRIGGER er_results_latest_delete AFTER DELETE ON er_results WHEN OLD.latest = 1
BEGIN
    UPDATE er_results SET latest = 1
    WHERE id = (
        SELECT n.id FROM er_results AS n
        WHERE n.guild_id = OLD.guild_id AND n.user_id = OLD.user_id AND n.basis = OLD.basis
          AND (n.basis <> 'views' OR n.likes + n.comments + COALESCE(n.shares, 0) <= n.views
               OR n.confirmed = 1)
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT 1
    );
END;
