"""How fast /live suggest's slot search and the audience heat map are.

Run from the repository root: ``python bench/slots.py``. Prints the median and the
slowest of several runs for each case, next to its goal.

- 6 hosts x 28 days (goal: under 20 ms of compute for /live suggest);
- the same search and an availability heat map over 200 members (goal: under 100 ms).

"Expand" is turning weekly windows into UTC intervals date by date (zoneinfo);
"search" is ``find_slots``; the /live suggest figure is both together.
"""

from __future__ import annotations

import random
import statistics
import sys
import time as clock
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.windows import ALL_DAYS, Window
from cogs.live.scheduling.slots import (
    HostInput,
    SlotSearch,
    audience_heatmap,
    find_slots,
    host_from_windows,
)

EARLIEST = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)  # a Monday, like the e2e clock
LATEST = EARLIEST + timedelta(days=28)
HOUR = timedelta(hours=1)
ZONES = [
    "Europe/Oslo",
    "Asia/Shanghai",
    "America/Sao_Paulo",
    "America/New_York",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Sydney",
    "Europe/London",
    "America/Los_Angeles",
    "Asia/Tokyo",
]
WEEKDAYS = frozenset(range(5))
WEEKEND = frozenset({5, 6})


def timed(run: Callable[[], object], repeat: int = 30) -> tuple[float, float]:
    """(median, slowest) milliseconds over ``repeat`` runs, after one warm-up run."""
    run()
    times = []
    for _ in range(repeat):
        started = clock.perf_counter()
        run()
        times.append((clock.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def evening_hosts() -> list[tuple[int, str, list[Window]]]:
    """Six hosts in six zones, free weekday evenings and long weekend afternoons."""
    return [
        (
            index,
            zone,
            [Window(WEEKDAYS, time(17), time(23)), Window(WEEKEND, time(10), time(23, 30))],
        )
        for index, zone in enumerate(ZONES[:6])
    ]


def always_hosts() -> list[tuple[int, str, list[Window]]]:
    """Worst case for ranking: everybody free all the time (every grid step qualifies)."""
    return [
        (index, zone, [Window(ALL_DAYS, time(0), time(0))]) for index, zone in enumerate(ZONES[:6])
    ]


def audience(count: int, seed: int = 7) -> list[tuple[int, str, list[Window]]]:
    """``count`` members in ten zones with one to three random windows each."""
    rng = random.Random(seed)
    members = []
    for index in range(count):
        windows = []
        for _ in range(rng.randint(1, 3)):
            days = frozenset(rng.sample(range(7), rng.randint(1, 7)))
            start = time(rng.randrange(24), rng.choice((0, 15, 30, 45)))
            end = time(rng.randrange(24), rng.choice((0, 30)))
            if end != start:
                windows.append(Window(days, start, end))
        members.append((index, rng.choice(ZONES), windows or [Window(WEEKEND, time(12), time(18))]))
    return members


def expand_all(people: list[tuple[int, str, list[Window]]]) -> list[HostInput]:
    return [
        host_from_windows(user, zone, windows, EARLIEST, LATEST) for user, zone, windows in people
    ]


def report(label: str, figures: tuple[float, float], goal: float | None = None) -> None:
    median, slowest = figures
    verdict = "" if goal is None else ("  OK" if median < goal else "  OVER GOAL")
    target = "" if goal is None else f"  (goal < {goal:g} ms)"
    print(f"{label:<58} median {median:7.2f} ms   max {slowest:7.2f} ms{target}{verdict}")


def suggest(people: list[tuple[int, str, list[Window]]]) -> SlotSearch:
    return find_slots(expand_all(people), HOUR, EARLIEST, LATEST)


def main() -> None:
    print(f"Python {sys.version.split()[0]}; range {EARLIEST:%Y-%m-%d} + 28 days, 15-minute grid\n")
    for name, people in (("evenings", evening_hosts()), ("always free", always_hosts())):
        hosts = expand_all(people)
        result = find_slots(hosts, HOUR, EARLIEST, LATEST)
        print(f"6 hosts, {name}: {len(result.common)} common, {len(result.partial)} partial")
        report(f"  expand 6 hosts x 28 days ({name})", timed(partial(expand_all, people)))
        report(
            f"  find_slots 6 hosts, 1 h ({name})",
            timed(partial(find_slots, hosts, HOUR, EARLIEST, LATEST)),
        )
        report(
            f"  find_slots 6 hosts, 50 min, with rotation ({name})",
            timed(
                partial(
                    find_slots,
                    hosts,
                    timedelta(minutes=50),
                    EARLIEST,
                    LATEST,
                    recent_edge_counts={0: 2, 3: 1},
                )
            ),
        )
        report(
            f"  /live suggest compute: expand + find_slots ({name})",
            timed(partial(suggest, people)),
            goal=20,
        )
    print()
    crowd = audience(200)
    hosts = expand_all(crowd)
    result = find_slots(hosts, HOUR, EARLIEST, LATEST)
    best = result.partial[0] if result.partial else None
    print(
        f"200 members: {len(result.common)} common, {len(result.partial)} partial"
        + (f", best slot has {len(best.available)} of 200 free" if best else "")
    )
    cells = audience_heatmap(hosts, EARLIEST, LATEST)
    print(f"heat map: {len(cells)} cells, busiest cell {max(c for _, c in cells)} members free")
    report("  expand 200 members x 28 days", timed(lambda: expand_all(crowd), repeat=10))
    report(
        "  audience_heatmap 200 members (expanded)",
        timed(lambda: audience_heatmap(hosts, EARLIEST, LATEST)),
    )
    report(
        "  find_slots 200 members (expanded)",
        timed(lambda: find_slots(hosts, HOUR, EARLIEST, LATEST)),
    )
    report(
        "  heat map compute: expand + audience_heatmap",
        timed(lambda: audience_heatmap(expand_all(crowd), EARLIEST, LATEST), repeat=10),
        goal=100,
    )
    report(
        "  slot search compute: expand + find_slots",
        timed(lambda: find_slots(expand_all(crowd), HOUR, EARLIEST, LATEST), repeat=10),
        goal=100,
    )


if __name__ == "__main__":
    main()
