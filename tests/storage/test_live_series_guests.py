"""Series of LIVEs and guest sign-ups with a waitlist, on a real SQLite file."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from storage import Database
from storage.live import LiveRepository, NewSeries
from tests.storage.test_live_storage import G1, G2, NOW, new


async def test_a_series_is_saved_in_order_with_positions(db: Database) -> None:
    repo = LiveRepository(db)
    await repo.create(new(), NOW)  # #1, a one-off
    series = NewSeries(G1, 1, "Europe/Oslo", alternating=False, created_by_user_id=9)
    saved = await repo.create_series(
        series, [(new(hours=24 * 7 * i + 48), ()) for i in range(3)], NOW
    )
    assert [live.number for live in saved] == [2, 3, 4]
    assert [live.series_position for live in saved] == [1, 2, 3]
    assert len({live.series_id for live in saved}) == 1
    series_id = saved[0].series_id
    assert series_id is not None
    assert await repo.series_zone(G1, series_id) == "Europe/Oslo"
    assert await repo.series_zone(G2, series_id) is None  # another server sees nothing
    later = await repo.in_series(G1, series_id, scheduled_from=saved[1].starts_at)
    assert [live.number for live in later] == [3, 4]


async def test_guests_fill_the_slots_then_wait_and_are_promoted_in_order(db: Database) -> None:
    repo = LiveRepository(db)
    live = await repo.create(replace(new(), guest_slots=2), NOW)
    assert [await repo.toggle_guest(G1, live, user, NOW) for user in (10, 11, 12, 13)] == [
        ("joined", None),
        ("joined", None),
        ("waiting", None),
        ("waiting", None),
    ]
    signed = await repo.guests(G1, live)
    assert (signed.guests, signed.waiting) == ((10, 11), (12, 13))
    assert await repo.toggle_guest(G1, live, 10, NOW) == ("left", 12)  # first waiting promoted
    signed = await repo.guests(G1, live)
    assert (signed.guests, signed.waiting) == ((11, 12), (13,))
    assert await repo.toggle_guest(G1, live, 13, NOW) == ("left", None)  # waiting: nobody moves
    assert await repo.remove_guest(G1, live, 11) == (True, None)  # nobody left to promote
    assert await repo.remove_guest(G1, live, 99) == (False, None)
    assert (await repo.guests(G2, live)).guests == ()


async def test_sign_ups_at_once_never_exceed_the_slots(db: Database) -> None:
    repo = LiveRepository(db)
    live = await repo.create(replace(new(), guest_slots=3), NOW)
    outcomes = await asyncio.gather(*(repo.toggle_guest(G1, live, u, NOW) for u in range(20, 30)))
    assert sorted(o for o, _ in outcomes).count("joined") == 3
    signed = await repo.guests(G1, live)
    assert len(signed.guests) == 3 and len(signed.waiting) == 7
