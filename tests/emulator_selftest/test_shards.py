"""Self-test of the emulator's sharding with the real discord.py AutoShardedClient."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import zlib
from collections.abc import AsyncIterator

import aiohttp
import discord
import pytest

from sandbox.emulator import DiscordEmulator, patched_discord_urls, run_client
from tests.support.clock import DEFAULT_NOW, ManualClock

from .sharded_bot import ShardedBot, ShardedWorld, spread_guilds

SHARDS = 4


@pytest.fixture
async def sharded() -> AsyncIterator[ShardedWorld]:
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW), recommended_shards=SHARDS) as emu:
        world = spread_guilds(emu, SHARDS)
        with patched_discord_urls(emu):
            yield world


def check_guild_delivery(world: ShardedWorld) -> None:
    """READY lists only its shard's servers; each GUILD_CREATE arrived once, on its shard."""
    emu = world.emu
    readies = emu.delivered("READY")
    assert sorted(d.shard_id for d in readies) == list(range(SHARDS))
    for ready in readies:
        listed = {int(g["id"]) for g in ready.data["guilds"]}
        assert listed == world.guilds_on(ready.shard_id)
        assert ready.data["shard"] == [ready.shard_id, SHARDS]
    for guild in world.guilds:
        creates = emu.delivered("GUILD_CREATE", guild_id=guild.id)
        assert [d.shard_id for d in creates] == [emu.shard_of(guild.id)]


async def whoami_everywhere(world: ShardedWorld) -> dict[int, str]:
    """/whoami in every server: guild id -> the label of the client that answered."""
    answers = {}
    for guild in world.guilds:
        result = await world.emu.slash(guild.id, world.members[guild.id].id, "whoami")
        label, where = result.content.split()
        assert where == str(guild.id)
        answers[guild.id] = label
        (delivery,) = [
            d
            for d in world.emu.delivered("INTERACTION_CREATE", guild_id=guild.id)
            if d.data["id"] == str(result.interaction_id)
        ]
        assert delivery.shard_id == world.emu.shard_of(guild.id)
    return answers


async def test_gateway_bot_recommends_shards_and_concurrency() -> None:
    clock = ManualClock(DEFAULT_NOW)
    async with (
        DiscordEmulator(clock=clock, recommended_shards=3) as emu,
        aiohttp.ClientSession() as http,
    ):
        headers = {"Authorization": f"Bot {emu.token}"}
        async with http.get(f"{emu.api_base_url}/gateway/bot", headers=headers) as resp:
            body = await resp.json()
        assert body == {
            "url": emu.gateway_url,
            "shards": 3,
            "session_start_limit": {
                "total": 1000,
                "remaining": 1000,
                "reset_after": 86_400_000,
                "max_concurrency": 16,
            },
        }
        emu.recommended_shards, emu.max_concurrency = 6, 1
        async with http.get(f"{emu.api_base_url}/gateway/bot", headers=headers) as resp:
            body = await resp.json()
        assert (body["shards"], body["session_start_limit"]["max_concurrency"]) == (6, 1)
        async with http.get(f"{emu.api_base_url}/gateway/bot") as resp:
            assert resp.status == 401
        async with http.get(f"{emu.api_base_url}/gateway", headers=headers) as resp:
            assert await resp.json() == {"url": emu.gateway_url}
    with pytest.raises(ValueError, match="at least 1"):
        DiscordEmulator(clock=clock, recommended_shards=0)


async def test_one_client_runs_the_recommended_shards(sharded: ShardedWorld) -> None:
    emu = sharded.emu
    client = ShardedBot("solo")  # no shard_count: discord.py asks GET /gateway/bot
    async with run_client(client, emu):
        # max_concurrency 16 puts the 4 shards in 4 buckets: no IDENTIFY waits for another
        # (discord.py's own hook would sleep 5 s before each of shards 1-3).
        assert client.identify_waits == [0.0] * SHARDS
        assert client.shard_count == SHARDS  # learnt from GET /gateway/bot
        assert emu.shard_count == SHARDS
        assert emu.connected_shards == [0, 1, 2, 3]
        assert emu.connected
        assert sorted(emu.identified) == [(s, SHARDS) for s in range(SHARDS)]
        check_guild_delivery(sharded)
        for guild in sharded.guilds:
            cached = client.get_guild(guild.id)
            assert cached is not None
            assert cached.shard_id == emu.shard_of(guild.id)
        await client.tree.sync()
        assert set((await whoami_everywhere(sharded)).values()) == {"solo"}
        member = next(iter(sharded.members.values()))
        in_dm = await emu.slash(None, member.id, "whoami")
        assert in_dm.content == "solo dm"
        (dm,) = [d for d in emu.delivered("INTERACTION_CREATE") if d.guild_id is None]
        assert dm.shard_id == 0
        limits = await client.fetch_session_start_limits()
        assert (limits.max_concurrency, limits.remaining) == (16, 1000 - SHARDS)
    assert emu.gateway_sessions == SHARDS


