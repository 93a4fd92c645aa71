"""A mixed load through the local Discord emulator: many servers, members, commands at once.

    python bench/load.py                        # 20 servers, 500 members, 20,000 interactions
    python bench/load.py -n 4000 -c 32          # a shorter run

The bot runs as its own process (``python -m bot``, with the test-only probe commands
loaded for the baseline: ``bench/botprocess.py``) against the emulator in this one, on a
database seeded before it starts: members with a timezone, availability and a profile
(their posts come from the mix's /post log). The mix: /er views 30%, /post log 20%,
/streak show 15%, /live list 10%, autocompletes 15% (/timezone set zone, /live info live),
/benchmark lookup 10%. The bare echo command (tests/support/probe.py) runs as the
baseline in the same bot, before the mix, with the same concurrency.

Latency is from dispatching INTERACTION_CREATE to the bot's final answer (the followup
after a defer, or the callback); it includes the emulator's share of the two cores. An
"error" is an answer with the unexpected-error apology or a line the bot logged at ERROR
level; "unanswered" is no answer in 10 s. Memory is sampled every 0.25 s from /proc and
never mixed: the bot process's RSS (its first and last quarter of the mix by time, its
peak), its child processes' (the chart render processes and multiprocessing's resource
tracker), and this process's (the emulator, which keeps every message it was sent, and
the driver).
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import time as clock_time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.botprocess import BotProcess, bot_process, descendants, status_mib
from bench.postgres import postgres_server
from bot.i18n import Catalog
from sandbox.emulator import DiscordEmulator
from sandbox.emulator.models import Member
from storage import Database
from storage.availability import AvailabilityRepository
from storage.members import MemberRepository
from tests.support.clock import DEFAULT_NOW, ManualClock
from tests.support.databases import database_url, open_test_database

ZONES = ["Europe/Oslo", "Asia/Shanghai", "America/New_York", "Europe/London", "Asia/Tokyo"]
LOCALES = ["en-US", "zh-CN", "no"]
MIX: list[tuple[str, float]] = [
    ("er views", 0.30),
    ("post log", 0.20),
    ("streak show", 0.15),
    ("live list", 0.10),
    ("autocomplete timezone set", 0.075),
    ("autocomplete live info", 0.075),
    ("benchmark lookup", 0.10),
]
CHARTS = {"streak show"}  # commands that draw a chart
SAMPLE_EVERY = 0.25  # seconds between memory samples


@dataclass
class Figures:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: int = 0
    unanswered: int = 0


@dataclass
class Memory:
    """The bot process's memory and its children's, sampled from /proc, kept apart."""

    pid: int
    bot: list[tuple[float, float]] = field(default_factory=list)  # (monotonic, MiB) in the mix
    bot_peak: float = 0.0  # VmHWM
    children_peak: dict[int, float] = field(default_factory=dict)  # pid -> VmHWM
    children_kind: dict[int, str] = field(default_factory=dict)  # pid -> what it runs
    children_together: float = 0.0  # the largest sum of the children's VmRSS at one sample
    mix: tuple[float, float] | None = None  # (began, ended), monotonic

    def sample(self) -> None:
        now = time.monotonic()
        rss = status_mib(self.pid)
        self.bot_peak = max(self.bot_peak, status_mib(self.pid, "VmHWM"))
        if self.mix is not None and not math.isnan(rss):
            self.bot.append((now, rss))
        together = 0.0
        for child in descendants(self.pid):
            size = status_mib(child)
            if not math.isnan(size):
                together += size
                peak = status_mib(child, "VmHWM")
                self.children_peak[child] = max(self.children_peak.get(child, 0.0), peak)
                if child not in self.children_kind:
                    self.children_kind[child] = child_kind(child)
        self.children_together = max(self.children_together, together)

    async def sample_until_cancelled(self) -> None:
        while True:
            self.sample()
            await asyncio.sleep(SAMPLE_EVERY)

    def quarters(self) -> tuple[float, float] | None:
        """Mean RSS of the bot in the mix's first and last quarter (by time)."""
        if self.mix is None or len(self.bot) < 8:
            return None
        began, ended = self.mix
        quarter = (ended - began) / 4
        first = [rss for at, rss in self.bot if at <= began + quarter]
        last = [rss for at, rss in self.bot if at >= ended - quarter]
        if not first or not last:
            return None
        return statistics.mean(first), statistics.mean(last)


