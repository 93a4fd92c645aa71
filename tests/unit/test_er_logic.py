"""ER maths: the seed's examples, rounding, benchmark comparison, history statistics."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.benchmarks import BenchmarkLibrary, tier_label
from bot.i18n import Catalog
from bot.parsing import MAX_COUNT, parse_count
from cogs.er import logic


@pytest.fixture(scope="module")
def library() -> BenchmarkLibrary:
    return BenchmarkLibrary.load()


def shown(value: Fraction) -> str:
    return str(logic.round_half_up(value))


# -- the rates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("views", "likes", "comments", "shares", "saves", "expected"),
    [
        (50_000, 4_500, 300, 200, 0, "10.00"),  # the worked example of the community's ER guide
        (50_000, 4_500, 300, 200, 1_000, "12.00"),  # the same, with saves
        (1, 0, 0, 0, 0, "0.00"),
        (3, 1, 0, 0, 0, "33.33"),
        (3, 2, 0, 0, 0, "66.67"),
        (100, 250, 30, 20, 0, "300.00"),  # more interactions than views: still computed
        (20_000, 2_001, 0, 0, 0, "10.01"),  # exactly 10.005: half-up, not banker's 10.00
        (200_000, 20_001, 0, 0, 0, "10.00"),  # 10.0005 rounds down at two decimals
        (10**12, 10**12, 10**12, 10**12, 0, "300.00"),
    ],
)
def test_rate_by_views(
    views: int, likes: int, comments: int, shares: int, saves: int, expected: str
) -> None:
    assert shown(logic.rate_by_views(views, likes, comments, shares, saves)) == expected


@pytest.mark.parametrize(
    ("followers", "posts", "likes", "comments", "expected"),
    [
        (20_000, 10, 12_000, 800, "6.40"),  # the worked example of the community's ER guide
        (1, 1, 0, 0, "0.00"),
        (1_000, 3, 100, 0, "3.33"),
        (2_000, 1, 100, 1, "5.05"),  # exactly 5.05
        (8_000, 1, 400, 4, "5.05"),  # 5.05 exactly again, through a different fraction
        (1_000_000, 30, 150_000, 0, "0.50"),  # the seed's vanity example: 1M at 0.5%
    ],
)
def test_rate_by_followers(
    followers: int, posts: int, likes: int, comments: int, expected: str
) -> None:
    assert shown(logic.rate_by_followers(followers, posts, likes, comments)) == expected


def test_zero_denominators_are_refused() -> None:
    with pytest.raises(ValueError, match="views"):
        logic.rate_by_views(0, 1, 1, 1)
    with pytest.raises(ValueError, match="followers"):
        logic.rate_by_followers(0, 1, 1, 1)
    with pytest.raises(ValueError, match="posts"):
        logic.rate_by_followers(1, 0, 1, 1)


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Fraction(10005, 1000), 2, "10.01"),
        (Fraction(100049, 10000), 2, "10.00"),
        (Fraction(25, 1000), 2, "0.03"),
        (Fraction(-25, 1000), 2, "-0.03"),
        (Fraction(41152263, 10**7), 1, "4.1"),
        (Fraction(5, 2), 0, "3"),  # banker's rounding would say 2
        (Decimal("2.675"), 2, "2.68"),  # a Decimal is exact; float("2.675") is not
    ],
)
def test_round_half_up(value: Fraction | Decimal, places: int, expected: str) -> None:
    assert str(logic.round_half_up(value, places)) == expected


def test_display_rounding_goes_through_the_locale(catalog: Catalog) -> None:
    rate = logic.rate_by_views(20_000, 2_001, 0, 0)
    assert catalog.messages("en-US").percent(logic.round_half_up(rate)) == "10.01%"
    assert catalog.messages("no").percent(logic.round_half_up(rate)).startswith("10,01")


def test_interactions_above_views_are_flagged() -> None:
    assert logic.more_interactions_than_views(100, 50, 30, 21)
    assert not logic.more_interactions_than_views(100, 50, 30, 20)


# -- formulas --------------------------------------------------------------------------


def test_formulas_write_out_the_members_numbers(catalog: Catalog) -> None:
    en, no = catalog.messages("en-US"), catalog.messages("no")
    assert (
        logic.views_formula(50_000, 4_500, 300, 200, en.number, en.percent)
        == "((4,500 + 300 + 200) / 50,000) × 100 = 10.00%"
    )
    assert (
        logic.views_formula(50_000, 4_500, 300, 200, en.number, en.percent, saves=1_000)
        == "((4,500 + 300 + 200 + 1,000) / 50,000) × 100 = 12.00%"
    )
    assert (
        logic.followers_formula(20_000, 10, 12_000, 800, en.number, en.percent)
        == "(((12,000 + 800) / 10) / 20,000) × 100 = 6.40%"
    )
    norwegian = logic.views_formula(50_000, 4_500, 300, 200, no.number, no.percent)
    assert norwegian.replace("\xa0", " ") == "((4 500 + 300 + 200) / 50 000) × 100 = 10,00 %"


# -- benchmarks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("set_name", "minimum", "maximum", "locale", "expected"),
    [
        ("tiktok-er-guide", 5_000, 20_000, "en-US", "5K–20K"),
        ("tiktok-er-guide", 1_000_000, None, "en-US", "1M+"),
        ("imh", 0, 10_000, "en-US", "under 10K"),
        ("tiktok-er-guide", 5_000, 20_000, "zh-CN", "5000–2万"),
        ("tiktok-er-guide", 1_000_000, None, "zh-CN", "100万以上"),
        ("imh", 0, 10_000, "zh-CN", "不足1万"),
        ("tiktok-er-guide", 5_000, 20_000, "no", "5k–20k"),
        ("imh", 0, 10_000, "no", "under 10k"),
    ],
)
def test_one_tier_label_everywhere(
    library: BenchmarkLibrary,
    catalog: Catalog,
    set_name: str,
    minimum: int,
    maximum: int | None,
    locale: str,
    expected: str,
) -> None:
    tier = next(t for t in library.get(set_name).tiers if t.min == minimum and t.max == maximum)
    assert tier_label(catalog.messages(locale), tier) == expected


def test_per_view_rate_against_the_guide_says_the_bases_differ(library: BenchmarkLibrary) -> None:
    comparison = logic.compare(Fraction(10), "views", 12_000, library.get("tiktok-er-guide"))
    assert comparison is not None
    assert comparison.tier.average == 2.43
    assert comparison.in_tier
    assert not comparison.same_basis
    assert comparison.set_basis == "followers"
    assert round(comparison.ratio, 1) == 4.1
    assert comparison.verdict == "far-above"
    assert comparison.band_position is None
    assert comparison.overall == 3.30  # the guide's overall figure is by views: like for like
    assert comparison.overall_ratio is not None
    assert round(comparison.overall_ratio, 2) == 3.03
    assert comparison.overall_verdict == "far-above"


def test_the_like_for_like_verdict_can_differ_from_the_tier_one(
    library: BenchmarkLibrary,
) -> None:
    # 3.5% per view: 1.4x the 5K-20K per-follower average, but 1.1x the overall per-view figure.
    comparison = logic.compare(Fraction(7, 2), "views", 12_000, library.get("tiktok-er-guide"))
    assert comparison is not None
    assert comparison.verdict == "above"
    assert comparison.overall_verdict == "around"


def test_per_follower_rate_against_the_guide_is_like_for_like(library: BenchmarkLibrary) -> None:
    comparison = logic.compare(Fraction(32, 5), "followers", 20_000, library.get("tiktok-er-guide"))
    assert comparison is not None
    assert comparison.same_basis
    assert comparison.overall is None
    assert comparison.tier.min == 20_000
    assert comparison.verdict == "far-above"


@pytest.mark.parametrize(
    ("rate", "position", "verdict"),
    [
        (8.0, "below", "below"),
        (9.0, "inside", "around"),
        (12.0, "above", "above"),
        (19.0, "above", "far-above"),
    ],
)
def test_band_sets_compare_with_the_band(
    library: BenchmarkLibrary, rate: float, position: str, verdict: str
) -> None:
    comparison = logic.compare(rate, "views", 20_000, library.get("modash-2025"))
    assert comparison is not None
    assert (comparison.tier.low, comparison.tier.high) == (8.38, 9.37)
    assert comparison.same_basis
    assert comparison.band_position == position
    assert comparison.verdict == verdict


def test_under_the_first_tier_shows_the_nearest(library: BenchmarkLibrary) -> None:
    comparison = logic.compare(5.0, "views", 500, library.get("tiktok-er-guide"))
    assert comparison is not None
    assert comparison.under_first
    assert not comparison.in_tier
    assert comparison.tier.min == 1_000


def test_sets_without_tiers_give_no_comparison(library: BenchmarkLibrary) -> None:
    assert logic.compare(5.0, "views", 50_000, library.get("rivaliq-2024-industry")) is None


@pytest.mark.parametrize(
    ("followers", "rate", "vanity"),
    [
        (1_000_000, 0.5, True),  # the seed's example
        (logic.VANITY_FOLLOWERS, 0.5, True),
        (logic.VANITY_FOLLOWERS - 1, 0.5, False),  # not a large account
        (1_000_000, 8.0, False),  # a large account with a good rate
    ],
)
def test_vanity_note(library: BenchmarkLibrary, followers: int, rate: float, vanity: bool) -> None:
    comparison = logic.compare(rate, "followers", followers, library.get("tiktok-er-guide"))
    assert comparison is not None
    assert comparison.vanity is vanity


# -- history ---------------------------------------------------------------------------


def test_summary_and_outliers() -> None:
    rates = [2.0, 2.5, 3.0, 12.0]
    summary = logic.summarise(rates)
    assert summary is not None
    assert summary.count == 4
    assert summary.median == 2.75
    assert summary.mean == pytest.approx(4.875)
    assert summary.best == 12.0
    assert summary.outlier_above == pytest.approx(8.25)
    assert [logic.is_outlier(rate, summary) for rate in rates] == [False, False, False, True]
    assert logic.summarise([]) is None


def test_exactly_three_times_the_median_is_not_an_outlier() -> None:
    summary = logic.summarise([1.0, 2.0, 6.0])
    assert summary is not None
    assert not logic.is_outlier(6.0, summary)
    assert logic.is_outlier(6.01, summary)


def test_a_zero_median_flags_nothing() -> None:
    summary = logic.summarise([0.0, 0.0, 5.0])
    assert summary is not None
    assert not logic.is_outlier(5.0, summary)


# -- properties ------------------------------------------------------------------------

counts = st.integers(min_value=0, max_value=MAX_COUNT)
positive = st.integers(min_value=1, max_value=MAX_COUNT)


@given(views=positive, likes=counts, comments=counts, shares=counts, saves=counts)
def test_rate_by_views_is_never_negative(
    views: int, likes: int, comments: int, shares: int, saves: int
) -> None:
    rate = logic.rate_by_views(views, likes, comments, shares)
    assert rate >= 0
    assert logic.round_half_up(rate) >= 0
    assert logic.rate_by_views(views, likes, comments, shares, saves) >= rate


@given(followers=positive, posts=st.integers(1, 1000), likes=counts, comments=counts)
def test_rate_by_followers_is_never_negative(
    followers: int, posts: int, likes: int, comments: int
) -> None:
    assert logic.rate_by_followers(followers, posts, likes, comments) >= 0


@given(
    views=st.integers(1, 10**6),
    likes=st.integers(0, 10**6),
    comments=st.integers(0, 10**6),
    shares=st.integers(0, 10**6),
    k=st.integers(1, 10**5),
)
def test_scaling_every_count_leaves_the_views_rate_unchanged(
    views: int, likes: int, comments: int, shares: int, k: int
) -> None:
    assert logic.rate_by_views(k * views, k * likes, k * comments, k * shares) == (
        logic.rate_by_views(views, likes, comments, shares)
    )


@given(
    followers=st.integers(1, 10**6),
    posts=st.integers(1, 1000),
    likes=st.integers(0, 10**6),
    comments=st.integers(0, 10**6),
    k=st.integers(1, 10**5),
)
def test_scaling_interactions_and_followers_leaves_the_followers_rate_unchanged(
    followers: int, posts: int, likes: int, comments: int, k: int
) -> None:
    base = logic.rate_by_followers(followers, posts, likes, comments)
    assert logic.rate_by_followers(k * followers, posts, k * likes, k * comments) == base
    # the same totals spread over k times as many posts: k times smaller per post
    if posts * k <= 1000:
        assert logic.rate_by_followers(followers, posts * k, likes, comments) == base / k


@pytest.mark.parametrize("locale", ["en-US", "zh-CN", "no"])
@given(value=counts)
def test_formatted_counts_parse_back(catalog: Catalog, locale: str, value: int) -> None:
    assert parse_count(catalog.messages(locale).number(value)) == value
