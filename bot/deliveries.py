"""Every kind of message the bot sends on a schedule, named once, with the rules it keeps.

A kind says which feature plans and sends it, when it falls due, whether a passing Discord
failure is tried again (and after which pauses), and what it means to find it late, after
the bot was down: from which moment on it is skipped, and the note its record keeps. A
feature's scheduler asks these rules instead of spelling them out itself:

- LIVE deliveries (``cogs/live/reminders``): rows of ``live_deliveries``; their triage
  (``cogs.live.reminders.logic.triage``) and retries follow ``RULES``;
- the weekly streak recap and the at-risk nudges (``cogs/streaks/recap.py``): claimed in
  their own tables; the recap is skipped as late by its rule, a nudge is only ever
  offered for a week not yet over (``next_nudge``; a test holds it to its rule), and
  neither is tried again once Discord refused it;
- the purge of a server the bot left (``cogs/config/leaving.py``): claimed on the server's
  ``guild_settings`` row (``storage.servers``), never late (it is always done, once), and
  not a message: nothing is sent to Discord, so nothing is retried after a refusal (a
  purge that failed is taken over when its claim runs out);
- the daily TikTok sync of a connected member (``cogs/tiktok/daily.py``): claimed on the
  connection's row, never late (a day missed while the bot was down is synced once when it
  is back, not once per day missed), and not a message either: TikTok failing moves it
  later by its own growing pause (``cogs.tiktok.logic.backoff``, never given up) and a 429
  pauses every sync, so no Discord retry applies.

``RULES`` is built by ``_rule`` over ``Kind`` with ``assert_never``: a new kind does not
type-check until it has its rules. Each loaded feature names the kinds its scheduler sends
(``Senders.provide``), and a test checks that, with every feature loaded, each kind has one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, assert_never, get_args

from storage.deliveries import Kind as LiveKind

# The LIVE kinds are the values of ``live_deliveries.kind`` (storage.deliveries.Kind).
Kind = Literal[LiveKind, "recap", "nudge", "purge", "tiktok_sync"]
KINDS: tuple[Kind, ...] = get_args(Kind)
LIVE_KINDS: tuple[LiveKind, ...] = get_args(LiveKind)

# Pauses before each new attempt after a passing Discord failure (429, 5xx, a dropped
# connection): five attempts in all, then the item is given up as failed.
DISCORD_PAUSES = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
)
PROMPT_AFTER = timedelta(hours=1)  # "How did it go?" this long after a LIVE's end
A_DAY = timedelta(days=1)

Anchor = Literal["live_start", "live_end", "due", "period_end"]


@dataclass(frozen=True)
class Late:
    """An item found due is skipped, with ``note``, from ``at`` on (with no ``grace``) or
    once it is more than ``grace`` past ``at``."""

    at: Anchor
    note: str
    grace: timedelta = timedelta(0)


@dataclass(frozen=True)
class Rule:
    feature: str  # the feature package whose scheduler plans and sends it
    planned: str  # when it falls due
    late: Late | None  # None: never late, it is always done
    retry: tuple[timedelta, ...]  # pauses between attempts; empty: never tried again
    latest_only: bool = False  # of several found due for one subject, only the latest is sent


def _rule(kind: Kind) -> Rule:
    match kind:
        case "reminder":
            return Rule(
                "cogs.live",
                "each reminder offset before the LIVE's start",
                Late("live_start", "the LIVE had started"),
                DISCORD_PAUSES,
                latest_only=True,
            )
        case "start":
            return Rule(
                "cogs.live",
                "at the LIVE's start",
                Late("live_end", "the LIVE had ended"),
                DISCORD_PAUSES,
            )
        case "end":
            return Rule("cogs.live", "at the LIVE's end", None, DISCORD_PAUSES)
        case "prompt":
            return Rule(
                "cogs.live",
                "an hour after the LIVE's end",
                Late("live_end", "too late to ask", PROMPT_AFTER + A_DAY),
                DISCORD_PAUSES,
            )
        case "recap":
            return Rule(
                "cogs.streaks",
                "Monday 09:00 in the server's timezone",
                Late("due", "more than a day late", A_DAY),
                (),
            )
        case "nudge":
            return Rule(
                "cogs.streaks",
                "Sunday 09:00 of the member's own week",
                Late("period_end", "its week had ended"),
                (),
            )
        case "purge":
            return Rule("cogs.config", "RETENTION_DAYS after the bot left the server", None, ())
        case "tiktok_sync":
            return Rule("cogs.tiktok", "once a day at the connection's own minute", None, ())
        case _:
            assert_never(kind)


RULES: Mapping[Kind, Rule] = {kind: _rule(kind) for kind in KINDS}


@dataclass(frozen=True)
class Moments:
    """The moments an item's lateness is measured against (those its kind needs)."""

    due: datetime
    live_start: datetime | None = None
    live_end: datetime | None = None
    period_end: datetime | None = None


def late_note(kind: Kind, now: datetime, moments: Moments) -> str | None:
    """Why an item of ``kind`` found due at ``now`` is skipped, or None when it is sent."""
    late = RULES[kind].late
    if late is None:
        return None
    anchor = {
        "live_start": moments.live_start,
        "live_end": moments.live_end,
        "due": moments.due,
        "period_end": moments.period_end,
    }[late.at]
    if anchor is None:
        raise ValueError(f"a {kind} is late against its {late.at}, which was not given")
    deadline = anchor + late.grace
    past = now > deadline if late.grace else now >= deadline
    return late.note if past else None


def retry_pause(kind: Kind, attempts: int) -> timedelta | None:
    """How long to wait before trying an item again after ``attempts`` failed tries, or
    None when it is given up (or its kind is never tried again)."""
    rule = RULES.get(kind)
    pauses = rule.retry if rule is not None else ()  # a kind this version does not know
    return pauses[attempts] if attempts < len(pauses) else None


class Senders:
    """Which loaded feature sends each kind: each names its kinds when it loads."""

    def __init__(self) -> None:
        self._owners: dict[Kind, str] = {}

    def provide(self, feature: str, kinds: Iterable[Kind]) -> None:
        for kind in kinds:
            owner = self._owners.get(kind)
            if owner not in (None, feature):
                raise ValueError(f"{feature} sends {kind}, which {owner} sends already")
            self._owners[kind] = feature

    def withdraw(self, feature: str) -> None:
        self._owners = {k: owner for k, owner in self._owners.items() if owner != feature}

    def sender(self, kind: Kind) -> str | None:
        return self._owners.get(kind)

    def unsent(self) -> list[Kind]:
        """Kinds no loaded feature sends."""
        return [kind for kind in KINDS if kind not in self._owners]