async def test_two_clients_split_the_shards(sharded: ShardedWorld) -> None:
    emu = sharded.emu
    first = ShardedBot("A", shard_ids=[0, 1], shard_count=SHARDS)
    second = ShardedBot("B", shard_ids=[2, 3], shard_count=SHARDS)
    async with run_client(first, emu), run_client(second, emu):
        assert emu.connected_shards == [0, 1, 2, 3]
        check_guild_delivery(sharded)
        assert {g.id for g in first.guilds} == sharded.guilds_on(0, 1)
        assert {g.id for g in second.guilds} == sharded.guilds_on(2, 3)
        await first.tree.sync()  # commands are the application's, whichever client syncs
        answers = await whoami_everywhere(sharded)
        assert answers == {g.id: "A" if emu.shard_of(g.id) < 2 else "B" for g in sharded.guilds}
        member = sharded.members[sorted(sharded.guilds_on(3))[0]]
        assert (await emu.slash(None, member.id, "whoami")).content == "A dm"  # shard 0

        joined = second.wait_for("guild_join", timeout=3)  # listening from here on
        late = emu.add_guild(emu.guild_id_for_shard(3, SHARDS), name="Late")
        emu.add_channel(late.id)
        assert (await joined).id == late.id
        assert first.get_guild(late.id) is None
        assert [d.shard_id for d in emu.delivered(guild_id=late.id)] == [3, 3]

        gone = sorted(sharded.guilds_on(1))[0]
        removed = first.wait_for("guild_remove", timeout=3)
        emu.remove_guild(gone)
        assert (await removed).id == gone
        assert first.get_guild(gone) is None
        assert [d.shard_id for d in emu.delivered("GUILD_DELETE")] == [1]

        # REST needs no shard: A creates an event in a server on shard 2, and the
        # dispatch goes to shard 2's connection, which B holds.
        target = sorted(sharded.guilds_on(2))[0]
        fetched = await first.fetch_guild(target)
        seen = second.wait_for("scheduled_event_create", timeout=3)
        event = await fetched.create_scheduled_event(
            name="Group LIVE",
            start_time=DEFAULT_NOW + dt.timedelta(days=1),
            end_time=DEFAULT_NOW + dt.timedelta(days=1, hours=1),
            entity_type=discord.EntityType.external,
            privacy_level=discord.PrivacyLevel.guild_only,
            location="TikTok",
        )
        assert (await seen).id == event.id
        created = emu.delivered("GUILD_SCHEDULED_EVENT_CREATE")
        assert [d.shard_id for d in created] == [2]


async def test_a_shard_already_connected_is_refused(sharded: ShardedWorld) -> None:
    emu = sharded.emu
    first = ShardedBot("A", shard_ids=[0, 1], shard_count=SHARDS)
    async with run_client(first, emu):
        refused = [
            ShardedBot("duplicate", shard_ids=[1], shard_count=SHARDS),
            ShardedBot("out of range", shard_ids=[SHARDS], shard_count=SHARDS),
            ShardedBot("other count", shard_ids=[5], shard_count=8),
            discord.Client(intents=discord.Intents.default()),  # shard 0 of 1
        ]
        for client in refused:
            with pytest.raises(discord.ConnectionClosed) as closed:
                await asyncio.wait_for(client.start(emu.token), 10)
            assert closed.value.code == 4010
            assert client.is_closed()
        assert [code for code, _ in emu.gateway_refusals] == [4010] * 4
        assert "shard 1 is already connected" in emu.gateway_refusals[0][1]
        assert emu.gateway_sessions == 2
        assert emu.connected_shards == [0, 1]
        await first.tree.sync()
        guild = sorted(sharded.guilds_on(1))[0]
        result = await emu.slash(guild, sharded.members[guild].id, "whoami")
        assert result.content == f"A {guild}"


async def test_resume_replays_only_that_shards_events(sharded: ShardedWorld) -> None:
    emu = sharded.emu
    client = ShardedBot("solo", shard_count=SHARDS)
    async with run_client(client, emu):
        await client.tree.sync()
        on_2, on_1 = sorted(sharded.guilds_on(2))[0], sorted(sharded.guilds_on(1))[0]
        before = len(emu.deliveries)
        await emu.drop_gateway(2)
        # Both interactions are dispatched before the client can reconnect.
        tasks = [
            asyncio.create_task(emu.slash(g, sharded.members[g].id, "whoami")) for g in (on_2, on_1)
        ]
        await asyncio.sleep(0)
        answered = await asyncio.gather(*tasks)
        assert [r.content for r in answered] == [f"solo {on_2}", f"solo {on_1}"]
        assert emu.resumed == [2]
        (resumed,) = emu.delivered("RESUMED")
        replayed = [d for d in emu.deliveries[before:] if d.connection == resumed.connection]
        assert [(d.event, d.guild_id) for d in replayed] == [
            ("INTERACTION_CREATE", on_2),
            ("RESUMED", None),
        ]
        assert {d.shard_id for d in replayed} == {2}
        others = [d for d in emu.deliveries[before:] if d.connection != resumed.connection]
        assert [(d.shard_id, d.guild_id) for d in others] == [(1, on_1)]

        await emu.send_reconnect(1)
        await emu.wait_until_connected(5)
        await emu.drop_gateway()  # every shard
        await emu.wait_until_connected(5)
        assert sorted(emu.resumed) == [0, 1, 1, 2, 2, 3]
        assert emu.gateway_sessions == SHARDS
        assert set((await whoami_everywhere(sharded)).values()) == {"solo"}


