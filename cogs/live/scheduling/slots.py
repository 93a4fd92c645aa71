"""Finding times when every host of a LIVE is free (pure: no discord, no clock).

Hosts bring UTC availability intervals (``bot.windows.expand``). Candidate
slots start on a grid aligned to UTC multiples of ``grid`` (quarter hours by default),
at or after ``earliest``, and end at or before ``latest``. A slot qualifies when every
known host is free for its whole duration.

Which of them are offered, and in what order, is ``ranking``'s: fewest night hours first,
then different times of day, different stretches of common time (days), the longest
stretch first, rotation of who is put at the edge of their free time (``edge_counts`` of
earlier LIVEs of this group, and the slots already offered), round starts, earliest. A
host's other LIVEs (``busy``) are never offered over.

Hosts without a timezone, or without availability (``intervals is None``), are
``unknown``: left out of the constraints and never assumed free. A host with an empty
list of intervals is known and simply never free. With no known host, nothing is found.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from itertools import accumulate, repeat
from operator import add, sub
from zoneinfo import ZoneInfo

from bot.windows import ALL_DAYS, Window, expand, expand_epoch
from cogs.live.scheduling.ranking import Candidate, pick, roundness

NIGHT = Window(ALL_DAYS, time(0), time(7))  # hours that count as night, local
_ONES = re.compile("1+")
_MARGIN = timedelta(days=1)


@dataclass(frozen=True)
class HostInput:
    user_id: int
    zone: str | None  # None = unknown timezone
    intervals: Sequence[tuple[datetime, datetime]] | None  # UTC availability; None = unknown


@dataclass(frozen=True)
class Slot:
    start: datetime  # UTC
    end: datetime  # UTC
    available: tuple[int, ...]  # hosts free for the whole slot
    missing: tuple[int, ...]  # known hosts not free
    night_hours: float  # sum over available hosts of hours inside 00:00–07:00 local
    edge_hosts: tuple[int, ...]  # hosts for whom the slot touches the start or end of their window


@dataclass(frozen=True)
class SlotSearch:
    common: list[Slot]  # every known host available (best first, <= limit)
    partial: list[Slot]  # when common is empty: best slots where the most hosts are available
    unknown: tuple[int, ...]  # hosts without timezone or availability (left out of constraints)
    # when no slot of the length asked is free for everyone: the longest time that is
    overlap: tuple[datetime, datetime] | None = None


def _epoch(moment: datetime) -> int:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime refused: slots work on UTC instants")
    return int(moment.timestamp())


def _seconds(span: timedelta, what: str) -> int:
    seconds = int(span.total_seconds())
    if seconds <= 0:
        raise ValueError(f"{what} must be positive")
    return seconds


def _int_intervals(intervals: Sequence[tuple[datetime, datetime]]) -> list[tuple[int, int]]:
    """Epoch-second intervals, sorted and merged."""
    merged: list[list[int]] = []
    for begin, finish in sorted((_epoch(a), _epoch(b)) for a, b in intervals):
        if finish <= begin:
            continue
        if merged and begin <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], finish)
        else:
            merged.append([begin, finish])
    return [(a, b) for a, b in merged]


def is_known(host: HostInput) -> bool:
    return host.zone is not None and host.intervals is not None


def host_from_windows(
    user_id: int,
    zone: str | None,
    windows: Sequence[Window],
    earliest: datetime,
    latest: datetime,
) -> HostInput:
    """A host as ``find_slots`` wants it, from their weekly windows.

    No zone or no windows: unknown. Intervals are expanded a day beyond the search
    range on both sides, so a window cut by the range does not look like its edge.
    """
    if zone is None or not windows:
        return HostInput(user_id, zone, None)
    return HostInput(user_id, zone, expand(windows, zone, earliest - _MARGIN, latest + _MARGIN))


class _Host:
    """One known host, in epoch seconds, with candidate bitmasks."""

    def __init__(self, host: HostInput, base: int, grid: int, duration: int, count: int) -> None:
        assert host.intervals is not None
        assert host.zone is not None
        self.source = host
        self.user_id = host.user_id
        self.zone = host.zone
        self.free = 0  # bit i: free for the whole slot starting at base + i * grid
        self.edges: set[int] = set()  # slots starting or ending (within a grid step) at an edge
        for begin, finish in _int_intervals(host.intervals):
            first = -((base - begin) // grid)  # ceil((begin - base) / grid)
            last = (finish - duration - base) // grid
            lo, hi = max(first, 0), min(last, count - 1)
            if lo > hi:
                continue
            self.free |= ((1 << (hi - lo + 1)) - 1) << lo
            if first == lo:
                self.edges.add(lo)
            if last == hi:
                self.edges.add(hi)


def _night_table(zone: str, base: int, step: int, duration: int, count: int) -> list[int]:
    """Seconds of local 00:00–07:00 in ``zone`` inside each candidate slot."""
    span = count * step + duration
    whole, rest = divmod(duration, step)
    cells = [0] * -(-span // step)  # night seconds in each grid cell
    heads = [0] * len(cells)  # night seconds in the first `rest` seconds of each cell
    for night_start, night_end in expand_epoch([NIGHT], zone, base, base + span):
        a, b = night_start - base, night_end - base
        first, last = a // step, (b - 1) // step
        if last - first > 1:  # cells wholly inside this night (nights never overlap)
            cells[first + 1 : last] = [step] * (last - first - 1)
            heads[first + 1 : last] = [rest] * (last - first - 1)
        for i in {first, last}:
            low = i * step
            cells[i] += min(b, low + step) - max(a, low)
            heads[i] += max(0, min(b, low + rest) - max(a, low))
    total = [0, *accumulate(cells)]
    table = list(map(sub, total[whole : whole + count], total[:count]))
    if rest:
        table = list(map(add, table, heads[whole : whole + count]))
    return table


def _bits(mask: int) -> list[int]:
    """Positions of the set bits, lowest first."""
    return [i for i, bit in enumerate(reversed(bin(mask)[2:])) if bit == "1"]


def find_slots(
    hosts: Sequence[HostInput],
    duration: timedelta,
    earliest: datetime,
    latest: datetime,
    *,
    recent_edge_counts: Mapping[int, int] | None = None,
    busy: Mapping[int, Sequence[tuple[datetime, datetime]]] | None = None,
    grid: timedelta = timedelta(minutes=15),
    limit: int = 5,
) -> SlotSearch:
    """The best slots of ``duration`` starting at or after ``earliest`` and ending by ``latest``.

    See the module docstring for qualification, and ``ranking`` for which are offered. A
    host listed twice counts once; ``busy``: each host's other LIVEs, never offered over.
    """
    length = _seconds(duration, "duration")
    step = _seconds(grid, "grid")
    first, stop = _epoch(earliest), _epoch(latest)
    base = -(-first // step) * step
    count = max(0, (stop - length - base) // step + 1)
    seen: set[int] = set()
    unique = [h for h in hosts if not (h.user_id in seen or seen.add(h.user_id))]  # type: ignore[func-returns-value]
    unknown = tuple(h.user_id for h in unique if not is_known(h))
    known = [_Host(h, base, step, length, count) for h in unique if is_known(h)]
    if count == 0 or not known or limit <= 0:
        return SlotSearch([], [], unknown)
    for host in known:
        for begin, finish in (busy or {}).get(host.user_id, ()):
            host.free &= ~_starts_over(_epoch(begin), _epoch(finish), base, step, length, count)
    counts = recent_edge_counts or {}
    night_tables: dict[str, list[int]] = {}
    shifts = {h.user_id: _minute_shift(h.zone, earliest) for h in known}

    def nights(host: _Host) -> list[int]:
        if host.zone not in night_tables:
            night_tables[host.zone] = _night_table(host.zone, base, step, length, count)
        return night_tables[host.zone]

    period = 3600 // math.gcd(step, 3600)
    edge_at: dict[int, list[int]] = {}  # start -> hosts whose free time it starts or ends at
    for host in known:
        for index in host.edges:
            edge_at.setdefault(index, []).append(host.user_id)

    def candidates(indexes: list[int], free_at: Mapping[int, list[_Host]]) -> list[Candidate]:
        """Each start with its costs; a stretch is a run of starts with the same hosts free."""
        runs: list[list[int]] = []
        previous, previous_free = -2, None
        for index in indexes:
            free = free_at[index]
            if index != previous + 1 or (free is not previous_free and free != previous_free):
                runs.append([])
            runs[-1].append(index)
            previous, previous_free = index, free
        found: list[Candidate] = []
        for stretch, run in enumerate(runs, start=1):
            free = free_at[run[0]]
            ids = {h.user_id for h in free}
            tables = [nights(h)[run[0] : run[-1] + 1] for h in free]
            starts = range(base + run[0] * step, base + (run[-1] + 1) * step, step)
            # The minutes past the hour repeat every `period` starts: score each once.
            own = [shifts[u] for u in ids]
            scores = {start % 3600: roundness(start, own) for start in starts[:period]}
            found.extend(
                map(
                    Candidate,
                    run,
                    starts,
                    map(sum, zip(*tables, strict=True)),
                    repeat(stretch),
                    repeat(len(run)),
                    (tuple(u for u in edge_at.get(i, ()) if u in ids) for i in run),
                    (scores[start % 3600] for start in starts),
                )
            )
        return found

    def chosen(found: list[Candidate], free_at: Mapping[int, list[_Host]]) -> list[Slot]:
        spacing = -(-length // step)  # grid steps between starts that do not overlap
        return [
            _slot(c, free_at[c.position], known, duration)
            for c in pick(found, limit, length, spacing, counts)
        ]

    common = (1 << count) - 1
    for host in known:
        common &= host.free
    if common:
        indexes = _bits(common)
        everyone = dict.fromkeys(indexes, known)
        return SlotSearch(chosen(candidates(indexes, everyone), everyone), [], unknown)

    tally = [0] * (count + 1)
    for host in known:
        for lo, hi in _runs(host.free):
            tally[lo] += 1
            tally[hi + 1] -= 1
    running, best, indexes = 0, 0, []
    for index, change in enumerate(tally[:count]):
        running += change
        if running > best:
            best, indexes = running, [index]
        elif running == best and best:
            indexes.append(index)
    overlap = longest_overlap([h.source for h in known], earliest, latest)
    if best == 0:
        return SlotSearch([], [], unknown, overlap)
    free_at = {index: [h for h in known if h.free >> index & 1] for index in indexes}
    return SlotSearch([], chosen(candidates(indexes, free_at), free_at), unknown, overlap)


def _runs(mask: int) -> list[tuple[int, int]]:
    """(first, last) positions of each run of set bits in ``mask``, lowest first."""
    return [(m.start(), m.end() - 1) for m in _ONES.finditer(bin(mask)[:1:-1])]


def _starts_over(begin: int, finish: int, base: int, step: int, length: int, count: int) -> int:
    """The candidate starts whose slot would overlap ``[begin, finish)``, as a bitmask."""
    low = max(0, (begin - length - base) // step + 1)
    high = min(count - 1, -(-(finish - base) // step) - 1)
    return ((1 << (high - low + 1)) - 1) << low if low <= high else 0


def _minute_shift(zone: str, moment: datetime) -> int:
    """The seconds past the hour of ``zone``'s UTC offset (1800 in India, 2700 in Nepal)."""
    offset = moment.astimezone(ZoneInfo(zone)).utcoffset() or timedelta(0)
    return int(offset.total_seconds()) % 3600


