"""Pure rules of a LIVE's deliveries: what is planned, and what is done with those found due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cogs.live.reminders import logic as reminders
from storage.deliveries import Delivery

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
START = NOW + timedelta(hours=2)
END = START + timedelta(hours=1)


def test_the_prompt_is_planned_an_hour_after_the_end_and_skipped_when_a_day_late() -> None:
    start = NOW + timedelta(days=1)
    planned = reminders.plan(start, timedelta(hours=1), [60], NOW)
    assert [(p.kind, p.due_at) for p in planned][-1] == ("prompt", start + timedelta(hours=2))
    prompt = Delivery(1, 1, 1, "prompt", 0, start + timedelta(hours=2), "pending", 0, None, None)
    ends = start + timedelta(hours=1)
    [sent] = reminders.triage([prompt], start, ends, start + timedelta(hours=3))
    assert sent.action == "send"
    [late] = reminders.triage([prompt], start, ends, start + timedelta(days=1, hours=3))
    assert late.action == "skip"


def delivery(id_: int, kind: str, due: datetime) -> Delivery:
    return Delivery(id_, 1, 1, kind, 0, due, "pending", 0, None, None)  # type: ignore[arg-type]


def test_triage_decides_for_every_due_delivery_even_of_an_unknown_kind() -> None:
    due = [
        delivery(3, "reminder", START - timedelta(minutes=15)),
        delivery(1, "reminder", START - timedelta(hours=24)),
        delivery(2, "bogus", START - timedelta(hours=1)),
    ]
    decisions = reminders.triage(due, START, END, START - timedelta(minutes=10))
    assert [(d.delivery.id, d.action, d.note) for d in decisions] == [
        (1, "skip", "a later reminder went out"),
        (2, "fail", "unknown kind 'bogus'"),
        (3, "send", None),
    ]
    after_start = reminders.triage(due[:2], START, END, START)
    assert [d.action for d in after_start] == ["skip", "skip"]
    assert {d.note for d in after_start} == {"the LIVE had started"}
