"""Pure rules of a LIVE's scheduled messages (no discord, no clock: ``now`` is passed in).

- ``plan``: one reminder per offset before the start, a "starting now" post at the start,
  the end of the LIVE at start + duration, and the "How did it go?" prompt to its hosts
  and guests one hour after the end. A reminder whose moment has already passed when the
  LIVE is saved or moved is stored as skipped, so the reply can say so.
- ``triage``: what to do with deliveries found due, after downtime too: a reminder is
  sent only while its LIVE has not started, and of several overdue reminders of one LIVE
  only the latest goes out (one catch-up message, never a pile); a prompt found more than
  a day late is skipped (the moment to ask has passed).
- ``nonce``: the Discord nonce of one part of a delivery, the same on every attempt.
- ``mention_chunks``: members to ping, split so each message names at most 100 users and
  stays within Discord's 2,000 characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from storage.deliveries import Delivery, PlannedDelivery

MIN_LEAD = timedelta(minutes=5)  # a reminder needs at least this much notice
PROMPT_AFTER = timedelta(hours=1)  # "How did it go?" this long after the end
PROMPT_LATE = timedelta(days=1)  # a prompt found later than this after its moment is skipped
MAX_MENTIONS = 100  # Discord: allowed_mentions.users holds at most 100 ids
MAX_CONTENT = 2000
NONCE_LIMIT = 25  # Discord: a nonce is at most 25 characters
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

Action = Literal["send", "skip"]


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
    """Decide for the due deliveries of one LIVE what is sent and what is skipped (and why)."""
    decisions: list[Decision] = []
    reminders = sorted((d for d in due if d.kind == "reminder"), key=lambda d: (d.due_at, d.id))
    if reminders:
        if now >= starts_at:
            decisions += [Decision(d, "skip", "the LIVE had started") for d in reminders]
        else:
            *superseded, latest = reminders
            decisions += [Decision(d, "skip", "a later reminder went out") for d in superseded]
            decisions.append(Decision(latest, "send"))
    for delivery in due:
        if delivery.kind == "start":
            if now >= ends_at:
                decisions.append(Decision(delivery, "skip", "the LIVE had ended"))
            else:
                decisions.append(Decision(delivery, "send"))
        elif delivery.kind == "end":
            decisions.append(Decision(delivery, "send"))
        elif delivery.kind == "prompt":
            if now > ends_at + PROMPT_AFTER + PROMPT_LATE:
                decisions.append(Decision(delivery, "skip", "too late to ask"))
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
