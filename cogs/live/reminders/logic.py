"""Pure rules of a LIVE's scheduled messages (no discord, no clock: ``now`` is passed in).

- ``plan``: one reminder per offset before the start, a "starting now" post at the start,
  the end of the LIVE at start + duration, and the "How did it go?" prompt to its hosts
  and guests one hour after the end. A reminder whose moment has already passed when the
  LIVE is saved or moved is stored as skipped, so the reply can say so.
- ``triage``: what to do with deliveries found due, after downtime too, by the rules of
  their kind (``bot.deliveries.RULES``): a reminder is sent only while its LIVE has not
  started, and of several overdue reminders of one LIVE only the latest goes out (one
  catch-up message, never a pile); a prompt found more than a day late is skipped (the
  moment to ask has passed). A row of a kind this version does not know is failed, so it
  never stays due.
- ``nonce``: the Discord nonce of one part of a delivery, the same on every attempt.
- ``mention_chunks``: members to ping, split so each message names at most 100 users and
  stays within Discord's 2,000 characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from bot.deliveries import PROMPT_AFTER, RULES, Moments, late_note
from storage.deliveries import Delivery, PlannedDelivery

MIN_LEAD = timedelta(minutes=5)  # a reminder needs at least this much notice
MAX_MENTIONS = 100  # Discord: allowed_mentions.users holds at most 100 ids
MAX_CONTENT = 2000
NONCE_LIMIT = 25  # Discord: a nonce is at most 25 characters
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

Action = Literal["send", "skip", "fail"]


def plan(
    starts_at: datetime, duration: timedelta, offsets: Sequence[int], now: datetime
) -> list[PlannedDelivery]:
    """Everything a LIVE will send, as of ``now``; reminders already past are skipped."""
    planned: list[PlannedDelivery] = []
    for minutes in sorted(set(offsets), reverse=True):
        due = starts_at - timedelta(minutes=minutes)
        if due <= now or starts_at - now < MIN_LEAD:
            planned.append(PlannedDelivery("reminder", minutes, due, "skipped", "already past"))
        else:
            planned.append(PlannedDelivery("reminder", minutes, due))
    planned.append(PlannedDelivery("start", 0, starts_at))
    planned.append(PlannedDelivery("end", 0, starts_at + duration))
    planned.append(PlannedDelivery("prompt", 0, starts_at + duration + PROMPT_AFTER))
    return planned


def pending_offsets(planned: Sequence[PlannedDelivery]) -> list[int]:
    return [p.offset_minutes for p in planned if p.kind == "reminder" and p.state == "pending"]


def skipped_offsets(planned: Sequence[PlannedDelivery]) -> list[int]:
    return [p.offset_minutes for p in planned if p.kind == "reminder" and p.state == "skipped"]


@dataclass(frozen=True)
class Decision:
    delivery: Delivery
    action: Action
    note: str | None = None


def triage(
    due: Sequence[Delivery], starts_at: datetime, ends_at: datetime, now: datetime
) -> list[Decision]:
    """Decide for the due deliveries of one LIVE, oldest first, what is sent, what is
    skipped (and why) and what is failed: each gets a decision, so none stays due."""
    ordered = sorted(due, key=lambda d: (d.due_at, d.id))
    notes: dict[int, str | None] = {}
    latest: dict[str, Delivery] = {}  # of kinds where only the latest on time goes out
    for delivery in ordered:
        if delivery.kind in RULES:
            moments = Moments(delivery.due_at, live_start=starts_at, live_end=ends_at)
            notes[delivery.id] = note = late_note(delivery.kind, now, moments)
            if note is None and RULES[delivery.kind].latest_only:
                latest[delivery.kind] = delivery
    decisions: list[Decision] = []
    for delivery in ordered:
        kind = delivery.kind
        if kind not in RULES:  # a row this version cannot send: finish it, never leave it due
            decisions.append(Decision(delivery, "fail", f"unknown kind {kind!r}"))
        elif (note := notes[delivery.id]) is not None:
            decisions.append(Decision(delivery, "skip", note))
        elif kind in latest and latest[kind] is not delivery:
            decisions.append(Decision(delivery, "skip", f"a later {kind} went out"))
        else:
            decisions.append(Decision(delivery, "send"))
    return decisions


def _base36(value: int) -> str:
    if value < 0:
        raise ValueError("nonces are made from non-negative ids")
    digits = ""
    while True:
        value, rest = divmod(value, 36)
        digits = _DIGITS[rest] + digits
        if value == 0:
            return digits


def nonce(delivery_id: int, part: Literal["channel", "dm"], index: int) -> str:
    """``r<delivery>c<chunk>`` or ``r<delivery>d<user>``: stable, unique, at most 25 characters."""
    text = f"r{_base36(delivery_id)}{part[0]}{_base36(index)}"
    if len(text) > NONCE_LIMIT:
        raise ValueError(f"nonce too long: {text}")
    return text


def mention_chunks(user_ids: Sequence[int], header: str) -> list[list[int]]:
    """Split ``user_ids`` (kept in order) into messages of at most 100 mentions each, whose
    content (``header``, a newline, then the mentions separated by spaces) fits 2,000."""
    chunks: list[list[int]] = []
    current: list[int] = []
    length = len(header) + 1
    for user_id in user_ids:
        mention = len(f"<@{user_id}>") + 1
        if current and (len(current) >= MAX_MENTIONS or length + mention > MAX_CONTENT):
            chunks.append(current)
            current, length = [], len(header) + 1
        current.append(user_id)
        length += mention
    if current:
        chunks.append(current)
    return chunks


def mention_line(user_ids: Sequence[int]) -> str:
    return " ".join(f"<@{user_id}>" for user_id in user_ids)
