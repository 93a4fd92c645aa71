"""Finding times when every host of a LIVE is free (pure: no discord, no clock).

Hosts bring UTC availability intervals (``bot.windows.expand``). Candidate
slots start on a grid aligned to UTC multiples of ``grid`` (quarter hours by default),
at or after ``earliest``, and end at or before ``latest``. A slot qualifies when every
known host is free for its whole duration.

Ranking, best first:

1. fewest host-hours inside 00:00–07:00 local, summed over the available hosts;
2. rotation: the slot whose *edge hosts* (hosts whose window the slot starts at or ends
   at, within one grid step) were put at an edge least often in earlier LIVEs of this
   group (``recent_edge_counts``) ranks higher: compared first by the highest count among
   its edge hosts, then by the sum of their counts; a slot with no edge host counts 0;
3. earliest.

Variety: returned slots never overlap (starts at least ``duration`` apart), and slots are
taken round by round, one per separate stretch of common time (usually a different day)
per round, so a second slot from one evening comes only after every other evening gave
one. The chosen slots are then listed best first.

Hosts without a timezone, or without availability (``intervals is None``), are
``unknown``: left out of the constraints and never assumed free. A host with an empty
list of intervals is known and simply never free. With no known host, nothing is found.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from itertools import accumulate
from operator import add, sub

from bot.windows import ALL_DAYS, Window, expand, expand_epoch

NIGHT = Window(ALL_DAYS, time(0), time(7))  # hours that count as night, local
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
        self.ranges: list[tuple[int, int]] = []
        for begin, finish in _int_intervals(host.intervals):
            first = -((base - begin) // grid)  # ceil((begin - base) / grid)
            last = (finish - duration - base) // grid
            lo, hi = max(first, 0), min(last, count - 1)
            if lo > hi:
                continue
            self.free |= ((1 << (hi - lo + 1)) - 1) << lo
            self.ranges.append((lo, hi))
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


# A ranked candidate: (night seconds, highest edge count, sum of edge counts, index).
_Key = tuple[int, int, int, int]


def _pick(
    ranked: list[_Key], blocks: Mapping[int, int], limit: int, grid: int, duration: int
) -> list[_Key]:
    """Up to ``limit`` varied candidates from ``ranked`` (best first), listed best first.

    Round by round, each stretch of common time (block) gives its best candidate that
    does not overlap one already chosen, so five slots spread over several days rather
    than filling one evening.
    """
    chosen: list[_Key] = []
    stretches = len(set(blocks.values()))
    spacing = -(-duration // grid)  # grid steps between starts that do not overlap
    while len(chosen) < limit:
        this_round: set[int] = set()
        for key in ranked:
            if len(chosen) >= limit or len(this_round) == stretches:
                break
            index, block = key[3], blocks[key[3]]
            if block in this_round:
                continue
            if all(abs(index - c[3]) >= spacing for c in chosen):
                chosen.append(key)
                this_round.add(block)
        if not this_round:
            break
    chosen.sort()
    return chosen


def find_slots(
    hosts: Sequence[HostInput],
    duration: timedelta,
    earliest: datetime,
    latest: datetime,
    *,
    recent_edge_counts: Mapping[int, int] | None = None,
    grid: timedelta = timedelta(minutes=15),
    limit: int = 5,
) -> SlotSearch:
    """The best slots of ``duration`` starting at or after ``earliest`` and ending by ``latest``.

    See the module docstring for qualification, ranking and variety rules. A host listed
    twice counts once.
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
    counts = recent_edge_counts or {}
    night_tables: dict[str, list[int]] = {}

    def nights(host: _Host) -> list[int]:
        if host.zone not in night_tables:
            night_tables[host.zone] = _night_table(host.zone, base, step, length, count)
        return night_tables[host.zone]

    def rotation(index: int, free: Sequence[_Host]) -> tuple[int, int]:
        scores = [counts.get(h.user_id, 0) for h in free if index in h.edges]
        return max(scores, default=0), sum(scores)

    def build(keys: list[_Key], free_at: Mapping[int, list[_Host]]) -> list[Slot]:
        return [_slot(key, free_at[key[3]], known, base, step, duration) for key in keys]

    common = (1 << count) - 1
    for host in known:
        common &= host.free
    if common:
        indexes = _bits(common)
        tables = [nights(h) for h in known]
        totals = list(map(sum, zip(*tables, strict=True))) if len(tables) > 1 else tables[0]
        keys: list[_Key] = []
        blocks: dict[int, int] = {}
        block, previous = 0, -2
        for index in indexes:
            block += index != previous + 1
            blocks[index] = block
            previous = index
            late, total = rotation(index, known) if counts else (0, 0)
            keys.append((totals[index], late, total, index))
        keys.sort()
        picked = _pick(keys, blocks, limit, step, length)
        return SlotSearch(build(picked, dict.fromkeys(blocks, known)), [], unknown)

    tally = [0] * (count + 1)
    for host in known:
        for lo, hi in host.ranges:
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
    keys = []
    blocks = {}
    free_at: dict[int, list[_Host]] = {}
    block, previous = 0, -2
    previous_ids: tuple[int, ...] = ()
    for index in indexes:
        free = [h for h in known if h.free >> index & 1]
        ids = tuple(h.user_id for h in free)
        block += index != previous + 1 or ids != previous_ids
        previous, previous_ids = index, ids
        blocks[index], free_at[index] = block, free
        night = sum(nights(h)[index] for h in free)
        late, total = rotation(index, free) if counts else (0, 0)
        keys.append((night, late, total, index))
    keys.sort()
    picked = _pick(keys, blocks, limit, step, length)
    return SlotSearch([], build(picked, free_at), unknown, overlap)


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
    key: _Key,
    free: Sequence[_Host],
    known: Sequence[_Host],
    base: int,
    step: int,
    duration: timedelta,
) -> Slot:
    index = key[3]
    start = datetime.fromtimestamp(base + index * step, UTC)
    ids = {h.user_id for h in free}
    return Slot(
        start=start,
        end=start + duration,
        available=tuple(h.user_id for h in known if h.user_id in ids),
        missing=tuple(h.user_id for h in known if h.user_id not in ids),
        night_hours=key[0] / 3600,
        edge_hosts=tuple(h.user_id for h in free if index in h.edges),
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
