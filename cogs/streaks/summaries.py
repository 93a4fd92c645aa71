"""A creator as streak maths sees them, and their summary brought up to the current week.

Shared by the service (one creator at a time) and the leaderboards (a server at once).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cogs.streaks import logic
from storage.database import to_epoch
from storage.streaks import StreakSummary


@dataclass(frozen=True)
class Creator:
    """What streak maths needs to know about one member right now."""

    user_id: int
    zone: str
    zone_set: bool
    goals: logic.Goals
    week: int  # the current week in ``zone``


def week_span(week: int, zone: str) -> tuple[int, int]:
    """The week's first instant and the next week's, UTC epoch seconds, in ``zone``."""
    return to_epoch(logic.week_start(week, zone)), to_epoch(logic.week_end(week, zone))


def summarise(
    cached: StreakSummary,
    counts: dict[int, int],
    creator: Creator,
    default: int,
    span: tuple[int, int],
) -> StreakSummary:
    """The summary of every week before the creator's current one, and of that week."""
    week = creator.week
    state = logic.fold(logic.StreakState(), counts, creator.goals, week)
    through = week - logic.WEEK
    goals = creator.goals
    # Any goal change makes the summary dirty, so this goal holds for every later week too;
    # unless a change is keyed after this week (the clock went back): then only a rebuild
    # can tell.
    goal = goals.goal_for(week) if not goals.weeks or goals.weeks[-1] <= week else None
    return replace(
        cached,
        dirty=False,
        through_week=through if state.through_week is None else state.through_week,
        run=state.run,
        chain=state.chain,
        freezes=state.freezes,
        longest=state.longest,
        timezone=creator.zone,
        default_goal=default,
        week_starts_at=span[0],
        week_ends_at=span[1],
        week_posts=counts.get(week, 0),
        later_posts=sum(n for w, n in counts.items() if w > week),
        week_goal=goal,
    )
