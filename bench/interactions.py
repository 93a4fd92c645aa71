"""Drive N slash commands through the local Discord emulator and print latency figures.

    python bench/interactions.py                       # echo baseline, /about, /er views
    python bench/interactions.py -n 2000 -c 50         # more, with 50 in flight at once
    python bench/interactions.py --command "er views" --options '{"views": "50K", "likes": "4.5K",
        "comments": "300", "shares": "200"}'

Latency is measured from dispatching INTERACTION_CREATE to the bot's first answer (the
callback) and to its final answer (a followup after a defer). The emulator runs in the
same process as the bot, so figures include its work; peak RSS is the whole process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.i18n import Catalog
from sandbox.emulator import patched_discord_urls
from tests.support.harness import Harness, running_harness

DEFAULT_RUNS: list[tuple[str, dict[str, Any]]] = [
    ("probe echo", {}),
    ("about", {}),
    (
        "er views",
        {"views": "50K", "likes": "4.5K", "comments": "300", "shares": "200", "save": False},
    ),
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))
    return ordered[index]


async def drive(
    h: Harness, command: str, options: dict[str, Any], count: int, concurrency: int
) -> dict[str, float]:
    h.emu.settle = 0.0
    h.emu.ack_deadline = None
    members = [h.alice, h.bob, h.mod]
    gate = asyncio.Semaphore(concurrency)
    first: list[float] = []
    final: list[float] = []

    async def one(i: int) -> None:
        async with gate:
            started = time.monotonic()
            result = await h.emu.slash(
                h.guild.id, members[i % len(members)].id, command, options, timeout=60
            )
            first.append(result.requests[0].at - started)
            final.append(result.requests[-1].at - started)

    for i in range(min(20, count)):  # warm-up
        await one(i)
    first.clear()
    final.clear()
    began = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(count)))
    elapsed = time.perf_counter() - began
    return {
        "median_ms": statistics.median(first) * 1000,
        "p99_ms": percentile(first, 0.99) * 1000,
        "final_median_ms": statistics.median(final) * 1000,
        "final_p99_ms": percentile(final, 0.99) * 1000,
        "throughput": count / elapsed,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", "--count", type=int, default=500, help="interactions per command")
    parser.add_argument(
        "-c", "--concurrency", type=int, default=20, help="interactions in flight at once"
    )
    parser.add_argument(
        "--command", help='a command to measure, e.g. "er views" (the echo baseline always runs)'
    )
    parser.add_argument("--options", default="{}", help="JSON options for --command")
    args = parser.parse_args()
    runs = [("probe echo", {})]
    if args.command:
        runs.append((args.command, json.loads(args.options)))
    else:
        runs = list(DEFAULT_RUNS)
    with tempfile.TemporaryDirectory() as folder:
        async with running_harness(
            Path(folder), Catalog.load(), extra_extensions=("tests.support.probe",)
        ) as h:
            with patched_discord_urls(h.emu):
                available = {c["name"] for c in h.emu.commands()}
                print(f"{args.count} interactions per command, {args.concurrency} in flight\n")
                print(
                    f"{'command':<14}{'median':>10}{'p99':>10}{'final med':>11}{'final p99':>11}{'per s':>9}"
                )
                for command, options in runs:
                    if command.split()[0] not in available:
                        print(f"{command:<14}  (not available in this build)")
                        continue
                    figures = await drive(h, command, options, args.count, args.concurrency)
                    print(
                        f"{'/' + command:<14}{figures['median_ms']:>8.2f}ms{figures['p99_ms']:>8.2f}ms"
                        f"{figures['final_median_ms']:>9.2f}ms{figures['final_p99_ms']:>9.2f}ms"
                        f"{figures['throughput']:>9.0f}"
                    )
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"\npeak RSS (bot + emulator, one process): {peak_kib / 1024:.1f} MiB")


if __name__ == "__main__":
    asyncio.run(main())
