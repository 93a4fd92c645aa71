"""Every kind of interaction through the local Discord emulator, against the echo floor.

    python bench/interactions.py               # the table: every case at 1 and at 20 in flight
    python bench/interactions.py -n 400        # more interactions per case (charts: a tenth)
    python bench/interactions.py --only "er views" --only "probe echo"
    python bench/interactions.py --no-start    # skip the start-up and idle-memory figures

Each case is measured at 1 in flight and at ``-c`` in flight (default 20): median and p99
of the final answer (the followup after a defer, else the first answer), throughput, and
the event loop's CPU per interaction (``time.thread_time()`` on the loop thread), each
also as a ratio of the echo command measured in the same run: on a shared 2-core machine
only the ratios compare between runs. The emulator runs in the same process and thread as
the bot, so every figure includes its share. The emulator keeps every message it was sent;
before each case what is alive is frozen out of the garbage collector's scans (as the bot
does once it is ready), so a long run does not time the collector walking that history.

Start to ready and idle RSS are of the bot alone: ``python -m bot`` started as its own
process against an emulator in this one, on a fresh database (migrations and the first
command sync included), ready when it logs that it has logged in; RSS after a few idle
seconds. Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import itertools
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.botprocess import bot_process, status_mib
from bench.postgres import postgres_server
from bot.i18n import Catalog
from sandbox.emulator import DiscordEmulator, patched_discord_urls
from storage.er import ErRepository
from storage.guilds import GuildRepository
from storage.members import MemberRepository
from tests.support.clock import DEFAULT_NOW, ManualClock
from tests.support.harness import Harness, running_harness

Timed = Callable[[Harness, int], Awaitable[float]]  # one interaction -> seconds to its answer


@dataclass
class Case:
    label: str
    run: Timed
    chart: bool = False  # fewer interactions: a chart takes 100+ ms


def members(h: Harness) -> list[Any]:
    return [h.alice, h.bob, h.mod]


Options = dict[str, Any] | Callable[[], dict[str, Any]]


def slash(command: str, options: Options | None = None, *, alice: bool = False) -> Timed:
    """``alice``: always as the member with saved history (others get "nothing saved").
    ``options`` may be a function, called for each interaction's own options."""

    async def one(h: Harness, i: int) -> float:
        values = options() if callable(options) else dict(options or {})
        started = time.monotonic()
        user = h.alice if alice else members(h)[i % 3]
        result = await h.emu.slash(h.guild.id, user.id, command, values, timeout=60)
        return result.requests[-1].at - started

    return one


def autocomplete(command: str, focused: str, queries: list[str]) -> Timed:
    async def one(h: Harness, i: int) -> float:
        started = time.monotonic()
        await h.emu.autocomplete(h.guild.id, members(h)[i % 3].id, command, {}, focused, timeout=60)
        return time.monotonic() - started

    async def typed(h: Harness, i: int) -> float:
        started = time.monotonic()
        await h.emu.autocomplete(
            h.guild.id,
            members(h)[i % 3].id,
            command,
            {focused: queries[i % len(queries)]},
            focused,
            timeout=60,
        )
        return time.monotonic() - started

    return typed if queries else one


def rsvp(state: dict[str, Any]) -> Timed:
    async def one(h: Harness, i: int) -> float:
        message, going = state["message"], state["going"]
        started = time.monotonic()
        result = await h.emu.click(h.guild.id, members(h)[i % 3].id, message, going, timeout=60)
        return result.requests[-1].at - started

    return one


async def seed(h: Harness, when: str = "2026-12-03 20:00") -> dict[str, Any]:
    """Saved ER results (for /er history), timezones, and one announced LIVE (at ``when``,
    Oslo time) with RSVPs."""
    now = h.clock.now()
    repo = MemberRepository(h.db)
    for member in members(h):
        await repo.update(h.guild.id, member.id, now, timezone="Europe/Oslo")
    for day in range(30):
        await h.emu.slash(
            h.guild.id,
            h.alice.id,
            "er views",
            {"views": f"{40 + day}K", "likes": "4.5K", "comments": "300", "shares": "200"},
            timeout=60,
        )
    assert await ErRepository(h.db).count(h.guild.id, h.alice.id) > 0
    await GuildRepository(h.db).update(h.guild.id, now, live_channel_id=h.channel.id)
    values = {"title": "Duet night", "when": when, "host1": h.alice.id}
    preview = await h.emu.slash(h.guild.id, h.mod.id, "live schedule", values, timeout=60)
    confirm = next(
        str(b["custom_id"]) for b in preview.buttons if str(b["custom_id"]).endswith(":confirm")
    )
    assert preview.message is not None
    await h.emu.click(h.guild.id, h.mod.id, preview.message, confirm, timeout=60)
    message = h.emu.channel_messages(h.channel.id)[-1]
    going = next(
        str(b["custom_id"])
        for row in message["components"]
        for b in row["components"]
        if str(b["custom_id"]).endswith(":going")
    )
    return {"message": message, "going": going}


