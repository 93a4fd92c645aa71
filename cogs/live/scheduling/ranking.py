"""Which of the times everyone is free for /live suggest offers (pure: no discord, no clock).

Every candidate start (a step of the search grid) comes with what it costs; up to
``limit`` are chosen one at a time, each time the best of those left by, in order:

1. fewest host-hours of night (00:00–07:00 local), summed over the hosts free then;
2. a time of day not offered yet: fewest chosen slots whose time of day overlaps this
   one's, so five suggestions are five different times, not 19:00 five evenings running;
3. a stretch of common time not used yet (usually one evening or one day): fewest chosen
   slots from the same stretch, so the suggestions spread over the days;
4. the longest stretch first: where everyone is free longest (a weekend afternoon before
   a weekday evening's two hours);
5. rotation: the slot whose edge hosts (whose free time it starts or ends at) were put
   there least, in earlier LIVEs of this group and in the slots chosen before it, ranks
   higher: compared by the highest count among them, then by their sum (no edge host: 0);
6. a round start in the hosts' own time: on the hour, then on the half hour;
7. earliest.

Chosen slots never overlap each other. They are listed in the order chosen, best first.
Times of day are compared in UTC, which is each host's own time of day but for a DST
change inside the search.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter
from typing import NamedTuple

DAY = 86_400


class Candidate(NamedTuple):
    position: int  # grid steps from the first candidate
    start: int  # epoch seconds, UTC
    night: int  # seconds of night inside the slot, summed over the hosts free then
    stretch: int  # the stretch of common time it lies in
    stretch_length: int  # how many candidates that stretch holds (its length in grid steps)
    edges: tuple[int, ...]  # hosts whose free time the slot starts or ends at
    roundness: int  # 0 when it starts on the hour for every host, more when it does not


def roundness(start: int, shifts: Sequence[int]) -> int:
    """How far from a round start ``start`` is for hosts whose UTC offsets have the given
    minutes past the hour (``shifts``, in seconds): 0 on the hour, 1 on the half hour, 2
    otherwise, summed over the hosts."""
    total = 0
    for shift in shifts:
        minute = (start + shift) // 60 % 60
        total += 0 if minute == 0 else 1 if minute == 30 else 2
    return total


def _same_time_of_day(a: int, b: int, duration: int) -> bool:
    """Whether slots starting at ``a`` and ``b`` (epoch seconds) overlap as times of day."""
    apart = (a - b) % DAY
    return min(apart, DAY - apart) < duration


def pick(
    candidates: Sequence[Candidate],
    limit: int,
    duration: int,
    spacing: int,
    counts: Mapping[int, int],
) -> list[Candidate]:
    """Up to ``limit`` candidates by the rules above; ``duration`` in seconds, ``spacing``
    in grid steps (starts closer than that overlap), ``counts``: how often each host was
    put at an edge in earlier LIVEs of this group."""
    chosen: list[Candidate] = []
    uses: dict[int, int] = {}  # stretch -> slots chosen from it
    edged = dict(counts)  # host -> times at an edge, earlier LIVEs and the chosen slots
    taken: set[int] = set()  # positions a chosen slot would overlap
    # In this order a candidate that costs nothing more (a new time of day, a new stretch,
    # no edge host put there before) is the best of its night: the search stops there.
    left = sorted(candidates, key=attrgetter("position"))  # stable sorts, least key first
    left.sort(key=attrgetter("roundness"))
    left.sort(key=attrgetter("stretch_length"), reverse=True)
    left.sort(key=attrgetter("night"))
    while len(chosen) < limit:
        repeats: dict[int, int] = {}  # time of day (seconds) -> chosen slots it overlaps
        best: Candidate | None = None
        best_key: tuple[int, ...] | None = None
        for candidate in left:
            if best_key is not None and candidate.night > best_key[0]:
                break
            if candidate.position in taken:
                continue
            of_day = candidate.start % DAY
            if of_day not in repeats:
                repeats[of_day] = sum(_same_time_of_day(of_day, c.start, duration) for c in chosen)
            scores = [edged.get(host, 0) for host in candidate.edges] if candidate.edges else [0]
            key = (
                candidate.night,
                repeats[of_day],
                uses.get(candidate.stretch, 0),
                -candidate.stretch_length,
                max(scores),
                sum(scores),
                candidate.roundness,
                candidate.position,
            )
            if best_key is None or key < best_key:
                best, best_key = candidate, key
                if key[1] == key[2] == key[4] == 0:
                    break
        if best is None:
            break  # every start left overlaps a chosen slot
        chosen.append(best)
        taken.update(range(best.position - spacing + 1, best.position + spacing))
        uses[best.stretch] = uses.get(best.stretch, 0) + 1
        for host in best.edges:
            edged[host] = edged.get(host, 0) + 1
    return chosen
