"""A mixed load through the local Discord emulator: many servers, members, commands at once.

    python bench/load.py                        # 20 servers, 500 members, 20,000 interactions
    python bench/load.py -n 4000 -c 32          # a shorter run

Members have timezones, availability, a profile and a few posts. The mix: /er views 30%,
/post log 20%, /streak show 15%, /live list 10%, autocompletes 15% (/timezone set zone,
/live info live), /benchmark lookup 10%. The bare echo command (tests/support/probe.py)
runs as the baseline in the same process, before the mix, with the same concurrency.

Latency is from dispatching INTERACTION_CREATE to the bot's final answer (the followup
after a defer, or the callback). The emulator runs in the same process as the bot, so the
figures include its work; RSS is the whole process. An "error" is an answer with the
unexpected-error apology or an error the bot logged; "unanswered" is no answer in 10 s.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
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

from bot.i18n import Catalog
from sandbox.emulator import patched_discord_urls
from sandbox.emulator.models import Member
from storage.availability import AvailabilityRepository
from storage.members import MemberRepository
from tests.support.harness import Harness, running_harness

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


@dataclass
class Figures:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: int = 0
    unanswered: int = 0
    rss: list[tuple[int, float]] = field(default_factory=list)  # (interaction, MiB)


def current_rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def populate(h: Harness, servers: int, members: int) -> list[tuple[int, Member]]:
    """Servers with members, each with a timezone, availability and a profile."""
    people: list[tuple[int, Member]] = []
    guilds = [h.guild] + [h.emu.add_guild(name=f"server {i}") for i in range(1, servers)]
    for guild in guilds:
        if guild is not h.guild:
            h.emu.add_channel(guild.id, name="lives")
    repo, windows = MemberRepository(h.db), AvailabilityRepository(h.db)
    now = h.clock.now()
    for i in range(members):
        guild = guilds[i % len(guilds)]
        member = h.emu.add_member(guild.id, name=f"member{i}")
        await repo.update(
            guild.id, member.id, now, timezone=ZONES[i % len(ZONES)], followers=1000 + 37 * i
        )
        start = clock_time(17 + i % 4, 0)
        await windows.replace(
            guild.id, member.id, [(frozenset(range(7)), start, clock_time(22, 0))], now
        )
        people.append((guild.id, member))
    await asyncio.sleep(0.5)  # the GUILD_CREATEs reach the bot
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


async def drive(
    h: Harness,
    people: list[tuple[int, Member]],
    kinds: list[str],
    concurrency: int,
    figures: Figures,
    apology: str,
) -> float:
    rng = random.Random(17)
    gate = asyncio.Semaphore(concurrency)
    done = 0

    async def one(n: int, kind: str) -> None:
        nonlocal done
        guild_id, member = people[n % len(people)]
        command, options, focused = interaction(kind, rng, n)
        locale = LOCALES[n % len(LOCALES)]
        async with gate:
            started = time.monotonic()
            try:
                if focused is not None:
                    await h.emu.autocomplete(
                        guild_id, member.id, command, options, focused, locale=locale, timeout=10
                    )
                    finished = time.monotonic()
                else:
                    result = await h.emu.slash(
                        guild_id, member.id, command, options, locale=locale, timeout=10
                    )
                    finished = result.requests[-1].at if result.requests else time.monotonic()
                    if apology in result.text:
                        figures.errors += 1
            except AssertionError:
                figures.unanswered += 1
                return
            figures.latencies[kind].append(finished - started)
            done += 1
            if done % max(1, len(kinds) // 20) == 0:
                figures.rss.append((done, current_rss_mib()))

    began = time.perf_counter()
    await asyncio.gather(*(one(n, kind) for n, kind in enumerate(kinds)))
    return time.perf_counter() - began


class ErrorCount(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", "--count", type=int, default=20_000, help="interactions in the mix")
    parser.add_argument("-c", "--concurrency", type=int, default=64, help="in flight at once")
    parser.add_argument("--servers", type=int, default=20)
    parser.add_argument("--members", type=int, default=500)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    errors_logged = ErrorCount()
    with tempfile.TemporaryDirectory() as folder:
        async with running_harness(
            Path(folder), Catalog.load(), extra_extensions=("tests.support.probe",)
        ) as h:
            logging.getLogger().addHandler(errors_logged)
            with patched_discord_urls(h.emu), h.expect_errors():
                h.emu.settle = 0.0
                h.emu.ack_deadline = None
                people = await populate(h, args.servers, args.members)
                apology = h.catalog.render("en-US", "error-unexpected", {"reference": "x"})[:20]
                baseline = Figures()
                echo_count = max(1000, args.count // 10)
                echo_time = await drive(
                    h, people, ["probe echo"] * echo_count, args.concurrency, baseline, apology
                )
                rng = random.Random(3)
                names, weights = zip(*MIX, strict=True)
                kinds = rng.choices(names, weights=weights, k=args.count)
                mixed = Figures()
                mixed_time = await drive(h, people, kinds, args.concurrency, mixed, apology)
            logging.getLogger().removeHandler(errors_logged)
    report(args, baseline, echo_count / echo_time, mixed, args.count / mixed_time, errors_logged)


def report(
    args: argparse.Namespace,
    baseline: Figures,
    echo_rate: float,
    mixed: Figures,
    mixed_rate: float,
    logged: ErrorCount,
) -> None:
    echo = baseline.latencies["probe echo"]
    echo_median, echo_p99 = statistics.median(echo) * 1000, percentile(echo, 0.99) * 1000
    print(
        f"{args.servers} servers, {args.members} members, {args.count} interactions, "
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
    print(f"errors: {mixed.errors + baseline.errors} apologies, {logged.count} logged errors")
    print(f"unanswered: {mixed.unanswered + baseline.unanswered}")
    samples = [rss for _, rss in mixed.rss]
    if len(samples) >= 4:
        quarter = len(samples) // 4
        first = statistics.mean(samples[:quarter])
        last = statistics.mean(samples[-quarter:])
        print(
            f"RSS: first quarter {first:.0f} MiB, last quarter {last:.0f} MiB, growth {last / first - 1:+.1%}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS (bot + emulator, one process): {peak:.0f} MiB")


if __name__ == "__main__":
    asyncio.run(main())