_videos = itertools.count(7_300_000_000_000_000_000)


def new_post() -> dict[str, Any]:
    """A video not logged before: each ``/post log`` saves a post (the same link twice is
    refused, and the same minute without a link asks first)."""
    return {"video": f"https://www.tiktok.com/@bench/video/{next(_videos)}", "when": "yesterday"}


def cases(state: dict[str, Any]) -> list[Case]:
    return [
        Case("probe echo", slash("probe echo")),
        Case("about", slash("about")),
        Case(
            "er views",
            slash(
                "er views",
                {
                    "views": "50K",
                    "likes": "4.5K",
                    "comments": "300",
                    "shares": "200",
                    "save": False,
                },
            ),
        ),
        Case(
            "er followers",
            slash(
                "er followers",
                {
                    "followers": "20K",
                    "posts": 10,
                    "likes": "12K",
                    "comments": "800",
                    "save": False,
                },
            ),
        ),
        Case("benchmark lookup", slash("benchmark lookup", {"followers": "12K"})),
        Case("post log", slash("post log", new_post)),
        Case("streak leaderboard", slash("streak leaderboard", {"by": "current"})),
        Case("profile show", slash("profile show")),
        Case("timezone show", slash("timezone show")),
        Case("live list", slash("live list")),
        Case(
            "timezone autocomplete",
            autocomplete("timezone set", "zone", ["o", "os", "osl", "new y", "CET", "上海"]),
        ),
        Case("live autocomplete", autocomplete("live info", "live", ["", "1", "show", "#1"])),
        Case("RSVP click", rsvp(state)),
        Case("er history (chart)", slash("er history", alice=True), chart=True),
        Case("streak show (chart)", slash("streak show"), chart=True),
    ]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def drive(h: Harness, case: Case, count: int, concurrency: int) -> dict[str, float]:
    gc.collect()
    gc.freeze()
    gate = asyncio.Semaphore(concurrency)
    seconds: list[float] = []

    async def one(i: int) -> None:
        async with gate:
            seconds.append(await case.run(h, i))

    # Warm-up at the same concurrency, so what starts on demand under concurrency (the
    # second render process) has started before the timing does.
    warm = max(5, concurrency) if case.chart else 20
    await asyncio.gather(*(one(i) for i in range(min(warm, count))))
    seconds.clear()
    cpu, began = time.thread_time(), time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(count)))
    elapsed, cpu = time.perf_counter() - began, time.thread_time() - cpu
    return {
        "median": statistics.median(seconds) * 1000,
        "p99": percentile(seconds, 0.99) * 1000,
        "rate": count / elapsed,
        "cpu": cpu / count * 1000,
    }


async def profile(h: Harness, case: Case, count: int) -> None:
    """Where a case spends the loop thread's time: the top functions by own time."""
    await drive(h, case, 20, 1)  # warm-up
    profiler = cProfile.Profile()
    profiler.enable()
    await drive(h, case, count, 1)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
    print(f"\n/{case.label}: {count} interactions, one at a time\n{out.getvalue()}")


def row(label: str, f: dict[str, float], echo: dict[str, float]) -> str:
    def both(key: str, unit: str) -> str:
        ratio = f[key] / echo[key] if echo[key] else float("nan")
        return f"{f[key]:>8.2f}{unit} {ratio:>5.2f}×"

    rate_ratio = f["rate"] / echo["rate"] if echo["rate"] else float("nan")
    return (
        f"{label:<26}{both('median', 'ms')}{both('p99', 'ms')}"
        f"{f['rate']:>8.0f}/s {rate_ratio:>5.2f}×{both('cpu', 'ms')}"
    )