async def _raw_identify(
    ws: aiohttp.ClientWebSocketResponse, token: str, shard: list[int] | None = None
) -> None:
    data: dict[str, object] = {"token": token, "intents": 0, "properties": {}}
    if shard is not None:
        data["shard"] = shard
    await ws.send_json({"op": 2, "d": data})


async def test_identify_refusals_on_a_raw_socket() -> None:
    clock = ManualClock(DEFAULT_NOW)
    async with DiscordEmulator(clock=clock) as emu, aiohttp.ClientSession() as http:
        emu.add_guild(name="One")
        emu.add_guild(name="Two")
        emu.max_guilds_per_shard = 1
        async with http.ws_connect(emu.gateway_url) as ws:
            assert (await ws.receive_json())["op"] == 10
            await _raw_identify(ws, emu.token)  # one session would hold both servers
            assert (await ws.receive()).type is aiohttp.WSMsgType.CLOSE
            assert ws.close_code == 4011
        emu.max_guilds_per_shard = 2
        async with http.ws_connect(emu.gateway_url) as ws:
            assert (await ws.receive_json())["op"] == 10
            await _raw_identify(ws, emu.token)
            ready = await ws.receive_json()
            assert ready["t"] == "READY"
            assert "shard" not in ready["d"]
            await _raw_identify(ws, emu.token)  # a second IDENTIFY on the same socket
            while (await ws.receive()).type is not aiohttp.WSMsgType.CLOSE:
                pass
            assert ws.close_code == 4005
        async with http.ws_connect(emu.gateway_url) as ws:
            assert (await ws.receive_json())["op"] == 10
            await _raw_identify(ws, emu.token, [0, 0])
            assert (await ws.receive()).type is aiohttp.WSMsgType.CLOSE
            assert ws.close_code == 4010
    assert [code for code, _ in emu.gateway_refusals] == [4011, 4005, 4010]


async def test_zlib_stream_frames_decompress_one_by_one_with_one_context() -> None:
    """?compress=zlib-stream (what discord.py asks for): every payload a binary frame ending
    at a sync flush, all of one connection's frames one zlib stream; without it, text."""
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        emu.add_guild(name="One")
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(emu.gateway_url + "?v=10&encoding=json") as ws:
                hello = await ws.receive()
                assert hello.type is aiohttp.WSMsgType.TEXT
                assert json.loads(hello.data)["op"] == 10
            url = emu.gateway_url + "?v=10&encoding=json&compress=zlib-stream"
            async with http.ws_connect(url) as ws:
                stream = zlib.decompressobj()
                payloads = []
                frame = await ws.receive()
                assert frame.type is aiohttp.WSMsgType.BINARY
                assert frame.data.endswith(b"\x00\x00\xff\xff")
                payloads.append(json.loads(stream.decompress(frame.data)))
                await _raw_identify(ws, emu.token)
                while len(payloads) < 3:  # HELLO, READY, the server's GUILD_CREATE
                    frame = await ws.receive()
                    assert frame.type is aiohttp.WSMsgType.BINARY
                    assert frame.data.endswith(b"\x00\x00\xff\xff")
                    payloads.append(json.loads(stream.decompress(frame.data)))
    assert [p["op"] for p in payloads] == [10, 0, 0]
    assert [p["t"] for p in payloads[1:]] == ["READY", "GUILD_CREATE"]
    assert emu.protocol_errors == []


async def test_guild_ids_for_a_shard_are_fresh_and_increasing() -> None:
    clock = ManualClock(DEFAULT_NOW)
    emu = DiscordEmulator(clock=clock)
    made = [emu.guild_id_for_shard(s, 4) for s in (3, 3, 0, 1, 2)]
    await clock.set(DEFAULT_NOW - dt.timedelta(days=1))  # ids still grow after a step back
    made += [emu.guild_id_for_shard(2, 4), emu.new_id(), emu.guild_id_for_shard(0, 7)]
    assert made == sorted(set(made))
    assert [(i >> 22) % 4 for i in made[:6]] == [3, 3, 0, 1, 2, 2]
    assert (made[7] >> 22) % 7 == 0
    assert emu.shard_of(made[0], 4) == 3
    with pytest.raises(ValueError, match="not one of 4 shards"):
        emu.guild_id_for_shard(4, 4)
