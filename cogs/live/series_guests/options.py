"""A series' typed options read and checked: ``until`` (a last day) and ``alternate_when``
(the second slot), in the zone the first show's time was read in. A refusal changes
nothing and says how to put it right, in the member's language."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, cast
from zoneinfo import ZoneInfo

from bot.errors import BadInput
from bot.timeparse import parse_when
from cogs.live.common.logic import Draft
from cogs.live.series_guests.recurrence import (
    INTERVAL_WEEKS,
    Repeat,
    alternate_in_its_week,
    alternate_problem,
    alternate_week,
    moment,
    problem,
    weekday_alone,
)

if TYPE_CHECKING:
    from bot.i18n import Messages


def last_day(text: str, now: datetime, zone: str) -> date:
    """``until``: a date, or a moment whose date counts (read in ``zone``)."""
    try:
        return parse_when(text, now, zone).local.date()
    except BadInput as error:
        if error.key != "error-time-needs-clock":
            raise
        return parse_when(f"{text} 23:59", now, zone).local.date()


def shown(t: Messages, wall: datetime) -> str:
    """A show's wall time in the reader's words: ``Sat, Dec 12, 4:00 PM``, ``lør. 12. des. 16:00``."""
    return f"{t.skeleton(wall, 'MMMEd')} {t.time(wall)}"


def alternate_wall(
    text: str, first_wall: datetime, repeat: Repeat, now: datetime, zone: str
) -> datetime:
    """The wall time of the alternate slot: a weekday typed alone is that weekday of the
    week one interval after the first show's; anything else is read as typed."""
    alone = weekday_alone(text, now)
    if alone is not None:
        return alternate_in_its_week(first_wall, *alone, repeat)
    return parse_when(text, now, zone).local.replace(tzinfo=None)


def with_series(
    t: Messages,
    draft: Draft,
    zone: str,
    now: datetime,
    latest: datetime,
    *,
    until: str | None,
    alternate: str | None,
) -> Draft:
    """The draft with its repeat options read and checked (a refusal changes nothing);
    ``latest``: the last moment a show may fall on."""
    final = last_day(until, now, zone) if until is not None else None
    repeat = cast("Repeat | None", draft.repeat)
    key = problem(repeat, draft.count, final, draft.starts_at, alternate is not None, latest)
    if key:
        raise BadInput(key)
    second = None
    if alternate is not None:
        assert repeat is not None
        first_wall = draft.starts_at.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        wall = alternate_wall(alternate, first_wall, repeat, now, zone)
        key = alternate_problem(first_wall, wall, repeat)
        if key:
            example = alternate_in_its_week(first_wall, wall.weekday(), wall.time(), repeat)
            raise BadInput(
                key,
                alternate=shown(t, wall),
                first=shown(t, first_wall),
                week=t.skeleton(alternate_week(first_wall, repeat), "MMMd"),
                weeks=INTERVAL_WEEKS[repeat],
                example=f"{example:%Y-%m-%d %H:%M}",
            )
        second = moment(wall, zone)
    return replace(draft, until=final, alternate_starts_at=second)
