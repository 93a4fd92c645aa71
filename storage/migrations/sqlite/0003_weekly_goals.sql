-- Every change of a member's weekly posting goal, so past weeks are judged by the
-- goal in force then. A change applies to the week (in the member's timezone) in
-- which it was made, and to every later week until the next change.
CREATE TABLE weekly_goal_changes (
    id         INTEGER PRIMARY KEY,
    guild_id   INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    goal       INTEGER NOT NULL CHECK (goal BETWEEN 1 AND 21),
    changed_at INTEGER NOT NULL
);
CREATE INDEX weekly_goal_changes_member ON weekly_goal_changes (guild_id, user_id, changed_at);
