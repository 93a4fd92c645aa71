"""The calendar feed as subscribers and managers meet it: one address for managers asking at
once, a file strict calendar apps accept (also when empty, also when long), answers kept
until a LIVE changes (ETag, Last-Modified, 304), and no feed once the bot left the server."""

from __future__ import annotations

import asyncio
import re
import socket
from datetime import datetime, timedelta
from typing import Any

import aiohttp
import vobject
from icalendar import Calendar

from cogs.live.scheduling.feed import MOST
from sandbox.emulator.models import DEFAULT_MEMBER_PERMISSIONS, MANAGE_GUILD, Member
from storage.live import LiveRepository, NewLive
from tests.e2e.live_support import lives
from tests.support.harness import Harness


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def with_feed(h: Harness) -> None:
    h.settings_overrides["web_port"] = free_port()
    await h.restart()


def address(text: str) -> str:
    [url] = re.findall(r"http://\S+\.ics", text)
    return url


def manager(h: Harness, name: str) -> Member:
    return h.emu.add_member(
        h.guild.id, name=name, permissions=DEFAULT_MEMBER_PERMISSIONS | MANAGE_GUILD
    )


async def test_managers_asking_at_once_get_the_same_address_and_it_works(
    harness: Harness,
) -> None:
    h = harness
    await with_feed(h)
    others = [manager(h, f"manager{n}") for n in range(3)]
    answers = await asyncio.gather(
        *(h.slash(member, "config calendar") for member in [h.mod, *others])
    )
    urls = {address(answer.text) for answer in answers}
    assert len(urls) == 1
    [row] = h.rows("SELECT calendar_secret FROM guild_settings WHERE guild_id = ?", (h.guild.id,))
    assert row["calendar_secret"] in urls.pop()
    again = await h.slash(h.mod, "config calendar")
    assert row["calendar_secret"] in again.text
    async with aiohttp.ClientSession() as session, session.get(address(again.text)) as response:
        assert response.status == 200


async def feed_address(h: Harness) -> str:
    return address((await h.slash(h.mod, "config calendar")).text)


async def fetch(
    url: str, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as response:
        return (
            response.status,
            {k.lower(): v for k, v in response.headers.items()},
            await response.read(),
        )


async def seed_lives(h: Harness, count: int, first: datetime) -> None:
    """``count`` LIVEs an hour apart from ``first``, written as another process would."""
    repo = LiveRepository(h.db)
    for n in range(count):
        await repo.create(
            NewLive(
                guild_id=h.guild.id,
                title=f"Show {n + 1}",
                description=None,
                starts_at=first + timedelta(hours=n),
                duration=timedelta(minutes=60),
                host_ids=(h.alice.id,),
                channel_id=h.channel.id,
                created_by_user_id=h.mod.id,
            ),
            h.clock.now(),
        )


def events(body: bytes) -> list[Any]:
    calendar = Calendar.from_ical(body)
    calendar.validate()  # PRODID, VERSION and at least one component (RFC 5545)
    strict = vobject.readOne(body.decode())
    strict.validate(raiseException=True)  # each component's required properties
    return list(calendar.walk("VEVENT"))


async def test_an_empty_servers_feed_is_a_calendar_strict_apps_accept(harness: Harness) -> None:
    h = harness
    await with_feed(h)
    status, headers, body = await fetch(await feed_address(h))
    assert status == 200 and headers["content-type"].startswith("text/calendar")
    assert events(body) == []
    [zone] = Calendar.from_ical(body).walk("VTIMEZONE")
    assert str(zone["tzid"]) == "UTC"


async def test_a_long_feed_says_it_holds_the_first_500_lives(harness: Harness) -> None:
    h = harness
    await with_feed(h)
    url = await feed_address(h)
    await seed_lives(h, MOST + 3, h.clock.now() + timedelta(days=1))
    status, _headers, body = await fetch(url)
    assert status == 200
    found = events(body)
    assert len(found) == MOST
    assert str(found[-1]["summary"]) == f"Show {MOST}"
    said = str(Calendar.from_ical(body)["x-wr-caldesc"])
    assert f"first {MOST} LIVEs" in said and "/live list" in said


async def test_the_feed_is_kept_until_a_live_changes_with_etag_and_last_modified(
    harness: Harness,
) -> None:
    h = harness
    await with_feed(h)
    url = await feed_address(h)
    await seed_lives(h, 2, h.clock.now() + timedelta(days=2))
    status, headers, body = await fetch(url)
    assert status == 200 and len(events(body)) == 2
    etag, modified = headers["etag"], headers["last-modified"]
    for conditional in ({"If-None-Match": etag}, {"If-Modified-Since": modified}):
        again, same, empty = await fetch(url, conditional)
        assert (again, same["etag"], empty) == (304, etag, b"")
    await h.clock.set(h.clock.now() + timedelta(hours=1))
    # Cancelled by another process on the database: nothing in this one is told.
    cancelled = await LiveRepository(h.db).cancel(h.guild.id, lives(h)[0]["id"], h.clock.now())
    assert cancelled
    status, headers, body = await fetch(url, {"If-None-Match": etag})
    assert status == 200 and headers["etag"] != etag
    statuses = {str(e["summary"]): str(e["status"]) for e in events(body)}
    assert statuses == {"Show 1": "CANCELLED", "Show 2": "CONFIRMED"}
    status, _, _ = await fetch(url, {"If-Modified-Since": modified})
    assert status == 200


async def test_requests_at_once_build_the_file_once(harness: Harness) -> None:
    h = harness
    await with_feed(h)
    url = await feed_address(h)
    await seed_lives(h, 40, h.clock.now() + timedelta(days=1))
    answers = await asyncio.gather(*(fetch(url) for _ in range(12)))
    assert {status for status, _, _ in answers} == {200}
    assert len({headers["etag"] for _, headers, _ in answers}) == 1
    base = url.split("/calendar/")[0]
    _status, _, metrics = await fetch(f"{base}/metrics")
    [builds] = re.findall(rb"^creatorpulse_calendar_builds_total (\S+)$", metrics, re.M)
    assert float(builds) == 1.0
    [full] = re.findall(
        rb'^creatorpulse_calendar_requests_total\{answer="full"\} (\S+)$', metrics, re.M
    )
    assert float(full) == 12.0


async def test_the_feed_stops_while_the_bot_is_out_of_the_server(harness: Harness) -> None:
    h = harness
    await with_feed(h)
    url = await feed_address(h)
    await seed_lives(h, 1, h.clock.now() + timedelta(days=1))
    assert (await fetch(url))[0] == 200  # and kept
    h.execute(
        "UPDATE guild_settings SET left_at = ? WHERE guild_id = ?",
        (int(h.clock.now().timestamp()), h.guild.id),
    )
    status, _headers, body = await fetch(url)
    assert status == 404 and b"VCALENDAR" not in body and b"Show" not in body
    h.execute("UPDATE guild_settings SET left_at = NULL WHERE guild_id = ?", (h.guild.id,))
    assert (await fetch(url))[0] == 200  # invited back within the retention


async def test_a_kept_feed_lets_a_live_go_30_days_after_it_took_place(harness: Harness) -> None:
    h = harness
    await with_feed(h)
    url = await feed_address(h)
    first = h.clock.now() + timedelta(days=1)
    await seed_lives(h, 1, first)
    await seed_lives(h, 1, first + timedelta(days=10))
    assert len(events((await fetch(url))[2])) == 2
    await h.clock.set(first + timedelta(days=30, minutes=1))
    [kept] = events((await fetch(url))[2])
    assert kept.decoded("dtstart") == first + timedelta(days=10)
