"""Finding timezones by city, country, abbreviation and offset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.timezones import POPULAR_ZONES, format_offset, normalise, place_of, utc_offset, zone_index

WINTER = datetime(2026, 1, 15, 12, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def index():
    return zone_index(2026)


@pytest.mark.parametrize(
    ("query", "zone"),
    [
        ("Oslo", "Europe/Oslo"),
        ("oslo", "Europe/Oslo"),
        ("奥斯陆", "Europe/Oslo"),
        ("Norge", "Europe/Oslo"),
        ("Norway", "Europe/Oslo"),
        ("Shanghai", "Asia/Shanghai"),
        ("上海", "Asia/Shanghai"),
        ("Beijing", "Asia/Shanghai"),
        ("北京", "Asia/Shanghai"),
        ("New York", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Sao Paulo", "America/Sao_Paulo"),
        ("europe/oslo", "Europe/Oslo"),
        ("Asia/Calcutta", "Asia/Kolkata"),
        ("北京时间", "Asia/Shanghai"),
        ("北京時間", "Asia/Shanghai"),
        ("Beijing time", "Asia/Shanghai"),
        ("Oslo tid", "Europe/Oslo"),
    ],
)
def test_names_resolve_to_one_zone(index, query: str, zone: str) -> None:
    assert index.resolve(query, WINTER) == (zone, [])
    assert index.search(query, WINTER)[0].zone == zone


@pytest.mark.parametrize(
    ("abbreviation", "includes"),
    [
        ("CET", {"Europe/Oslo", "Europe/Berlin"}),
        ("PST", {"America/Los_Angeles"}),
        ("IST", {"Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"}),
        ("CST", {"Asia/Shanghai", "America/Chicago"}),
        ("UTC+8", {"Asia/Shanghai", "Asia/Singapore"}),
        ("GMT-3", {"America/Sao_Paulo"}),
        ("+05:30", {"Asia/Kolkata"}),
        ("UTC+5:45", {"Asia/Kathmandu"}),
    ],
)
def test_abbreviations_are_never_guessed(index, abbreviation: str, includes: set[str]) -> None:
    zone, choices = index.resolve(abbreviation, WINTER)
    assert zone is None
    assert includes <= set(choices)


def test_offsets_follow_dst(index) -> None:
    assert "Europe/Oslo" in index.by_abbreviation("UTC+1", WINTER)
    assert "Europe/Oslo" in index.by_abbreviation("UTC+2", SUMMER)
    assert "Europe/Oslo" not in index.by_abbreviation("UTC+1", SUMMER)
    assert "Australia/Sydney" in index.by_abbreviation("UTC+11", WINTER)  # southern summer
    assert utc_offset("Asia/Kathmandu", WINTER) == timedelta(hours=5, minutes=45)
    assert format_offset(utc_offset("America/New_York", WINTER)) == "UTC-05:00"
    assert format_offset(utc_offset("Asia/Kolkata", SUMMER)) == "UTC+05:30"


def test_search_is_bounded_and_has_defaults(index) -> None:
    assert len(index.search("a", WINTER)) == 25
    defaults = index.search("", WINTER)
    assert defaults[0].zone == "Europe/Oslo"
    assert len(defaults) <= 25


def test_unknown_names_find_nothing(index) -> None:
    assert index.resolve("xyzzy", WINTER) == (None, [])


ZONES = sorted(zone_index(2026).zones)


@given(st.sampled_from(ZONES), st.datetimes(timezones=st.just(UTC)))
def test_every_zone_name_resolves_to_itself(zone: str, now: datetime) -> None:
    index = zone_index(2026)
    assert index.resolve(zone, now) == (zone, [])
    assert index.resolve(zone.lower(), now) == (zone, [])
    found = index.search(zone, now)
    assert len(found) <= 25
    assert found[0].zone == zone


@given(st.text(max_size=30), st.datetimes(timezones=st.just(UTC)))
def test_any_text_gives_at_most_25_real_zones(query: str, now: datetime) -> None:
    index = zone_index(2026)
    found = index.search(query, now)
    assert len(found) <= 25
    assert all(match.zone in index.zones for match in found)
    zone, choices = index.resolve(query, now)
    assert zone is None or zone in index.zones
    assert all(choice in index.zones for choice in choices)


@given(st.integers(min_value=-12 * 4, max_value=14 * 4), st.datetimes(timezones=st.just(UTC)))
def test_offset_queries_list_only_zones_at_that_offset(quarters: int, now: datetime) -> None:
    offset = timedelta(minutes=15 * quarters)
    sign = "-" if quarters < 0 else "+"
    hours, minutes = divmod(abs(quarters) * 15, 60)
    for zone in zone_index(2026).by_abbreviation(f"UTC{sign}{hours}:{minutes:02d}", now):
        assert utc_offset(zone, now) == offset


@pytest.mark.parametrize("query", ["EST", "est", " Est "])
def test_an_abbreviation_offers_its_zones_not_names_containing_its_letters(query: str) -> None:
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    found = [m.zone for m in zone_index(2026).search(query, now)]
    assert found[0] == "America/New_York"
    assert "America/Toronto" in found and "America/Panama" in found
    for stray in ("Europe/Tallinn", "Africa/El_Aaiun", "Asia/Dili", "Australia/Perth"):
        assert stray not in found
    assert all(
        utc_offset(zone, datetime(2026, 1, 15, tzinfo=UTC)).total_seconds() == -5 * 3600
        for zone in found
    )


@pytest.mark.parametrize(
    ("query", "zone", "absent"),
    [
        ("york", "America/New_York", None),
        ("angeles", "America/Los_Angeles", None),
        ("esto", "Europe/Tallinn", None),
        ("ondon", None, "Europe/London"),  # inside a word: no match
    ],
)
def test_names_match_at_word_starts(query: str, zone: str | None, absent: str | None) -> None:
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    found = [m.zone for m in zone_index(2026).search(query, now)]
    if zone is not None:
        assert zone in found
    if absent is not None:
        assert absent not in found


def every_key_in_turn(index, query: str, now: datetime) -> list[tuple[str, str]]:
    """The search's rule spelled out as one pass over every key, for comparison."""
    q = place_of(normalise(query))
    if not q:
        return [(z, z) for z in POPULAR_ZONES[:25]]
    ranked: dict[str, tuple[int, str]] = {}

    def offer(zone: str, rank: int, label: str) -> None:
        if zone not in ranked or rank < ranked[zone][0]:
            ranked[zone] = (rank, label)

    abbreviated = index.by_abbreviation(query, now)
    for zone in abbreviated:
        offer(zone, 1, query.strip().upper())
    for key, zone, label in index.keys:
        if key == q:
            offer(zone, 1 if abbreviated else 0, label)
        elif abbreviated:
            continue
        elif key.startswith(q):
            offer(zone, 2, label)
        elif f" {q}" in f" {key}":
            offer(zone, 3, label)
    popular = {zone: i for i, zone in enumerate(POPULAR_ZONES)}
    ordered = sorted(
        ranked.items(), key=lambda item: (item[1][0], popular.get(item[0], len(popular)), item[0])
    )
    return [(zone, label) for zone, (_rank, label) in ordered[:25]]


SOME_KEYS = [key for key, _zone, _label in zone_index(2026).keys[::7]]


@given(
    st.one_of(
        st.sampled_from(SOME_KEYS).flatmap(
            lambda key: st.integers(1, len(key)).map(lambda n: key[:n])
        ),
        st.sampled_from(SOME_KEYS).flatmap(
            lambda key: st.integers(0, len(key) - 1).map(lambda n: key[n:])
        ),
        st.sampled_from(["CET", "est", "UTC+8", "utc-03:30", "PST", "new y", "st", "san"]),
        st.text(max_size=6),
    ),
    st.sampled_from([WINTER, SUMMER]),
)
def test_search_offers_what_one_pass_over_every_key_offers(query: str, now: datetime) -> None:
    found = zone_index(2026).search(query, now)
    assert [(m.zone, m.label) for m in found] == every_key_in_turn(zone_index(2026), query, now)