async def table(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with running_harness(
            Path(folder),
            Catalog.load(),
            extra_extensions=("tests.support.probe",),
            backend=args.database,
        ) as h:
            h.emu.settle = 0.0
            h.emu.ack_deadline = None
            with patched_discord_urls(h.emu):
                state = await seed(h)
                chosen = [c for c in cases(state) if not args.only or c.label in args.only]
                if not any(c.label == "probe echo" for c in chosen):
                    chosen.insert(0, cases(state)[0])
                header = (
                    f"{'':<26}{'median':>10} {'×echo':>6}{'p99':>10} {'×echo':>6}"
                    f"{'per s':>10} {'×echo':>6}{'loop CPU':>10} {'×echo':>6}"
                )
                if args.profile:
                    for case in chosen:
                        if case.label != "probe echo":
                            await profile(h, case, args.count)
                    return
                for concurrency in (1, args.concurrency):
                    print(
                        f"\n{args.database}, {concurrency} in flight; {args.count} interactions a case "
                        f"({max(10, args.count // 10)} for charts); final answer"
                    )
                    print(header)
                    echo: dict[str, float] = {}
                    for case in chosen:
                        count = max(10, args.count // 10) if case.chart else args.count
                        figures = await drive(h, case, count, concurrency)
                        if case.label == "probe echo":
                            echo = figures
                        print(row("/" + case.label, figures, echo or figures), flush=True)


async def first_identify(emu: DiscordEmulator, spawned: float) -> float:
    """Seconds from ``spawned`` (time.perf_counter()) to the emulator's first IDENTIFY."""
    while not emu.identified:  # noqa: ASYNC110 - the emulator's record, polled
        await asyncio.sleep(0.002)
    return time.perf_counter() - spawned


async def start_up(runs: int, idle: float, shard_counts: tuple[int, ...] = (1,)) -> None:
    """``python -m bot`` started ``runs`` times for each shard count (Discord's
    recommendation, one server on each shard): spawn to the first IDENTIFY, to ready, and
    the bot's RSS once idle."""
    for shards in shard_counts:
        identifies: list[float] = []
        starts: list[float] = []
        sizes: list[float] = []
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as folder:
                async with DiscordEmulator(
                    clock=ManualClock(DEFAULT_NOW), recommended_shards=shards
                ) as emu:
                    for shard in range(shards):
                        guild = emu.add_guild(
                            emu.guild_id_for_shard(shard, shards), name=f"Creators {shard}"
                        )
                        emu.add_channel(guild.id, name="lives")
                    watching = asyncio.create_task(first_identify(emu, time.perf_counter()))
                    async with bot_process(emu, Path(folder) / "bot.sqlite3") as bot:
                        await emu.wait_until_connected(60)
                        identifies.append(await watching)
                        starts.append(bot.ready_after)
                        await asyncio.sleep(idle)
                        sizes.append(status_mib(bot.pid))

        label = f"{shards} shard{'s' if shards > 1 else ''}"
        print(
            f"\n{label}: spawn to the first IDENTIFY (python -m bot, fresh database): median "
            f"{statistics.median(identifies):.2f} s (min {min(identifies):.2f}, "
            f"max {max(identifies):.2f}) over {runs}"
        )
        print(
            f"{label}: start to ready: median {statistics.median(starts):.2f} s "
            f"(min {min(starts):.2f}, max {max(starts):.2f}) over {runs}"
        )
        print(
            f"{label}: idle RSS of the bot alone after {idle:.0f} s: median "
            f"{statistics.median(sizes):.1f} MiB (min {min(sizes):.1f}, max {max(sizes):.1f})"
        )


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", "--count", type=int, default=200, help="interactions a case")
    parser.add_argument("-c", "--concurrency", type=int, default=20, help="in flight at once")
    parser.add_argument("--only", action="append", help="a case's label (repeatable)")
    parser.add_argument("--no-start", action="store_true", help="skip start-up and idle RSS")
    parser.add_argument(
        "--profile", action="store_true", help="profile the chosen cases' loop time instead"
    )
    parser.add_argument("--starts", type=int, default=3, help="start-ups to measure")
    parser.add_argument(
        "--shards",
        default="1",
        help="shard counts to measure start-up and idle RSS at, e.g. 1,4,16 (default 1)",
    )
    parser.add_argument(
        "--database",
        choices=("sqlite", "postgres"),
        default="sqlite",
        help="where the bot keeps its data (postgres: a throwaway server unless "
        "CREATORPULSE_TEST_POSTGRES names one)",
    )
    args = parser.parse_args()
    with postgres_server(args.database == "postgres"):
        await table(args)
    if not args.no_start:
        counts = tuple(int(n) for n in args.shards.split(","))
        await start_up(args.starts, idle=3.0, shard_counts=counts)


if __name__ == "__main__":
    asyncio.run(main())
