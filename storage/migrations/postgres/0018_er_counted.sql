-- Which results count in statistics, written once (as SQLite's 0018_er_counted.sql): the
-- view storage.er reads through, and the function that flags each member's latest counted
-- result reads it too.
CREATE VIEW er_results_counted AS
    SELECT * FROM er_results
    WHERE basis <> 'views' OR likes + comments + COALESCE(shares, 0) <= views OR confirmed = 1;

CREATE OR REPLACE FUNCTION er_results_flag_latest(g BIGINT, u BIGINT, b TEXT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(g);
    UPDATE er_results SET latest = 0
    WHERE guild_id = g AND user_id = u AND basis = b AND latest = 1;
    UPDATE er_results SET latest = 1
    WHERE id = (SELECT id FROM er_results_counted
                WHERE guild_id = g AND user_id = u AND basis = b
                ORDER BY created_at DESC, id DESC LIMIT 1);
END;
$$;
