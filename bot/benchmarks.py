"""Labelled engagement-rate benchmark sets, shipped as package data and validated at start-up.

Each set names its source, year and basis (``views``, ``followers`` or ``unknown``).
Tiers are half-open follower ranges ``[min, max)``; the last may be open-ended.
A broken data file stops the bot at start-up, naming the file and the tier.
"""

from __future__ import annotations

import importlib.resources
import itertools
import json
import math
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from bot.i18n.catalog import Messages, resolve_locale

Basis = Literal["views", "followers", "unknown"]
Verdict = Literal["below", "around", "above", "far-above"]
DEFAULT_SET = "tiktok-er-guide"

# A rate this many times the reference is ...: below 0.8 "below", up to 1.2 "around",
# up to 2 "above", 2 and more "far above". For a band: below its low end is "below",
# inside it "around", above its high end "above", twice its high end "far above".
AROUND_LOW, AROUND_HIGH, FAR_ABOVE = 0.8, 1.2, 2.0


class BenchmarkDataError(Exception):
    """A benchmark data file is invalid; the message names the file and the tier."""


class Localised(BaseModel):
    """A text in every supported language."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    en_US: str
    zh_CN: str
    no: str

    @model_validator(mode="before")
    @classmethod
    def _dash_keys(cls, data: object) -> object:
        if isinstance(data, dict):
            return {key.replace("-", "_"): value for key, value in data.items()}
        return data

    def get(self, locale: str) -> str:
        text: str = getattr(self, resolve_locale(locale).replace("-", "_"))
        return text


class Tier(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min: int
    max: int | None
    average: float | None = None
    low: float | None = None
    high: float | None = None

    @model_validator(mode="after")
    def _one_kind_of_value(self) -> Tier:
        has_band = self.low is not None and self.high is not None
        if (self.average is None) == (not has_band):
            raise ValueError("a tier has either an average or a low-high band")
        if has_band and self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("band low is above band high")
        if self.min < 0 or (self.max is not None and self.max <= self.min):
            raise ValueError("tier range is empty or negative")
        return self

    def contains(self, followers: int) -> bool:
        return followers >= self.min and (self.max is None or followers < self.max)

    @property
    def reference(self) -> float:
        """The single figure to compare with: the average, or the middle of the band."""
        if self.average is not None:
            return self.average
        assert self.low is not None
        assert self.high is not None
        return (self.low + self.high) / 2


class Industry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    key: str
    name: Localised
    average: float


class Overall(BaseModel):
    value: float
    basis: Basis


class BenchmarkSet(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    version: int
    title: Localised
    description: Localised
    formerly: list[str] = []  # ids this set had before; servers that chose one keep it
    source: Localised | str  # a plain string is a name, the same in every language
    citation: Localised | str
    url: str | None
    year: int | None
    basis: Basis
    overall: Overall | None = None
    caveat: Localised | None = None
    tiers: list[Tier] = []
    industries: list[Industry] = []

    def source_in(self, locale: str) -> str:
        return self.source if isinstance(self.source, str) else self.source.get(locale)

    def citation_in(self, locale: str) -> str:
        return self.citation if isinstance(self.citation, str) else self.citation.get(locale)

    @property
    def by_industry(self) -> bool:
        return not self.tiers

    def tier_for(self, followers: int) -> Tier | None:
        for tier in self.tiers:
            if tier.contains(followers):
                return tier
        return None

    def nearest_tier(self, followers: int) -> Tier | None:
        """The tier holding ``followers``, else the closest one (for "under 1K" answers)."""
        found = self.tier_for(followers)
        if found is not None or not self.tiers:
            return found
        return self.tiers[0] if followers < self.tiers[0].min else self.tiers[-1]

    def industry(self, key: str) -> Industry | None:
        return next((i for i in self.industries if i.key == key), None)


def check_tiers(tiers: list[Tier]) -> None:
    """Tiers must be in order, without gaps or overlaps, and only the last open-ended."""
    for index, (before, after) in enumerate(itertools.pairwise(tiers), start=1):
        if before.max is None:
            raise ValueError(f"tier {index} ({before.min}+) is open-ended but is not the last")
        if after.min < before.max:
            raise ValueError(f"tier {index + 1} ({after.min}-{after.max}) overlaps tier {index}")
        if after.min > before.max:
            raise ValueError(
                f"gap between tier {index} (ends {before.max}) and tier {index + 1} (starts {after.min})"
            )


@dataclass(frozen=True)
class BenchmarkLibrary:
    sets: dict[str, BenchmarkSet]

    @classmethod
    def load(cls) -> BenchmarkLibrary:
        folder = importlib.resources.files("bot") / "data" / "benchmarks"
        texts = {
            entry.name: entry.read_text(encoding="utf-8")
            for entry in folder.iterdir()
            if entry.name.endswith(".json")
        }
        return cls.from_texts(texts)

    @classmethod
    def from_texts(cls, texts: dict[str, str]) -> BenchmarkLibrary:
        sets: dict[str, BenchmarkSet] = {}
        for filename in sorted(texts):
            try:
                data = BenchmarkSet.model_validate(json.loads(texts[filename]))
                check_tiers(data.tiers)
            except (ValidationError, ValueError) as exc:
                raise BenchmarkDataError(f"benchmark file {filename}: {exc}") from None
            if not data.tiers and not data.industries:
                raise BenchmarkDataError(f"benchmark file {filename}: neither tiers nor industries")
            if data.name in sets:
                raise BenchmarkDataError(
                    f"benchmark file {filename}: set {data.name!r} defined twice"
                )
            sets[data.name] = data
        known = set(sets)
        for data in sets.values():
            for old in data.formerly:
                if old in known:
                    raise BenchmarkDataError(f"benchmark set id {old!r} is used twice")
                known.add(old)
        if DEFAULT_SET not in sets:
            raise BenchmarkDataError(f"the default benchmark set {DEFAULT_SET!r} is missing")
        return cls(sets)

    def find(self, name: str) -> BenchmarkSet | None:
        """The set with id ``name``, or with ``name`` as a former id; ``None`` if unknown."""
        found = self.sets.get(name)
        if found is None:
            found = next((s for s in self.sets.values() if name in s.formerly), None)
        return found

    def get(self, name: str | None) -> BenchmarkSet:
        """The named set (by its id or a former one), or the default when unknown or ``None``."""
        return (self.find(name) if name else None) or self.sets[DEFAULT_SET]

    def names(self) -> list[str]:
        return sorted(self.sets)


def range_label(t: Messages, low: int, high: int | None) -> str:
    """A follower range as every reply shows it: "1K–5K", "under 10K", "1M+" ("100万以上")."""
    if high is None:
        return t("tier-over", low=t.compact(low))
    if low == 0:
        return t("tier-under", high=t.compact(high))
    return t("tier-range", low=t.compact(low), high=t.compact(high))


def tier_label(t: Messages, tier: Tier) -> str:
    """The one label of a tier, in /er, /benchmark and /profile alike."""
    return range_label(t, tier.min, tier.max)


RATIO_DIGITS = 1


def ratio_label(t: Messages, ratio: float) -> str:
    """How many times a figure a rate is, the same everywhere: "4.1×" ("4.1 倍")."""
    if math.isinf(ratio):
        return t("ratio", value="∞")
    return t("ratio", value=t.number(ratio, RATIO_DIGITS))


def verdict(rate: float, tier: Tier) -> Verdict:
    """How ``rate`` compares with a tier (thresholds in the module docstring)."""
    if tier.average is not None:
        ratio = rate / tier.average if tier.average else float("inf")
        if ratio < AROUND_LOW:
            return "below"
        if ratio <= AROUND_HIGH:
            return "around"
        return "above" if ratio < FAR_ABOVE else "far-above"
    assert tier.low is not None
    assert tier.high is not None
    if rate < tier.low:
        return "below"
    if rate <= tier.high:
        return "around"
    return "above" if rate < FAR_ABOVE * tier.high else "far-above"
