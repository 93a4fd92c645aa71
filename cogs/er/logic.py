"""Engagement-rate maths, benchmark comparison and history statistics.

Pure: no discord, no clock. Rates are computed exactly with ``Fraction`` (in percent
units) and only rounded for display, half-up at two decimals (see ``round_half_up``).
Formulas, as TikTok creators and the benchmark sources compute them:

- by views:     (likes + comments + shares) / views × 100
- with saves:   (likes + comments + shares + saves) / views × 100 (CreatorIQ adds saves;
  shown as a second, labelled figure, never instead of the first)
- by followers: ((likes + comments) / posts) / followers × 100 (shares left out)
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from bot.benchmarks import BenchmarkSet, Tier, Verdict, verdict

RateBasis = Literal["views", "followers"]
BandPosition = Literal["below", "inside", "above"]

# A "large account" for the seed's vanity-metric note: 100K followers is where the seed's
# (and most agencies') "macro" tiers start; below it a low rate is common and says little.
VANITY_FOLLOWERS = 100_000
# A saved result above this many times the member's median is flagged as an outlier.
OUTLIER_FACTOR = 3
MAX_POSTS = 1000
MAX_HISTORY = 50


# -- the rates -------------------------------------------------------------------------


def rate_by_views(views: int, likes: int, comments: int, shares: int, saves: int = 0) -> Fraction:
    """(likes + comments + shares [+ saves]) / views × 100, exactly. ``views`` must be ≥ 1."""
    if views < 1:
        raise ValueError("views must be at least 1")
    if min(likes, comments, shares, saves) < 0:
        raise ValueError("counts cannot be negative")
    return Fraction(likes + comments + shares + saves, views) * 100


def rate_by_followers(followers: int, posts: int, likes: int, comments: int) -> Fraction:
    """((likes + comments) / posts) / followers × 100, exactly. ``followers``, ``posts`` ≥ 1."""
    if followers < 1 or posts < 1:
        raise ValueError("followers and posts must be at least 1")
    if min(likes, comments) < 0:
        raise ValueError("counts cannot be negative")
    return Fraction(likes + comments, posts) / followers * 100


def round_half_up(value: Fraction | Decimal | float, places: int = 2) -> Decimal:
    """``value`` rounded half away from zero at ``places`` decimals, exactly.

    Half-up is what people expect from a calculator: 10.005 shows as 10.01. Python's
    ``round`` (banker's rounding, and binary floats) would show 10.005 as 10.00. Only the
    display is rounded; the stored rate is the unrounded one.
    """
    exact = Fraction(value)
    scaled = abs(exact) * 10**places
    whole = math.floor(scaled + Fraction(1, 2))
    result = Decimal(whole).scaleb(-places)
    return -result if exact < 0 else result


def more_interactions_than_views(views: int, likes: int, comments: int, shares: int) -> bool:
    """TikTok counts a view per play, so more interactions than views is likely a typo."""
    return likes + comments + shares > views


# -- the formula, written out with the member's numbers ---------------------------------

Number = Callable[[int], str]
Percent = Callable[[Decimal], str]


def views_formula(
    views: int,
    likes: int,
    comments: int,
    shares: int,
    number: Number,
    percent: Percent,
    saves: int | None = None,
) -> str:
    """``((4,500 + 300 + 200) / 50,000) × 100 = 10.00%`` (``saves`` adds a fourth term)."""
    terms = [likes, comments, shares] + ([saves] if saves is not None else [])
    rate = rate_by_views(views, likes, comments, shares, saves or 0)
    summed = " + ".join(number(term) for term in terms)
    return f"(({summed}) / {number(views)}) × 100 = {percent(round_half_up(rate))}"


def followers_formula(
    followers: int, posts: int, likes: int, comments: int, number: Number, percent: Percent
) -> str:
    """``(((12,000 + 800) / 10) / 20,000) × 100 = 6.40%``."""
    rate = rate_by_followers(followers, posts, likes, comments)
    return (
        f"((({number(likes)} + {number(comments)}) / {number(posts)}) / {number(followers)})"
        f" × 100 = {percent(round_half_up(rate))}"
    )


def interactions_per_post(posts: int, likes: int, comments: int) -> Fraction:
    """The engaged audience of an average post (likes + comments per post)."""
    return Fraction(likes + comments, posts)


# -- benchmark comparison --------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    """How one rate stands against a benchmark set's tier for the member's followers."""

    set_name: str
    set_basis: str  # views, followers or unknown
    tier: Tier
    in_tier: bool  # False: no tier holds the followers; ``tier`` is the nearest
    under_first: bool  # fewer followers than the first tier starts at
    same_basis: bool  # like for like: the set's tiers are on the rate's basis
    verdict: Verdict
    ratio: float  # rate / the tier's reference figure (average, or middle of the band)
    band_position: BandPosition | None  # for band tiers
    overall: float | None  # the set's overall figure on the rate's basis, when the tiers differ
    overall_ratio: float | None
    overall_verdict: Verdict | None  # the like-for-like verdict when the tiers differ
    vanity: bool  # large account, low rate: the seed's vanity-metric note applies


def compare(
    rate: Fraction | float, basis: RateBasis, followers: int, benchmark: BenchmarkSet
) -> Comparison | None:
    """Compare ``rate`` with ``benchmark``'s tier for ``followers``; ``None`` without tiers."""
    tier = benchmark.nearest_tier(followers)
    if tier is None:
        return None
    value = float(rate)
    in_tier = tier.contains(followers)
    reference = tier.reference
    ratio = value / reference if reference else math.inf
    position: BandPosition | None = None
    if tier.low is not None and tier.high is not None:
        position = "below" if value < tier.low else "inside" if value <= tier.high else "above"
    overall = overall_ratio = None
    overall_verdict: Verdict | None = None
    if benchmark.basis != basis and benchmark.overall and benchmark.overall.basis == basis:
        overall = benchmark.overall.value
        overall_ratio = value / overall if overall else math.inf
        overall_verdict = verdict(value, Tier(min=0, max=None, average=overall))
    judged = verdict(value, tier)
    return Comparison(
        set_name=benchmark.name,
        set_basis=benchmark.basis,
        tier=tier,
        in_tier=in_tier,
        under_first=not in_tier and bool(benchmark.tiers) and followers < benchmark.tiers[0].min,
        same_basis=benchmark.basis == basis,
        verdict=judged,
        ratio=ratio,
        band_position=position,
        overall=overall,
        overall_ratio=overall_ratio,
        overall_verdict=overall_verdict,
        vanity=followers >= VANITY_FOLLOWERS and (overall_verdict or judged) == "below",
    )


# -- history ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    count: int
    mean: float
    median: float
    best: float
    outlier_above: float  # results above this are flagged


def summarise(rates: Sequence[float]) -> Summary | None:
    """Mean, median and best of some rates (one basis), and the outlier threshold."""
    if not rates:
        return None
    median = statistics.median(rates)
    return Summary(
        count=len(rates),
        mean=statistics.fmean(rates),
        median=median,
        best=max(rates),
        outlier_above=OUTLIER_FACTOR * median,
    )


def is_outlier(rate: float, summary: Summary) -> bool:
    """Above 3× the median: one viral video that must not skew the picture."""
    return summary.median > 0 and rate > summary.outlier_above
