"""What a member feels: the round trip from an interaction's dispatch to its final answer,
with the bot as its own process.

    python bench/roundtrip.py                       # SQLite: every case at 1 and 20 in flight
    python bench/roundtrip.py --database postgres   # the same on PostgreSQL
    python bench/roundtrip.py -n 80 --rounds 3      # medians of 80 a case, in three rounds

``python -m bot`` runs in a process of its own (bench/botprocess.py, with the test-only
probe commands loaded) against the emulator in this one; each case is timed from the
moment the emulator dispatches the interaction to the bot's last request answering it.
Every figure is also given as a ratio of an unknown command's round trip measured in the
same rounds (the bot's least possible work: discord.py finds no command and the bot says
so): on a shared 2-core machine only ratios compare between runs. The rounds interleave
the cases, so a slower moment of the machine falls on all of them. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.botprocess import bot_process
from bench.interactions import Case, cases, percentile, seed
from bench.postgres import postgres_server
from bot.clock import SystemClock
from sandbox.emulator import (
    DEFAULT_MEMBER_PERMISSIONS,
    MANAGE_EVENTS,
    MANAGE_GUILD,
    Channel,
    DiscordEmulator,
    Guild,
    Member,
)
from storage import Database
from tests.support.databases import database_url, open_test_database

CHARTS = ("er history (chart)", "streak show (chart)")


@dataclass
class Remote:
    """What the cases of bench/interactions.py use of a harness, for a bot in its own process."""

    emu: DiscordEmulator
    clock: SystemClock
    db: Database
    guild: Guild
    channel: Channel
    alice: Member
    bob: Member
    mod: Member


async def unknown(h: Remote, i: int) -> float:
    members = (h.alice, h.bob, h.mod)
    started = time.monotonic()
    result = await h.emu.slash(
        h.guild.id, members[i % 3].id, "no-such-command", {}, allow_invalid=True, timeout=60
    )
    return result.requests[-1].at - started


async def timed(h: Remote, case: Case, count: int, concurrency: int) -> list[float]:
    gate = asyncio.Semaphore(concurrency)
    seconds: list[float] = []

    async def one(i: int) -> None:
        async with gate:
            seconds.append(await case.run(h, i))  # type: ignore[arg-type]

    await asyncio.gather(*(one(i) for i in range(count)))
    return seconds


async def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        # The bot in its own process reads the machine's clock; the emulator reads it too.
        clock = SystemClock()
        async with (
            database_url(Path(folder), args.database) as url,
            DiscordEmulator(clock=clock) as emu,
        ):
            emu.settle = 0.0
            emu.ack_deadline = None
            guild = emu.add_guild(name="Creators", owner_id=None)
            channel = emu.add_channel(guild.id, name="lives")
            people = [emu.add_member(guild.id, name=n) for n in ("alice", "bob")]
            mod = emu.add_member(
                guild.id,
                name="mod",
                permissions=DEFAULT_MEMBER_PERMISSIONS | MANAGE_EVENTS | MANAGE_GUILD,
            )
            path = Path(folder) / "bot.sqlite3"
            async with (
                bot_process(emu, path, extra_extensions=("tests.support.probe",), url=url) as bot,
                open_test_database(url, path) as db,
            ):
                await emu.wait_until_connected(30)
                h = Remote(emu, clock, db, guild, channel, people[0], people[1], mod)
                week_on = clock.now() + timedelta(days=7)
                state = await seed(h, f"{week_on:%Y-%m-%d} 20:00")  # type: ignore[arg-type]
                chosen = [
                    c
                    for c in cases(state)
                    if (not args.only or c.label in args.only) and c.label != "probe echo"
                ]
                chosen.insert(0, Case("unknown command", unknown))  # type: ignore[arg-type]
                first_chart = [c for c in chosen if c.chart][:1]
                for case in first_chart:  # before any other chart: the render process is new
                    await asyncio.sleep(
                        max(0.0, bot.ready_at + args.first_chart - time.monotonic())
                    )
                    since = time.monotonic() - bot.ready_at
                    took = await case.run(h, 0)  # type: ignore[arg-type]
                    print(
                        f"the first chart after the start (/{case.label}, {since:.1f} s after "
                        f"ready): {took * 1000:.0f} ms"
                    )
                for concurrency in (1, args.concurrency):
                    samples: dict[str, list[float]] = {c.label: [] for c in chosen}
                    for case in chosen:  # warm-up
                        await timed(h, case, max(5, concurrency), concurrency)
                    for _round in range(args.rounds):
                        for case in chosen:
                            count = max(5, args.count // 10) if case.chart else args.count
                            samples[case.label] += await timed(h, case, count, concurrency)
                    report(args.database, concurrency, samples)
                print(
                    f"\nthe bot's start to ready: {bot.ready_after:.2f} s; errors logged: {bot.errors}"
                )


def report(database: str, concurrency: int, samples: dict[str, list[float]]) -> None:
    floor = statistics.median(samples["unknown command"])
    print(
        f"\n{database}, {concurrency} in flight: dispatch to final answer (ms), × unknown command"
    )
    print(f"{'':<26}{'median':>9} {'×':>6}{'p99':>9} {'×':>6}")
    for label, values in samples.items():
        median, p99 = statistics.median(values), percentile(values, 0.99)
        print(
            f"/{label:<25}{median * 1000:>9.2f} {median / floor:>5.2f}×"
            f"{p99 * 1000:>9.2f} {p99 / floor:>5.2f}×"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", "--count", type=int, default=80, help="interactions a case a round")
    parser.add_argument("-c", "--concurrency", type=int, default=20, help="in flight at once")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds")
    parser.add_argument("--only", action="append", help="a case's label (repeatable)")
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument(
        "--first-chart",
        type=float,
        default=0.0,
        help="seconds after ready to ask the first chart (default: as soon as seeded)",
    )
    args = parser.parse_args()
    with postgres_server(args.database == "postgres"):
        asyncio.run(run(args))


if __name__ == "__main__":
    main()