def longest_overlap(
    hosts: Sequence[HostInput], earliest: datetime, latest: datetime
) -> tuple[datetime, datetime] | None:
    """The longest stretch in [earliest, latest) when every host is free (None: never)."""
    common = [(earliest, latest)]
    for host in hosts:
        if host.intervals is None:
            continue
        mine = sorted(host.intervals)
        common = [
            (max(a, c), min(b, d)) for a, b in common for c, d in mine if max(a, c) < min(b, d)
        ]
        if not common:
            return None
    return max(common, key=lambda span: (span[1] - span[0], -span[0].timestamp()))


def _slot(
    candidate: Candidate, free: Sequence[_Host], known: Sequence[_Host], duration: timedelta
) -> Slot:
    start = datetime.fromtimestamp(candidate.start, UTC)
    ids = {h.user_id for h in free}
    return Slot(
        start=start,
        end=start + duration,
        available=tuple(h.user_id for h in known if h.user_id in ids),
        missing=tuple(h.user_id for h in known if h.user_id not in ids),
        night_hours=candidate.night / 3600,
        edge_hosts=candidate.edges,
    )


def edge_hosts(
    hosts: Sequence[HostInput],
    start: datetime,
    end: datetime,
    *,
    grid: timedelta = timedelta(minutes=15),
) -> tuple[int, ...]:
    """Known hosts free for all of ``[start, end)`` whose window that stretch starts or ends at.

    For counting how often each host was put at an edge in past LIVEs (``recent_edge_counts``).
    """
    begin, finish, step = _epoch(start), _epoch(end), _seconds(grid, "grid")
    found = []
    for host in hosts:
        if not is_known(host):
            continue
        assert host.intervals is not None
        for a, b in _int_intervals(host.intervals):
            if a <= begin and finish <= b:
                if begin - a < step or b - finish < step:
                    found.append(host.user_id)
                break
    return tuple(found)


def audience_heatmap(
    hosts: Sequence[HostInput],
    start: datetime,
    end: datetime,
    grid: timedelta = timedelta(minutes=15),
) -> list[tuple[datetime, int]]:
    """(cell start UTC, members free for the whole cell) for each grid cell in ``[start, end)``.

    Cells are aligned to UTC multiples of ``grid``; members without availability
    (``intervals is None``) are not counted. The timezone is not needed here.
    """
    step = _seconds(grid, "grid")
    base = -(-_epoch(start) // step) * step
    count = max(0, (_epoch(end) - base) // step)
    tally = [0] * (count + 1)
    for host in hosts:
        if host.intervals is None:
            continue
        for begin, finish in _int_intervals(host.intervals):
            lo = max(0, -((base - begin) // step))
            hi = min(count - 1, (finish - base) // step - 1)
            if lo <= hi:
                tally[lo] += 1
                tally[hi + 1] -= 1
    cells, running = [], 0
    for index in range(count):
        running += tally[index]
        cells.append((datetime.fromtimestamp(base + index * step, UTC), running))
    return cells
