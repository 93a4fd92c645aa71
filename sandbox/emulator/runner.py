"""Running a real discord.py client against the emulator."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import TypeVar

import discord
import discord.gateway
import discord.http
import yarl

from .server import DiscordEmulator

ClientT = TypeVar("ClientT", bound=discord.Client)


@contextlib.contextmanager
def patched_discord_urls(emu: DiscordEmulator) -> Iterator[None]:
    """Point discord.py's REST base and default gateway at ``emu``; restore afterwards."""
    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = emu.api_base_url
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(emu.gateway_url)
    try:
        yield
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway


def client_shards(client: discord.Client) -> list[int]:
    """The shards a started client runs: its ``shard_ids`` (all of ``shard_count`` when it
    has none), or its one ``shard_id`` (0 when it does not shard)."""
    if isinstance(client, discord.AutoShardedClient):
        if client.shard_ids is not None:
            return list(client.shard_ids)
        return list(range(client.shard_count or 1))
    return [client.shard_id or 0]


@contextlib.asynccontextmanager
async def run_client(
    client: ClientT,
    emu: DiscordEmulator,
    *,
    timeout: float = 10.0,  # noqa: ASYNC109
    check_clean: bool = True,
) -> AsyncIterator[ClientT]:
    """Run ``client.start(emu.token)`` in a task while the block runs.

    Waits until the client is ready (``on_ready``) and its shards are connected. If
    the start task ends while the block runs (a crash in discord.py's parser ends
    it silently otherwise), the block is cancelled and an AssertionError carrying
    the task's exception is raised. On exit the client is closed, the task is
    checked, and with ``check_clean`` ``emu.assert_clean()`` is called.
    Route.BASE / DEFAULT_GATEWAY must already point at ``emu`` (see
    :func:`patched_discord_urls`).
    """
    body_task = asyncio.current_task()
    assert body_task is not None
    closing = False
    crash: list[BaseException] = []

    def on_done(task: asyncio.Task[None]) -> None:
        if closing or task.cancelled():
            return
        exc = task.exception()
        crash.append(exc or AssertionError("client.start() returned while the test was running"))
        body_task.cancel()

    task = asyncio.create_task(client.start(emu.token), name="discord-client-start")
    task.add_done_callback(on_done)
    try:
        ready = asyncio.create_task(client.wait_until_ready())
        try:
            done, _ = await asyncio.wait({ready}, timeout=timeout)
        finally:
            ready.cancel()
        if not done:
            raise AssertionError(f"client was not ready within {timeout}s")
        await emu.wait_until_connected(timeout, shards=client_shards(client))
        yield client
    except asyncio.CancelledError:
        if crash:
            body_task.uncancel()
            raise AssertionError(f"client.start() ended: {crash[0]!r}") from crash[0]
        raise
    finally:
        closing = True
        await client.close()
        if not task.done():
            with contextlib.suppress(Exception, TimeoutError):
                await asyncio.wait_for(asyncio.shield(task), 5.0)
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
    start_error = None if task.cancelled() else task.exception()
    if start_error is not None:
        raise AssertionError(f"client.start() failed: {start_error!r}") from start_error
    if check_clean:
        emu.assert_clean()
