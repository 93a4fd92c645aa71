"""The shipped benchmark sets: tier edges, validation of broken files, verdicts."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.benchmarks import BenchmarkDataError, BenchmarkLibrary, Tier, verdict


@pytest.fixture(scope="module")
def library() -> BenchmarkLibrary:
    return BenchmarkLibrary.load()


def test_all_sets_ship(library: BenchmarkLibrary) -> None:
    assert library.names() == [
        "imf-2025",
        "imh",
        "modash-2025",
        "rivaliq-2024-industry",
        "tiktok-er-guide",
    ]
    guide = library.get(None)
    assert guide.name == "tiktok-er-guide"
    assert guide.caveat is not None
    assert library.get("no-such-set").name == "tiktok-er-guide"


def test_a_former_set_id_still_names_its_set(library: BenchmarkLibrary) -> None:
    # Servers that chose the guide under its first id keep it.
    assert library.get("seed").name == "tiktok-er-guide"
    assert library.find("seed") is library.get("tiktok-er-guide")
    assert library.find("no-such-set") is None


def test_the_default_set_is_labelled_as_the_guide_it_is(library: BenchmarkLibrary) -> None:
    guide = library.get(None)
    for locale in ("en-US", "zh-CN", "no"):
        shown = " ".join(
            [guide.title.get(locale), guide.source_in(locale), guide.citation_in(locale)]
        )
        assert "seed" not in shown.casefold() and "000" not in shown
        assert "CreatorPulse" not in shown
    assert "widely shared TikTok engagement-rate guide" in guide.source_in("en-US")
    assert "no source named" in guide.source_in("en-US")
    assert "流传较广" in guide.source_in("zh-CN") and "未注明出处" in guide.source_in("zh-CN")
    assert "ingen kilde oppgitt" in guide.source_in("no")
    assert guide.caveat is not None and "HypeAuditor" in guide.caveat.get("en-US")


def test_a_former_id_may_not_name_two_sets() -> None:
    texts = {
        name: json.dumps(
            json.loads(BenchmarkLibrary.load().get(set_id).model_dump_json()) | {"formerly": ["x"]}
        )
        for name, set_id in (("a.json", "tiktok-er-guide"), ("b.json", "imh"))
    }
    with pytest.raises(BenchmarkDataError, match="'x' is used twice"):
        BenchmarkLibrary.from_texts(texts)


@pytest.mark.parametrize(
    ("followers", "average"),
    [
        (1_000, 5.60),
        (4_999, 5.60),
        (5_000, 2.43),
        (19_999, 2.43),
        (20_000, 2.15),
        (100_000, 2.05),
        (999_999, 2.05),
        (1_000_000, 1.97),
        (10**12, 1.97),
    ],
)
def test_seed_tier_edges(library: BenchmarkLibrary, followers: int, average: float) -> None:
    tier = library.get("tiktok-er-guide").tier_for(followers)
    assert tier is not None
    assert tier.average == average


def test_under_the_first_tier(library: BenchmarkLibrary) -> None:
    seed = library.get("tiktok-er-guide")
    assert seed.tier_for(999) is None
    nearest = seed.nearest_tier(999)
    assert nearest is not None
    assert nearest.min == 1_000


LIBRARY = BenchmarkLibrary.load()


@given(st.integers(min_value=1_000, max_value=10**12))
def test_every_count_has_exactly_one_tier(followers: int) -> None:
    for benchmark in LIBRARY.sets.values():
        if benchmark.tiers:
            assert sum(tier.contains(followers) for tier in benchmark.tiers) == 1


def _file(tiers: list[dict[str, object]]) -> str:
    base = json.loads(BenchmarkLibrary.load().get("tiktok-er-guide").model_dump_json())
    base["tiers"] = tiers
    return json.dumps(base)


@pytest.mark.parametrize(
    ("tiers", "message"),
    [
        (
            [{"min": 0, "max": 100, "average": 1}, {"min": 50, "max": None, "average": 1}],
            "overlaps tier 1",
        ),
        (
            [{"min": 0, "max": 100, "average": 1}, {"min": 200, "max": None, "average": 1}],
            "gap between tier 1",
        ),
        (
            [{"min": 0, "max": None, "average": 1}, {"min": 200, "max": None, "average": 1}],
            "open-ended",
        ),
        ([{"min": 0, "max": 100}], "either an average or a low-high band"),
    ],
)
def test_broken_files_name_the_file_and_tier(tiers: list[dict[str, object]], message: str) -> None:
    with pytest.raises(BenchmarkDataError, match=r"broken\.json") as caught:
        BenchmarkLibrary.from_texts({"broken.json": _file(tiers)})
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("rate", "expected"),
    [(1.0, "below"), (2.43, "around"), (2.9, "around"), (3.0, "above"), (4.86, "far-above")],
)
def test_verdict_thresholds_for_averages(rate: float, expected: str) -> None:
    assert verdict(rate, Tier(min=5_000, max=20_000, average=2.43)) == expected


@pytest.mark.parametrize(
    ("rate", "expected"), [(5.0, "below"), (9.0, "around"), (10.0, "above"), (19.0, "far-above")]
)
def test_verdict_thresholds_for_bands(rate: float, expected: str) -> None:
    assert verdict(rate, Tier(min=10_000, max=50_000, low=8.38, high=9.37)) == expected
