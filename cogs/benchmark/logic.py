"""Pure logic for /benchmark: where a follower count sits, how an ER compares, percentiles.

No discord import, no clock. The cog formats what these functions decide.

Community percentile (documented in the reply too): among the *other* members of the
server whose latest saved result of the same basis had a follower count in the same
range, the percentage with a lower rate, ties counted half:

    percentile = 100 × (lower + ½ × equal) / contributors

Rates are compared at the 0.01-point precision members see (``storage.benchmarks``).
It is shown only when at least ``MIN_CONTRIBUTORS`` members contribute.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.benchmarks import (
    AROUND_HIGH,
    AROUND_LOW,
    FAR_ABOVE,
    Basis,
    BenchmarkSet,
    Industry,
    Tier,
    Verdict,
    verdict,
)

MIN_CONTRIBUTORS = 5
RateBasis = Literal["views", "followers"]
BasisMatch = Literal["same", "different", "unknown"]


@dataclass(frozen=True)
class Placement:
    """Where a follower count falls in a tiered set.

    ``tier`` is the tier holding the count (None below the first tier); ``reference``
    is the tier to compare with (that tier, or the nearest one). ``low``/``high`` is
    the follower range used for the community percentile: the tier's range, or
    [0, first tier) below it.
    """

    tier: Tier | None
    reference: Tier
    low: int
    high: int | None

    @property
    def below_first_tier(self) -> bool:
        return self.tier is None


def place(benchmark: BenchmarkSet, followers: int) -> Placement:
    """The tier for ``followers`` (edges are half-open: 1,000 is in 1K–5K)."""
    if not benchmark.tiers:
        raise ValueError(f"set {benchmark.name!r} has no follower tiers")
    tier = benchmark.tier_for(followers)
    if tier is not None:
        return Placement(tier=tier, reference=tier, low=tier.min, high=tier.max)
    nearest = benchmark.nearest_tier(followers)
    assert nearest is not None  # a tiered set always has a nearest tier
    first = benchmark.tiers[0]
    # Tiers are contiguous and the last may be open; only counts below the first miss.
    return Placement(tier=None, reference=nearest, low=0, high=first.min)


def industry_tier(industry: Industry) -> Tier:
    """An industry average as a reference the verdict thresholds understand."""
    return Tier(min=0, max=None, average=industry.average)


@dataclass(frozen=True)
class Comparison:
    ratio: float
    verdict: Verdict


def compare(rate: float, reference: Tier) -> Comparison:
    """Ratio of ``rate`` to the reference figure (average or middle of a band) and verdict."""
    figure = reference.reference
    ratio = rate / figure if figure else float("inf")
    return Comparison(ratio=ratio, verdict=verdict(rate, reference))


def impossible(rate: float, basis: RateBasis) -> bool:
    """Whether a rate cannot be right: by views, above 100% means more interactions than
    views, which TikTok's counts never give (by followers it can happen, on a viral post)."""
    return basis == "views" and rate > 100


def like_for_like(benchmark: BenchmarkSet, basis: RateBasis) -> float | None:
    """The set's overall figure on ``basis`` when its tiers (or industries) are on the
    other one: what a rate of that basis is judged by instead. None when it has none."""
    overall = benchmark.overall
    if benchmark.basis in ("unknown", basis) or overall is None or overall.basis != basis:
        return None
    return overall.value


def basis_match(rate_basis: RateBasis, set_basis: Basis) -> BasisMatch:
    """Whether a comparison is like for like ("unknown" when the set does not say)."""
    if set_basis == "unknown":
        return "unknown"
    return "same" if rate_basis == set_basis else "different"


def percentile(lower: int, equal: int, contributors: int) -> float:
    """Percent of contributors with a lower rate, ties counted half (0 to 100)."""
    if contributors <= 0:
        raise ValueError("a percentile needs at least one contributor")
    if lower < 0 or equal < 0 or lower + equal > contributors:
        raise ValueError("lower and equal must be parts of the contributors")
    return 100 * (lower + equal / 2) / contributors


def still_needed(contributors: int) -> int:
    """How many more contributing members a percentile needs (0 when it can be shown)."""
    return max(0, MIN_CONTRIBUTORS - contributors)


def thresholds() -> tuple[float, float, float]:
    """The verdict thresholds (below < low ≤ around ≤ high < above < far ≤ far above)."""
    return AROUND_LOW, AROUND_HIGH, FAR_ABOVE


def search_sets(sets: list[tuple[str, str]], query: str, limit: int = 25) -> list[tuple[str, str]]:
    """(name, title) pairs whose name or title contains ``query`` (case-insensitive).

    An empty query keeps every set. Matches on the name's start come first.
    """
    needle = query.strip().casefold()
    if not needle:
        return sets[:limit]
    hits = [(n, t) for n, t in sets if needle in n.casefold() or needle in t.casefold()]
    hits.sort(key=lambda pair: not pair[0].casefold().startswith(needle))
    return hits[:limit]
