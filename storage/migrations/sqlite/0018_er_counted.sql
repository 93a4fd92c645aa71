-- Which results count in statistics, written once: a result by views with more interactions
-- than views counts only once the member confirmed it (storage.er reads through this view,
-- and so do the triggers that flag each member's latest counted result, migration 0014,
-- which spelled the rule out in each of them). The view lists er_results' columns as they
-- are now: a migration that adds one recreates it.
CREATE VIEW er_results_counted AS
    SELECT * FROM er_results
    WHERE basis <> 'views' OR likes + comments + COALESCE(shares, 0) <= views OR confirmed = 1;

DROP TRIGGER er_results_latest_insert;
DROP TRIGGER er_results_latest_update;
DROP TRIGGER er_results_latest_delete;

-- The latest counted result (newest created_at, then highest id) of the member and basis a
-- change touched carries latest = 1; the statements below say that for NEW and for OLD.
CREATE TRIGGER er_results_latest_insert AFTER INSERT ON er_results
BEGIN
    UPDATE er_results SET latest = 0
    WHERE guild_id = NEW.guild_id AND user_id = NEW.user_id AND basis = NEW.basis AND latest = 1;
    UPDATE er_results SET latest = 1
    WHERE id = (SELECT id FROM er_results_counted
                WHERE guild_id = NEW.guild_id AND user_id = NEW.user_id AND basis = NEW.basis
                ORDER BY created_at DESC, id DESC LIMIT 1);
END;

CREATE TRIGGER er_results_latest_update
AFTER UPDATE OF id, guild_id, user_id, basis, views, likes, comments, shares, confirmed,
                created_at ON er_results
BEGIN
    UPDATE er_results SET latest = 0
    WHERE guild_id = OLD.guild_id AND user_id = OLD.user_id AND basis = OLD.basis AND latest = 1;
    UPDATE er_results SET latest = 1
    WHERE id = (SELECT id FROM er_results_counted
                WHERE guild_id = OLD.guild_id AND user_id = OLD.user_id AND basis = OLD.basis
                ORDER BY created_at DESC, id DESC LIMIT 1);
    UPDATE er_results SET latest = 0
    WHERE guild_id = NEW.guild_id AND user_id = NEW.user_id AND basis = NEW.basis AND latest = 1;
    UPDATE er_results SET latest = 1
    WHERE id = (SELECT id FROM er_results_counted
                WHERE guild_id = NEW.guild_id AND user_id = NEW.user_id AND basis = NEW.basis
                ORDER BY created_at DESC, id DESC LIMIT 1);
END;

CREATE TRIGGER er_results_latest_delete AFTER DELETE ON er_results WHEN OLD.latest = 1
BEGIN
    UPDATE er_results SET latest = 1
    WHERE id = (SELECT id FROM er_results_counted
                WHERE guild_id = OLD.guild_id AND user_id = OLD.user_id AND basis = OLD.basis
                ORDER BY created_at DESC, id DESC LIMIT 1);
END;
