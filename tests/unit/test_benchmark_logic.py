"""/benchmark pure logic: tier placement in every shipped set, comparisons, percentiles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.benchmarks import BenchmarkLibrary, Tier
from cogs.benchmark import logic
from storage.benchmarks import tie_bounds

LIBRARY = BenchmarkLibrary.load()

# (set, followers, expected tier (min, max)) - every edge of every tiered set, both sides.
EDGES = [
    ("tiktok-er-guide", 1_000, (1_000, 5_000)),
    ("tiktok-er-guide", 4_999, (1_000, 5_000)),
    ("tiktok-er-guide", 5_000, (5_000, 20_000)),
    ("tiktok-er-guide", 19_999, (5_000, 20_000)),
    ("tiktok-er-guide", 20_000, (20_000, 100_000)),
    ("tiktok-er-guide", 99_999, (20_000, 100_000)),
    ("tiktok-er-guide", 100_000, (100_000, 1_000_000)),
    ("tiktok-er-guide", 999_999, (100_000, 1_000_000)),
    ("tiktok-er-guide", 1_000_000, (1_000_000, None)),
    ("modash-2025", 1_000, (1_000, 5_000)),
    ("modash-2025", 5_000, (5_000, 10_000)),
    ("modash-2025", 9_999, (5_000, 10_000)),
    ("modash-2025", 10_000, (10_000, 50_000)),
    ("modash-2025", 50_000, (50_000, 100_000)),
    ("modash-2025", 100_000, (100_000, 500_000)),
    ("modash-2025", 499_999, (100_000, 500_000)),
    ("modash-2025", 500_000, (500_000, 1_000_000)),
    ("modash-2025", 1_000_000, (1_000_000, None)),
    ("imh", 1, (0, 10_000)),
    ("imh", 9_999, (0, 10_000)),
    ("imh", 10_000, (10_000, 100_000)),
    ("imh", 100_000, (100_000, 500_000)),
    ("imh", 500_000, (500_000, 1_000_000)),
    ("imh", 1_000_000, (1_000_000, 5_000_000)),
    ("imh", 5_000_000, (5_000_000, 10_000_000)),
    ("imh", 9_999_999, (5_000_000, 10_000_000)),
    ("imh", 10_000_000, (10_000_000, None)),
    ("imf-2025", 1, (0, 100_000)),
    ("imf-2025", 99_999, (0, 100_000)),
    ("imf-2025", 100_000, (100_000, 500_000)),
    ("imf-2025", 500_000, (500_000, 1_000_000)),
    ("imf-2025", 1_000_000, (1_000_000, 5_000_000)),
    ("imf-2025", 5_000_000, (5_000_000, 10_000_000)),
    ("imf-2025", 10_000_000, (10_000_000, None)),
    ("imf-2025", 10**12, (10_000_000, None)),
]


@pytest.mark.parametrize(("name", "followers", "expected"), EDGES)
def test_tier_edges_in_every_set(
    name: str, followers: int, expected: tuple[int, int | None]
) -> None:
    placement = logic.place(LIBRARY.get(name), followers)
    assert placement.tier is not None
    assert (placement.tier.min, placement.tier.max) == expected
    assert (placement.low, placement.high) == expected
    assert placement.reference is placement.tier
    assert not placement.below_first_tier


def test_every_tier_edge_is_covered_by_the_table() -> None:
    covered = {(name, followers) for name, followers, _ in EDGES}
    for benchmark in LIBRARY.sets.values():
        for tier in benchmark.tiers:
            if tier.min > 0:
                assert (benchmark.name, tier.min) in covered, (benchmark.name, tier.min)


@pytest.mark.parametrize(
    ("name", "followers"), [("tiktok-er-guide", 1), ("tiktok-er-guide", 999), ("modash-2025", 999)]
)
def test_under_the_first_tier_shows_the_nearest(name: str, followers: int) -> None:
    placement = logic.place(LIBRARY.get(name), followers)
    assert placement.below_first_tier
    assert placement.reference.min == 1_000
    assert (placement.low, placement.high) == (0, 1_000)


def test_industry_sets_have_no_placement() -> None:
    with pytest.raises(ValueError, match="no follower tiers"):
        logic.place(LIBRARY.get("rivaliq-2024-industry"), 5_000)


@given(st.integers(min_value=1, max_value=10**12))
def test_every_count_is_placed_inside_its_community_range(followers: int) -> None:
    for benchmark in LIBRARY.sets.values():
        if benchmark.tiers:
            placement = logic.place(benchmark, followers)
            assert placement.low <= followers
            assert placement.high is None or followers < placement.high


@pytest.mark.parametrize(
    ("rate", "tier", "ratio", "verdict"),
    [
        (4.86, Tier(min=5_000, max=20_000, average=2.43), 2.0, "far-above"),
        (2.43, Tier(min=5_000, max=20_000, average=2.43), 1.0, "around"),
        (1.0, Tier(min=5_000, max=20_000, average=2.43), 1.0 / 2.43, "below"),
        (8.875, Tier(min=10_000, max=50_000, low=8.38, high=9.37), 1.0, "around"),
        (10.0, Tier(min=10_000, max=50_000, low=8.38, high=9.37), 10.0 / 8.875, "above"),
        (0.0, Tier(min=0, max=None, average=4.9), 0.0, "below"),
    ],
)
def test_compare_gives_ratio_to_the_reference_and_verdict(
    rate: float, tier: Tier, ratio: float, verdict: str
) -> None:
    result = logic.compare(rate, tier)
    assert result.ratio == pytest.approx(ratio)
    assert result.verdict == verdict


def test_industry_reference_uses_the_industry_average() -> None:
    sports = LIBRARY.get("rivaliq-2024-industry").industry("sports")
    assert sports is not None
    assert logic.compare(9.2, logic.industry_tier(sports)).verdict == "around"


@pytest.mark.parametrize(
    ("rate", "basis", "impossible"),
    [(100.0, "views", False), (100.01, "views", True), (162.0, "followers", False)],
)
def test_more_interactions_than_views_is_impossible(
    rate: float, basis: str, impossible: bool
) -> None:
    assert logic.impossible(rate, basis) is impossible  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("set_name", "basis", "figure"),
    [
        ("tiktok-er-guide", "views", 3.3),  # tiers per follower, an overall figure per view
        ("tiktok-er-guide", "followers", None),  # like for like already: the tiers
        ("modash-2025", "followers", None),  # per view, and no per-follower figure
        ("imh", "views", None),  # basis not stated
    ],
)
def test_the_like_for_like_figure(set_name: str, basis: str, figure: float | None) -> None:
    assert logic.like_for_like(LIBRARY.get(set_name), basis) == figure  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("rate_basis", "set_basis", "match"),
    [
        ("views", "views", "same"),
        ("followers", "followers", "same"),
        ("views", "followers", "different"),
        ("followers", "views", "different"),
        ("views", "unknown", "unknown"),
    ],
)
def test_basis_match(rate_basis: str, set_basis: str, match: str) -> None:
    assert logic.basis_match(rate_basis, set_basis) == match  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lower", "equal", "total", "expected"),
    [
        (0, 0, 5, 0.0),
        (5, 0, 5, 100.0),
        (2, 1, 5, 50.0),  # ties count half
        (0, 5, 5, 50.0),  # everybody level
        (3, 0, 8, 37.5),
        (7, 2, 10, 80.0),
    ],
)
def test_percentile_table(lower: int, equal: int, total: int, expected: float) -> None:
    assert logic.percentile(lower, equal, total) == pytest.approx(expected)


@given(st.integers(1, 10_000).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))))
def test_percentile_bounds_and_ties(case: tuple[int, int]) -> None:
    total, lower = case
    equal = total - lower
    value = logic.percentile(lower, equal, total)
    assert 0 <= value <= 100
    # Turning a tie into a "lower" never lowers the percentile.
    if equal:
        assert logic.percentile(lower + 1, equal - 1, total) >= value


@pytest.mark.parametrize(("lower", "equal", "total"), [(0, 0, 0), (3, 3, 5), (-1, 0, 5)])
def test_percentile_refuses_impossible_counts(lower: int, equal: int, total: int) -> None:
    with pytest.raises(ValueError):
        logic.percentile(lower, equal, total)


@pytest.mark.parametrize(("contributors", "needed"), [(0, 5), (3, 2), (4, 1), (5, 0), (80, 0)])
def test_still_needed(contributors: int, needed: int) -> None:
    assert logic.still_needed(contributors) == needed


@pytest.mark.parametrize(
    ("rate", "bounds"), [(4.5, (4.495, 4.505)), (4.504, (4.495, 4.505)), (0.0, (-0.005, 0.005))]
)
def test_tie_bounds_match_what_members_see(rate: float, bounds: tuple[float, float]) -> None:
    assert tie_bounds(rate) == pytest.approx(bounds)


def test_search_sets() -> None:
    pairs = [
        ("imh", "Influencer Marketing Hub"),
        ("modash-2025", "Modash 2025"),
        ("tiktok-er-guide", "Guide"),
    ]
    assert logic.search_sets(pairs, "") == pairs
    assert logic.search_sets(pairs, "MOD") == [("modash-2025", "Modash 2025")]
    assert logic.search_sets(pairs, "guide") == [("tiktok-er-guide", "Guide")]
    assert logic.search_sets(pairs, "zzz") == []
    assert len(logic.search_sets(pairs * 20, "", limit=25)) == 25
