"""Week, streak and freeze arithmetic. Pure: no discord, no clock; ``now`` is passed in.

Weeks
    A week runs from Monday 00:00 to Sunday 24:00 in the creator's timezone. A week is
    named by its *key*: the proleptic Gregorian ordinal (``date.toordinal()``) of its
    Monday, so consecutive weeks differ by 7 and ISO week 53 needs no special case.

    Timezone changes: each post keeps the local day and week it had in the creator's
    zone *when it was logged* (stored with the post). A creator who moves from Oslo to
    Shanghai keeps every past week exactly as they lived it; only weeks from the move
    on follow the new zone. The current week is always taken in the creator's current
    zone; the rare post whose stored week lies after it (logged just after midnight
    before moving west) counts towards the current week.

Goals
    The goal in force for week W is the latest change made before W ends (a change
    applies from the week it was made in, in the creator's current zone). A creator's
    first goal also applies to every week before it: until then they had no goal of
    their own, and judging the weeks they back-logged by the server default would break
    a streak they kept by their own measure. Without any change, the server default.

Streaks
    Completed weeks are folded in order. A kept week (posts >= goal) adds one to the
    run; every 4 consecutive kept weeks earn a freeze (at most 2 banked). A missed week
    while a run is going spends a freeze if one is banked (the run continues, the week
    is *frozen* and adds nothing, and the 4-week count towards the next freeze starts
    again), else the run breaks. The current week adds one once it is kept and never
    breaks anything before it ends.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

WEEK = 7
FREEZE_EVERY = 4
MAX_FREEZES = 2
DEFAULT_GOAL = 3
NUDGE_HOUR = 9  # the at-risk DM goes out at 09:00 on the creator's Sunday
RECAP_WEEKDAY_HOUR = 9  # the recap goes out on Monday 09:00 in the server's timezone


@lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


# -- days and weeks ------------------------------------------------------------------


def local_day(moment: datetime, zone: str) -> int:
    """The ordinal of the calendar date ``moment`` falls on in ``zone``."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(_zone(zone)).date().toordinal()


def week_of_day(day: int) -> int:
    """The key (Monday's ordinal) of the week holding ``day``."""
    return day - (day + 6) % 7


def week_of(moment: datetime, zone: str) -> int:
    return week_of_day(local_day(moment, zone))


def day_start(day: int, zone: str) -> datetime:
    """The first instant (UTC) of the local day ``day`` in ``zone``, DST gaps included."""
    tz = _zone(zone)
    target = date.fromordinal(day)
    moment = datetime.combine(target, time(0), tzinfo=tz).astimezone(UTC)
    # Midnight may fall in a DST gap (America/Santiago): step to the day's first instant.
    while moment.astimezone(tz).date() < target:
        moment += timedelta(minutes=15)
    while (moment - timedelta(minutes=15)).astimezone(tz).date() >= target:
        moment -= timedelta(minutes=15)
    return moment


def week_start(week: int, zone: str) -> datetime:
    return day_start(week, zone)


def week_end(week: int, zone: str) -> datetime:
    """When the week ends (Sunday 24:00 local = next Monday's first instant), in UTC."""
    return day_start(week + WEEK, zone)


def iso_week(week: int) -> tuple[int, int]:
    """(ISO year, ISO week number) of a week key."""
    iso = date.fromordinal(week).isocalendar()
    return iso.year, iso.week


def monday(week: int) -> date:
    return date.fromordinal(week)


# -- goals ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Goals:
    """The weekly goal in force for any week: ``default`` until the first change."""

    default: int = DEFAULT_GOAL
    weeks: tuple[int, ...] = ()  # week keys of changes, ascending
    goals: tuple[int, ...] = ()  # the goal from that week on

    def goal_for(self, week: int) -> int:
        index = bisect.bisect_right(self.weeks, week) - 1
        return self.goals[index] if index >= 0 else self.default


# A week key before every real week (keys are ordinals of Mondays, from 1).
BEFORE_ALL_WEEKS = 0


