"""Finding IANA timezones by name, city, country or abbreviation.

Pure: every function takes ``now`` explicitly. City and country names come from
CLDR through Babel (so "Oslo", "奥斯陆" and "Norge" all find Europe/Oslo);
abbreviations come from the tz database itself (``CET``, ``PST``, ``IST``).
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
import unicodedata
import zoneinfo
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from babel import Locale
from babel.core import get_global

_OFFSET = re.compile(r"^(?:utc|gmt)?\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$")
# Cities people name that are not tz database ids (the zone they live in).
_EXTRA_CITIES: dict[str, str] = {
    "beijing": "Asia/Shanghai",
    "北京": "Asia/Shanghai",
    "shenzhen": "Asia/Shanghai",
    "深圳": "Asia/Shanghai",
    "guangzhou": "Asia/Shanghai",
    "广州": "Asia/Shanghai",
    "hangzhou": "Asia/Shanghai",
    "杭州": "Asia/Shanghai",
    "chengdu": "Asia/Shanghai",
    "成都": "Asia/Shanghai",
    "bergen": "Europe/Oslo",
    "trondheim": "Europe/Oslo",
    "stavanger": "Europe/Oslo",
    "tromsø": "Europe/Oslo",
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "washington": "America/New_York",
    "boston": "America/New_York",
    "miami": "America/New_York",
    "atlanta": "America/New_York",
    "houston": "America/Chicago",
    "dallas": "America/Chicago",
    "rio de janeiro": "America/Sao_Paulo",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "hanoi": "Asia/Bangkok",
    "osaka": "Asia/Tokyo",
    "melbourne": "Australia/Melbourne",
    "london": "Europe/London",
}
# "Beijing time", 北京时间, "Oslo tid": a place followed by a word for its time. The place
# alone is looked up (longest word first, so 标准时间 goes before 时间).
_TIME_WORDS = (
    "标准时间",
    "標準時間",
    "时间",
    "時間",
    " standard time",
    " time",
    " normaltid",
    " tid",
)


def place_of(query: str) -> str:
    """A normalised query without a trailing word for "time": 北京时间 -> 北京."""
    for word in _TIME_WORDS:
        if query.endswith(word) and query[: -len(word)].strip():
            return query[: -len(word)].strip()
    return query


# Zones kept out of search: legacy aliases people never mean.
_SKIP_PREFIXES = ("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")


def normalise(text: str) -> str:
    """Lower-case, accents kept apart, underscores and slashes as spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s_/,.-]+", " ", text).strip()


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def utc_offset(zone: str, now: datetime) -> timedelta:
    offset = now.astimezone(zone_info(zone)).utcoffset()
    return offset if offset is not None else timedelta(0)


