"""The calendar feed as subscribers and managers meet it: one address for managers asking at
once, a file strict calendar apps accept (also when empty, also when long), answers kept
until a LIVE changes (ETag, Last-Modified, 304), and no feed once the bot left the server."""

from __future__ import annotations

import asyncio
import re
import socket

import aiohttp
import pytest

from sandbox.emulator.models import DEFAULT_MEMBER_PERMISSIONS, MANAGE_GUILD, Member
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