def goal_history(changes: Iterable[tuple[datetime, int]], default: int, zone: str) -> Goals:
    """Goals from ``(moment, goal)`` changes: each applies from its week, the latest wins.

    The first change applies to the weeks before it too (see the module docstring).
    """
    ordered = sorted(changes, key=lambda change: change[0])
    by_week: dict[int, int] = {BEFORE_ALL_WEEKS: ordered[0][1]} if ordered else {}
    for moment, goal in ordered:
        by_week[week_of(moment, zone)] = goal
    weeks = tuple(sorted(by_week))
    return Goals(default, weeks, tuple(by_week[w] for w in weeks))


# -- streaks -------------------------------------------------------------------------


@dataclass(frozen=True)
class StreakState:
    """The streak after folding every completed week up to ``through_week``."""

    through_week: int | None = None
    run: int = 0
    chain: int = 0  # consecutive kept weeks towards the next freeze
    freezes: int = 0
    longest: int = 0


@dataclass
class Trace:
    """Weeks seen while folding, for charts and recaps."""

    kept: set[int] = field(default_factory=set)
    frozen: set[int] = field(default_factory=set)
    broken: set[int] = field(default_factory=set)  # missed weeks that ended a run


def _keep(state: StreakState, week: int, trace: Trace | None) -> StreakState:
    run = state.run + 1
    chain = state.chain + 1
    freezes = state.freezes
    if chain == FREEZE_EVERY:
        chain = 0
        freezes = min(MAX_FREEZES, freezes + 1)
    if trace is not None:
        trace.kept.add(week)
    return StreakState(week, run, chain, freezes, max(state.longest, run))


def _miss(state: StreakState, week: int, trace: Trace | None) -> StreakState:
    if state.run > 0 and state.freezes > 0:
        if trace is not None:
            trace.frozen.add(week)
        return StreakState(week, state.run, 0, state.freezes - 1, state.longest)
    if trace is not None and state.run > 0:
        trace.broken.add(week)
    return StreakState(week, 0, 0, 0, state.longest)


def _skip_missed(state: StreakState, first: int, last: int, trace: Trace | None) -> StreakState:
    """Weeks ``first``..``last`` (inclusive keys) without posts. Cost bounded by the freezes."""
    week = first
    while week <= last:
        if state.run == 0:
            return replace(state, through_week=last, chain=0)
        state = _miss(state, week, trace)
        week += WEEK
    return state


def fold(
    state: StreakState,
    counts: Mapping[int, int],
    goals: Goals,
    until_week: int,
    trace: Trace | None = None,
) -> StreakState:
    """Fold the completed weeks after ``state.through_week`` and before ``until_week``.

    ``counts`` maps week keys to posts (weeks without posts may be absent). Work is
    proportional to the weeks with posts, not to the weeks elapsed.
    """
    after = state.through_week
    weeks = sorted(w for w in counts if w < until_week and (after is None or w > after))
    for week in weeks:
        if state.through_week is not None and week > state.through_week + WEEK:
            state = _skip_missed(state, state.through_week + WEEK, week - WEEK, trace)
        if counts[week] >= goals.goal_for(week):
            state = _keep(state, week, trace)
        else:
            state = _miss(state, week, trace)
    if state.through_week is not None and state.through_week < until_week - WEEK:
        state = _skip_missed(state, state.through_week + WEEK, until_week - WEEK, trace)
    return state


@dataclass(frozen=True)
class Streak:
    """What a creator sees: the streak as of ``week`` (the current week)."""

    week: int
    current: int
    longest: int
    freezes: int
    posts_this_week: int
    goal: int

    @property
    def kept_this_week(self) -> bool:
        return self.posts_this_week >= self.goal

    @property
    def left_this_week(self) -> int:
        return max(0, self.goal - self.posts_this_week)


def this_week_posts(counts: Mapping[int, int], week: int) -> int:
    """Posts in the current week (posts keyed after it, after a move west, count too)."""
    return sum(n for w, n in counts.items() if w >= week)


def finish(
    state: StreakState,
    counts: Mapping[int, int],
    goals: Goals,
    week: int,
    trace: Trace | None = None,
) -> Streak:
    """Add the current week ``week`` to a state folded up to the week before it."""
    posts = this_week_posts(counts, week)
    goal = goals.goal_for(week)
    current, longest, freezes = state.run, state.longest, state.freezes
    if posts >= goal:
        kept = _keep(state, week, trace)
        current, longest, freezes = kept.run, kept.longest, kept.freezes
    return Streak(week, current, longest, freezes, posts, goal)