def child_kind(pid: int) -> str:
    """What a child of the bot runs: a chart render process, multiprocessing's resource
    tracker, or (shortened) its command line."""
    try:
        words = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:
        return "gone"
    line = " ".join(words)
    if "spawn_main" in line:
        return "render"
    if "resource_tracker" in line:
        return "resource tracker"
    return line[:60]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def populate(
    emu: DiscordEmulator, database: Database, servers: int, members: int, *, shards: int = 1
) -> list[tuple[int, Member]]:
    """Servers with members in the emulator, and in the database (before the bot opens
    it) each member's timezone, availability and profile. With ``shards``, the servers
    are dealt over that many shards in turn."""
    people: list[tuple[int, Member]] = []
    guilds = [
        emu.add_guild(
            emu.guild_id_for_shard(i % shards, shards) if shards > 1 else None, name=f"server {i}"
        )
        for i in range(servers)
    ]
    for guild in guilds:
        emu.add_channel(guild.id, name="lives")
    now = emu.clock.now()
    async with database as db:
        await db.migrate()
        repo, windows = MemberRepository(db), AvailabilityRepository(db)
        for i in range(members):
            guild = guilds[i % len(guilds)]
            member = emu.add_member(guild.id, name=f"member{i}")
            await repo.update(
                guild.id, member.id, now, timezone=ZONES[i % len(ZONES)], followers=1000 + 37 * i
            )
            start = clock_time(17 + i % 4, 0)
            await windows.replace(
                guild.id, member.id, [(frozenset(range(7)), start, clock_time(22, 0))], now
            )
            people.append((guild.id, member))
    return people