def format_offset(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


# Every zone read once and kept: ``ZoneInfo`` itself keeps only a few recently used zones
# strongly, so without this each keystroke of the autocomplete reads tzdata files again.
_LOADED: dict[str, zoneinfo.ZoneInfo] = {}


def zone_info(zone: str) -> zoneinfo.ZoneInfo:
    """``ZoneInfo(zone)``, read from tzdata once per process and then kept in memory."""
    tz = _LOADED.get(zone)
    if tz is None:
        tz = _LOADED[zone] = zoneinfo.ZoneInfo(zone)
    return tz


@dataclass(frozen=True)
class ZoneMatch:
    zone: str
    label: str  # what matched: a city, country or abbreviation


@dataclass
class ZoneIndex:
    """Search keys for every canonical zone; built once at start-up (a few ms)."""

    zones: frozenset[str]
    keys: list[tuple[str, str, str]] = field(default_factory=list)  # (key, zone, label)
    abbreviations: dict[str, set[str]] = field(default_factory=dict)
    _offsets: tuple[int, dict[str, timedelta]] = (-1, {})
    _by_casefold: dict[str, str] = field(default_factory=dict)
    # For search: each key and each of its words' starts, sorted, with the key's place in
    # ``keys`` (built from ``keys`` when first searched), and the keys by their text.
    _starts: tuple[list[str], list[tuple[int, int]]] | None = None
    _exact: dict[str, list[int]] = field(default_factory=dict)
    _indexed = -1  # how many of ``keys`` those were built from

    def __post_init__(self) -> None:
        self._by_casefold = {zone.casefold(): zone for zone in self.zones}

    def offsets(self, now: datetime) -> dict[str, timedelta]:
        """Every zone's UTC offset at ``now`` (cached for the hour: offsets change on the hour)."""
        hour = int(now.timestamp()) // 3600
        if self._offsets[0] != hour:
            self._offsets = (hour, {z: utc_offset(z, now) for z in self.zones})
        return self._offsets[1]

    @classmethod
    def build(cls, year: int) -> ZoneIndex:
        aliases = get_global("zone_aliases")  # old names that link to a canonical zone
        zones = frozenset(
            z
            for z in zoneinfo.available_timezones()
            if "/" in z and not z.startswith(_SKIP_PREFIXES) and z not in aliases
        )
        index = cls(zones=zones | {"UTC"})
        seen: set[tuple[str, str]] = set()

        def add(name: str, zone: str) -> None:
            for variant in {normalise(name), normalise(_strip_accents(name))}:
                if variant and (variant, zone) not in seen:
                    seen.add((variant, zone))
                    index.keys.append((variant, zone, name))

        locales = [Locale.parse(code) for code in ("en", "zh_Hans", "nb")]
        territories_of: dict[str, list[str]] = {}
        for zone, territory in get_global("zone_territories").items():
            territories_of.setdefault(territory, []).append(zone)
        for zone in sorted(index.zones):
            add(zone, zone)
            add(zone.rsplit("/", 1)[-1].replace("_", " "), zone)
            for locale in locales:
                city = locale.time_zones.get(zone, {}).get("city")
                if city:
                    add(city, zone)
        for territory, territory_zones in territories_of.items():
            usable = [z for z in territory_zones if z in index.zones]
            if not usable:
                continue
            for locale in locales:
                country = locale.territories.get(territory)
                if country:
                    for zone in usable:
                        add(country, zone)
        for name, zone in _EXTRA_CITIES.items():
            add(name, zone)
        for alias, zone in aliases.items():  # "Asia/Calcutta" still finds Asia/Kolkata
            if zone in index.zones:
                add(alias, zone)
                add(alias.rsplit("/", 1)[-1].replace("_", " "), zone)
        for zone in index.zones:
            tz = zone_info(zone)
            for month in (1, 7):
                abbreviation = datetime(year, month, 15, 12, tzinfo=tz).tzname()
                if abbreviation and abbreviation.isalpha():
                    index.abbreviations.setdefault(abbreviation.casefold(), set()).add(zone)
        return index

    def is_zone(self, name: str) -> bool:
        return name in self.zones

    def canonical(self, name: str) -> str | None:
        """An exact IANA name, matched without regard to case."""
        return self._by_casefold.get(name.strip().replace(" ", "_").casefold())

    def by_abbreviation(self, text: str, now: datetime) -> list[str]:
        """Zones whose abbreviation or current UTC offset is ``text`` (``CET``, ``UTC+8``)."""
        cleaned = text.strip().casefold()
        match = _OFFSET.match(cleaned.replace(" ", ""))
        if match:
            sign = -1 if match["sign"] == "-" else 1
            wanted = sign * timedelta(hours=int(match["h"]), minutes=int(match["m"] or 0))
            return sorted(z for z, offset in self.offsets(now).items() if offset == wanted)
        return sorted(self.abbreviations.get(cleaned, set()))

    def search(self, query: str, now: datetime, limit: int = 25) -> list[ZoneMatch]:
        """Zones for an autocomplete box: exact names, abbreviations, prefixes, word starts.

        A query that is a timezone abbreviation (``EST``, ``CET``) offers the zones using
        it and names that equal it, nothing that merely contains the letters (``West…``,
        ``Estonia``). Otherwise a name matches where one of its words starts with the
        query: "york" finds New York, "ondon" finds nothing.
        """
        q = place_of(normalise(query))
        if not q:
            return [ZoneMatch(z, z) for z in POPULAR_ZONES[:limit]]
        ranked: dict[str, tuple[int, str]] = {}

        def offer(zone: str, rank: int, label: str) -> None:
            best = ranked.get(zone)
            if best is None or rank < best[0]:
                ranked[zone] = (rank, label)

        abbreviated = self.by_abbreviation(query, now)
        for zone in abbreviated:
            offer(zone, 1, query.strip().upper())
        # The keys in their order, as one pass over them would offer them: a key equal to
        # the query ranks 0 (1 beside an abbreviation); otherwise one starting with it 2,
        # one with a word starting with it 3 (none of these beside an abbreviation).
        found: dict[int, int] = {n: 1 if abbreviated else 0 for n in self._equal_to(q)}
        if not abbreviated:
            for n, rank in self._starting_with(q):
                found[n] = min(found.get(n, rank), rank)
        for n in sorted(found):
            _key, zone, label = self.keys[n]
            offer(zone, found[n], label)
        popular = {zone: i for i, zone in enumerate(POPULAR_ZONES)}
        ordered = sorted(
            ranked.items(),
            key=lambda item: (item[1][0], popular.get(item[0], len(popular)), item[0]),
        )
        return [ZoneMatch(zone, label) for zone, (_rank, label) in ordered[:limit]]

    def _index_starts(self) -> tuple[list[str], list[tuple[int, int]]]:
        if self._starts is None or self._indexed != len(self.keys):
            self._indexed = len(self.keys)
            starts: list[tuple[str, int, int]] = []
            self._exact = {}
            for n, (key, _zone, _label) in enumerate(self.keys):
                self._exact.setdefault(key, []).append(n)
                starts.append((key, n, 2))
                starts += [(key[i + 1 :], n, 3) for i, c in enumerate(key) if c == " "]
            starts.sort()
            self._starts = ([text for text, _, _ in starts], [(n, r) for _, n, r in starts])
        return self._starts

    def _equal_to(self, q: str) -> list[int]:
        """The places in ``keys`` of the keys that are ``q``."""
        self._index_starts()
        return self._exact.get(q, [])

    def _starting_with(self, q: str) -> list[tuple[int, int]]:
        """(place in ``keys``, 2 or 3) of the keys that start with ``q`` (2) or have a word
        that does (3): a range of the sorted starts, found by bisection."""
        texts, places = self._index_starts()
        first = bisect.bisect_left(texts, q)
        last = first
        while last < len(texts) and texts[last].startswith(q):
            last += 1
        return places[first:last]

    def resolve(self, text: str, now: datetime) -> tuple[str | None, list[str]]:
        """(zone, alternatives): a zone when ``text`` names exactly one, else the candidates."""
        exact = self.canonical(text)
        if exact:
            return exact, []
        abbreviated = self.by_abbreviation(text, now)
        if abbreviated:
            return None, abbreviated  # never guess from an abbreviation or offset
        q = place_of(normalise(text))
        named = sorted({zone for key, zone, _ in self.keys if key == q})
        if len(named) == 1:
            return named[0], []
        if named:
            return None, named
        return None, [m.zone for m in self.search(text, now, limit=10)]


_BUILDING = threading.Lock()


@functools.cache
def _zone_index(year: int) -> ZoneIndex:
    return ZoneIndex.build(year)


def zone_index(year: int) -> ZoneIndex:
    """The index for ``year`` (abbreviations depend on it), built once per process.

    The bot builds it at start-up (``prepare_zone_index``) so no keystroke pays for it.
    """
    with _BUILDING:  # built in a worker thread at start-up; a keystroke then waits for it
        return _zone_index(year)


def prepare_zone_index(year: int) -> ZoneIndex:
    """Build the index for ``year``, reading every zone's rules into memory on the way."""
    return zone_index(year)


POPULAR_ZONES: list[str] = [
    "Europe/Oslo",
    "Asia/Shanghai",
    "America/New_York",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "Australia/Sydney",
    "America/Chicago",
    "America/Mexico_City",
    "Asia/Singapore",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Europe/Paris",
    "Europe/Stockholm",
    "Africa/Lagos",
    "Asia/Jakarta",
    "Asia/Manila",
    "Asia/Dubai",
    "Europe/Istanbul",
    "America/Toronto",
    "Pacific/Auckland",
    "UTC",
]