def streak(
    counts: Mapping[int, int], goals: Goals, week: int, trace: Trace | None = None
) -> Streak:
    """The streak as of the current week ``week`` from a creator's whole history."""
    return finish(fold(StreakState(), counts, goals, week, trace), counts, goals, week, trace)


def week_counts(days: Iterable[int]) -> dict[int, int]:
    """Posts per week key from the local days of posts."""
    counts: dict[int, int] = {}
    for day in days:
        key = week_of_day(day)
        counts[key] = counts.get(key, 0) + 1
    return counts


# -- recap and nudge -----------------------------------------------------------------


@dataclass(frozen=True)
class RecapEntry:
    user_id: int
    kept: bool
    frozen: bool
    streak: int
    new_best: bool


def recap_entry(
    user_id: int, counts: Mapping[int, int], goals: Goals, week: int, current_week: int
) -> RecapEntry:
    """How ``week`` went for a creator whose current week is ``current_week``.

    When the creator's ``week`` is not over yet (far west of UTC on Monday morning),
    it only counts once kept; it cannot be frozen yet.
    """
    before = fold(StreakState(), counts, goals, week)
    if week >= current_week:
        posts = this_week_posts(counts, week)
        if posts >= goals.goal_for(week):
            after = _keep(before, week, None)
            best = after.run >= 2 and after.run > before.longest
            return RecapEntry(user_id, True, False, after.run, best)
        return RecapEntry(user_id, False, False, before.run, False)
    trace = Trace()
    after = fold(before, counts, goals, week + WEEK, trace)
    kept = week in trace.kept
    best = kept and after.run >= 2 and after.run > before.longest
    return RecapEntry(user_id, kept, week in trace.frozen, after.run, best)


def recap_week(now: datetime, zone: str = "UTC") -> int:
    """The week a recap sent during ``now``'s week in the server's ``zone`` reports on
    (the week before)."""
    return week_of(now, zone) - WEEK


def recap_due(week: int, zone: str = "UTC") -> datetime:
    """When the recap of ``week`` is due: the following Monday 09:00 in ``zone``."""
    monday = date.fromordinal(week + WEEK)
    return datetime.combine(monday, time(RECAP_WEEKDAY_HOUR), tzinfo=_zone(zone)).astimezone(UTC)


def nudge_due(week: int, zone: str) -> datetime:
    """Sunday 09:00 local of ``week`` (a DST gap moves it to the first valid minute)."""
    sunday = week + 6
    start = day_start(sunday, zone)
    wall = datetime.combine(date.fromordinal(sunday), time(NUDGE_HOUR), tzinfo=_zone(zone))
    moment = wall.astimezone(UTC)
    return max(moment, start)


def next_nudge(now: datetime, zone: str, sent_weeks: Sequence[int]) -> tuple[int, datetime]:
    """(week, moment) of the creator's next nudge at or after ``now`` not already sent.

    A nudge whose moment passed earlier in the same week is still due (sent late, e.g.
    after a restart) until the week ends.
    """
    week = week_of(now, zone)
    while week in sent_weeks:
        week += WEEK
    return week, nudge_due(week, zone)


def progress_bar(posts: int, goal: int, width: int = 21) -> str:
    """``■■□ 2/3``: one square per post of the goal (the count says if it was beaten)."""
    shown = min(goal, width)
    filled = min(posts, shown)
    return "■" * filled + "□" * (shown - filled) + f" {posts}/{goal}"


# -- leaderboards --------------------------------------------------------------------


def ranked(values: Mapping[int, int]) -> list[tuple[int, int, int]]:
    """(rank, user_id, value) for positive values, best first; ties share a rank."""
    ordered = sorted(((v, u) for u, v in values.items() if v > 0), key=lambda p: (-p[0], p[1]))
    result: list[tuple[int, int, int]] = []
    previous: int | None = None
    rank = 0
    for position, (value, user) in enumerate(ordered, start=1):
        if value != previous:
            rank, previous = position, value
        result.append((rank, user, value))
    return result


def month_bounds(day: int) -> tuple[int, int]:
    """First and last day ordinals of the month holding ``day``."""
    first = date.fromordinal(day).replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first.toordinal(), following.toordinal() - 1