def interaction(kind: str, rng: random.Random, n: int) -> tuple[str, dict[str, Any], str | None]:
    """(command, options, focused option for an autocomplete)."""
    if kind == "er views":
        views = rng.randint(1_000, 500_000)
        options = {
            "views": str(views),
            "likes": str(views // 12),
            "comments": str(views // 200),
            "shares": str(views // 300),
            "saves": str(views // 400),
            "save": rng.random() < 0.5,
        }
        return kind, options, None
    if kind == "post log":
        return kind, {"video": f"https://www.tiktok.com/@bench/video/{7_300_000_000_000 + n}"}, None
    if kind == "benchmark lookup":
        return (
            kind,
            {"followers": f"{rng.randint(1, 900)}K", "er": f"{rng.uniform(1, 12):.1f}"},
            None,
        )
    if kind == "autocomplete timezone set":
        return "timezone set", {"zone": rng.choice(["Osl", "new y", "上海", "tok", "lond"])}, "zone"
    if kind == "autocomplete live info":
        return "live info", {"live": rng.choice(["", "1", "Q"])}, "live"
    return kind, {}, None


def mix_kinds(count: int) -> list[str]:
    """``count`` interactions drawn from ``MIX`` by its shares (the same draw every run)."""
    rng = random.Random(3)
    names, weights = zip(*MIX, strict=True)
    return rng.choices(names, weights=weights, k=count)


async def drive(
    emu: DiscordEmulator,
    people: list[tuple[int, Member]],
    kinds: list[str],
    concurrency: int,
    figures: Figures,
    apology: str,
) -> float:
    rng = random.Random(17)
    gate = asyncio.Semaphore(concurrency)

    async def one(n: int, kind: str) -> None:
        guild_id, member = people[n % len(people)]
        command, options, focused = interaction(kind, rng, n)
        locale = LOCALES[n % len(LOCALES)]
        async with gate:
            started = time.monotonic()
            try:
                if focused is not None:
                    await emu.autocomplete(
                        guild_id, member.id, command, options, focused, locale=locale, timeout=10
                    )
                    finished = time.monotonic()
                else:
                    result = await emu.slash(
                        guild_id, member.id, command, options, locale=locale, timeout=10
                    )
                    finished = result.requests[-1].at if result.requests else time.monotonic()
                    if apology in result.text:
                        figures.errors += 1
            except AssertionError:
                figures.unanswered += 1
                return
            figures.latencies[kind].append(finished - started)

    began = time.perf_counter()
    await asyncio.gather(*(one(n, kind) for n, kind in enumerate(kinds)))
    return time.perf_counter() - began


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", "--count", type=int, default=20_000, help="interactions in the mix")
    parser.add_argument("-c", "--concurrency", type=int, default=64, help="in flight at once")
    parser.add_argument("--servers", type=int, default=20)
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument(
        "--database",
        choices=("sqlite", "postgres"),
        default="sqlite",
        help="where the bot keeps its data (postgres: a throwaway server unless "
        "CREATORPULSE_TEST_POSTGRES names one)",
    )
    args = parser.parse_args()
    with postgres_server(args.database == "postgres"):
        await run(args)


async def run(args: argparse.Namespace) -> None:
    apology = Catalog.load().render("en-US", "error-unexpected", {"reference": "x"})[:20]
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "creatorpulse.sqlite3"
        async with (
            database_url(Path(folder), args.database) as url,
            DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu,
        ):
            emu.settle = 0.0
            emu.ack_deadline = None
            people = await populate(
                emu, open_test_database(url, database), args.servers, args.members
            )
            async with bot_process(
                emu, database, extra_extensions=("tests.support.probe",), url=url
            ) as bot:
                await emu.wait_until_connected(10)
                memory = Memory(bot.pid)
                sampler = asyncio.create_task(memory.sample_until_cancelled())
                baseline = Figures()
                echo_count = max(1000, args.count // 10)
                echo_time = await drive(
                    emu, people, ["probe echo"] * echo_count, args.concurrency, baseline, apology
                )
                kinds = mix_kinds(args.count)
                mixed = Figures()
                began = time.monotonic()
                memory.mix = (began, began)
                mixed_time = await drive(emu, people, kinds, args.concurrency, mixed, apology)
                memory.mix = (began, time.monotonic())
                sampler.cancel()
                memory.sample()  # the last one, VmHWM included, before the bot stops
            problems = len(emu.protocol_errors) + len(emu.unhandled)
    report(
        args,
        baseline,
        echo_count / echo_time,
        mixed,
        args.count / mixed_time,
        bot,
        memory,
        problems,
    )


def report(
    args: argparse.Namespace,
    baseline: Figures,
    echo_rate: float,
    mixed: Figures,
    mixed_rate: float,
    bot: BotProcess,
    memory: Memory,
    problems: int,
) -> None:
    echo = baseline.latencies["probe echo"]
    echo_median, echo_p99 = statistics.median(echo) * 1000, percentile(echo, 0.99) * 1000
    print(
        f"{args.database}: {args.servers} servers, {args.members} members, {args.count} interactions, "
        f"{args.concurrency} in flight, {os.cpu_count()} cores\n"
    )
    print(f"{'command':<28}{'share':>7}{'median':>10}{'p99':>10}{'med/echo':>10}{'p99/echo':>10}")
    print(f"{'/probe echo (baseline)':<28}{'':>7}{echo_median:>8.1f}ms{echo_p99:>8.1f}ms")
    total = sum(len(v) for v in mixed.latencies.values()) or 1
    for kind, _ in MIX:
        values = mixed.latencies.get(kind) or [0.0]
        median, p99 = statistics.median(values) * 1000, percentile(values, 0.99) * 1000
        chart = " (chart)" if kind in CHARTS else ""
        print(
            f"{'/' + kind + chart:<28}{len(values) / total:>6.0%}{median:>8.1f}ms{p99:>8.1f}ms"
            f"{median / echo_median:>9.1f}x{p99 / echo_p99:>9.1f}x"
        )
    print(f"\nthroughput: echo {echo_rate:.0f}/s, mix {mixed_rate:.0f}/s")
    print(
        f"errors: {mixed.errors + baseline.errors} apologies, {bot.errors} logged errors "
        f"({bot.warnings} warnings); {problems} protocol problems seen by the emulator"
    )
    for line in bot.first_errors:
        print(f"  {line}")
    for line in bot.first_warnings:
        print(f"  {line[:160]}")
    print(f"unanswered: {mixed.unanswered + baseline.unanswered}")
    quarters = memory.quarters()
    if quarters is not None:
        first, last = quarters
        print(
            f"bot RSS: first quarter {first:.0f} MiB, last quarter {last:.0f} MiB, "
            f"growth {last / first - 1:+.1%}, peak {memory.bot_peak:.0f} MiB"
        )
    else:
        print(f"bot RSS: too few samples for quarters; peak {memory.bot_peak:.0f} MiB")
    kinds: dict[str, list[float]] = defaultdict(list)
    for child, peak in memory.children_peak.items():
        kinds[memory.children_kind.get(child, "?")].append(peak)
    each = "; ".join(
        f"{kind} {', '.join(f'{peak:.0f}' for peak in sorted(peaks, reverse=True))} MiB"
        for kind, peaks in sorted(kinds.items())
    )
    print(
        f"bot's child processes (peak each): {each or 'none'}; "
        f"together at most {memory.children_together:.0f} MiB"
    )
    bench = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (emulator and driver): {bench:.0f} MiB")


if __name__ == "__main__":
    asyncio.run(main())
