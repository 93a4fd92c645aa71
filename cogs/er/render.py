"""Turning results and comparisons into the embeds members see."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from fractions import Fraction

import discord

from bot.benchmarks import BenchmarkSet, ratio_label, tier_label
from bot.charts import cjk_family
from bot.i18n import Messages
from bot.i18n.catalog import format_percent, format_skeleton
from bot.replies import embed
from cogs.er import logic
from cogs.er.chart import ChartText, Reference, Series
from storage.er import ErResult

# Discord's limits: description 4096, 6000 characters over the whole embed.
DESCRIPTION_BUDGET = 3900


def pct(t: Messages, value: Fraction | float) -> str:
    """A rate for display: rounded half-up at two decimals, in the locale's format."""
    return t.percent(logic.round_half_up(Fraction(value)))


def count(t: Messages, value: int) -> str:
    return t.number(value)


def compact(t: Messages, value: int) -> str:
    return t.compact(value)


TextCache = dict[tuple[str, str, object], str]


def cached(cache: TextCache, t: Messages, kind: str, value: object, make: Callable[[], str]) -> str:
    """Texts that depend only on the locale and a benchmark figure, formatted once."""
    key = (t.locale, kind, value)
    found = cache.get(key)
    if found is None:
        found = cache[key] = make()
    return found


def benchmark_field(
    t: Messages,
    card: discord.Embed,
    comparison: logic.Comparison | None,
    benchmark: BenchmarkSet,
    followers: int | None,
    cache: TextCache | None = None,
    *,
    impossible: bool = False,
) -> None:
    """Add the tier, the comparison, its verdict and any caveat to ``card``.

    ``impossible``: the numbers cannot be right (more interactions than views), so no
    verdict is given, only that they look wrong.

    ``cache`` (kept by the cog) saves re-formatting tier labels and benchmark figures,
    which only depend on the locale.
    """
    memo: TextCache = cache if cache is not None else {}
    name = t("er-benchmark", set=benchmark.title.get(t.locale))
    if followers is None:
        card.add_field(name=name, value=t("er-no-followers"), inline=False)
        return
    if comparison is None:
        card.add_field(
            name=name, value=t("er-no-tiers", set=benchmark.title.get(t.locale)), inline=False
        )
        return
    tier = comparison.tier
    label = cached(memo, t, "tier", tier, lambda: tier_label(t, tier))
    lines: list[str] = []
    if comparison.under_first:
        minimum = cached(memo, t, "compact", tier.min, lambda: t.compact(tier.min))
        lines.append(t("er-under-first-tier", minimum=minimum))
    else:
        lines.append(t("er-benchmark-tier", tier=label))
    if impossible:
        lines.append(t("er-no-verdict-impossible"))
    else:
        lines += comparison_lines(t, comparison, tier_text(t, comparison, label, memo))
        if comparison.vanity:
            lines.append(t("er-vanity"))
    if benchmark.caveat is not None:
        lines.append(f"-# {benchmark.caveat.get(t.locale)}")
    lines.append(f"-# {t('er-source', citation=benchmark.citation_in(t.locale))}")
    card.add_field(name=name, value="\n".join(lines)[:1024], inline=False)


def tier_text(t: Messages, comparison: logic.Comparison, label: str, memo: TextCache) -> str:
    """How the rate stands against its tier: the ratio to the average, or where in the band."""
    tier = comparison.tier
    if comparison.band_position is not None and tier.low is not None and tier.high is not None:
        return t(
            f"er-compare-band-{comparison.band_position}",
            low=cached(memo, t, "percent", tier.low, lambda: t.percent(tier.low or 0)),
            high=cached(memo, t, "percent", tier.high, lambda: t.percent(tier.high or 0)),
            tier=label,
        )
    return t(
        "er-compare-average",
        ratio=ratio_label(t, comparison.ratio),
        tier=label,
        average=cached(memo, t, "percent", tier.reference, lambda: t.percent(tier.reference)),
    )


def comparison_lines(t: Messages, comparison: logic.Comparison, tier_text: str) -> list[str]:
    """The verdict first, always like for like; a comparison on the other basis after it.

    A per-view rate is judged against per-view figures only (and per-follower against
    per-follower): against the set's overall figure on the rate's basis when its tiers use
    the other one. The tier comparison then follows, labelled as the other basis.
    """
    if comparison.same_basis or comparison.set_basis == "unknown":
        lines = [
            t(
                "er-verdict-line",
                verdict=t(f"er-verdict-{comparison.verdict}"),
                comparison=tier_text,
            )
        ]
        if not comparison.same_basis:
            lines.append(t("er-mismatch-unknown"))
        return lines
    rate_basis = comparison_basis(comparison)
    if comparison.overall is not None and comparison.overall_ratio is not None:
        assert comparison.overall_verdict is not None
        headline = t(
            "er-verdict-line",
            verdict=t(f"er-verdict-{comparison.overall_verdict}"),
            comparison=t(
                f"er-compare-overall-{rate_basis}",
                ratio=ratio_label(t, comparison.overall_ratio),
                overall=t.percent(comparison.overall),
            ),
        )
    else:
        headline = t(f"er-no-like-for-like-{rate_basis}")
    return [headline, t(f"er-other-basis-{rate_basis}", comparison=tier_text)]


def comparison_basis(comparison: logic.Comparison) -> str:
    """The rate's basis (the other one than the set's tiers), as message keys spell it."""
    return "followers" if comparison.set_basis == "views" else "views"


def saved_footer(t: Messages, saved: bool, updated: bool) -> str:
    if not saved:
        return t("er-not-saved")
    return t("er-updated") if updated else t("er-saved")


# -- history ---------------------------------------------------------------------------


def history_card(
    t: Messages,
    member_name: str,
    results: Sequence[ErResult],
    total: int,
) -> discord.Embed:
    """The list, per-basis statistics and outlier flags of ``results`` (newest first)."""
    summaries = {
        basis: logic.summarise([r.rate for r in results if r.basis == basis and r.counted])
        for basis in ("views", "followers")
    }
    plain: list[str] = []
    linked: list[str | None] = []
    for result in results:
        summary = summaries[result.basis]
        flag = ""
        if not result.counted:
            flag = " " + t("er-history-not-counted")
        elif summary is not None and logic.is_outlier(result.rate, summary):
            flag = " " + t("er-history-outlier")
        if result.source == "tiktok":
            flag += " " + t("er-history-imported")
        args = {
            "date": discord.utils.format_dt(result.created_at, "d"),
            "rate": pct(t, result.rate),
            "basis": t(f"er-basis-{result.basis}"),
            "flag": flag,
        }
        plain.append(t("er-history-line", video="🎬" if result.video_url else "—", **args))
        linked.append(
            t("er-history-line", video=f"[🎬]({result.video_url})", **args)
            if result.video_url
            else None
        )
    # Every line fits without its link (50 short lines); links are added newest first
    # while the description stays within Discord's limit.
    used = sum(len(line) + 1 for line in plain)
    lines = list(plain)
    links_dropped = False
    for index, with_link in enumerate(linked):
        if with_link is None:
            continue
        extra = len(with_link) - len(plain[index])
        if used + extra <= DESCRIPTION_BUDGET:
            lines[index] = with_link
            used += extra
        else:
            links_dropped = True
    card = embed(t("er-history-title", member=member_name), "\n".join(lines))
    for basis, summary in summaries.items():
        if summary is None:
            continue
        card.add_field(
            name=t(f"er-history-stats-{basis}"),
            value=t(
                "er-history-stats",
                mean=pct(t, summary.mean),
                median=pct(t, summary.median),
                best=pct(t, summary.best),
                count=summary.count,
            ),
            inline=False,
        )
        if any(
            r.basis == basis and r.counted and logic.is_outlier(r.rate, summary) for r in results
        ):
            card.add_field(
                name="\u200b",
                value=t("er-history-outlier-note", threshold=pct(t, summary.outlier_above)),
                inline=False,
            )
    notes = []
    if total > len(results):
        notes.append(t("er-history-shown", shown=len(results), total=total))
    if links_dropped:
        notes.append(t("er-history-links-dropped"))
    if notes:
        card.set_footer(text=" ".join(notes))
    return card


def chart_messages(t: Messages, english: Messages) -> Messages:
    """The chart's language: the member's, unless its glyphs have no installed font."""
    if t.locale == "zh-CN" and cjk_family() is None:
        return english
    return t


def chart_series(t: Messages, results: Sequence[ErResult]) -> list[Series]:
    series = []
    for basis in ("views", "followers"):
        mine = [r for r in results if r.basis == basis and r.counted]
        if not mine:
            continue
        summary = logic.summarise([r.rate for r in mine])
        assert summary is not None
        points: list[tuple[datetime, float, bool]] = [
            (r.created_at, r.rate, logic.is_outlier(r.rate, summary)) for r in mine
        ]
        series.append(Series(basis=basis, label=t(f"er-basis-{basis}"), points=points))
    return series


def chart_reference(
    t: Messages, benchmark: BenchmarkSet, followers: int | None
) -> Reference | None:
    """The tier figure for the member's current followers in the active set."""
    if followers is None:
        return None
    tier = benchmark.nearest_tier(followers)
    if tier is None:
        return None
    args = {
        "tier": tier_label(t, tier),
        "set": benchmark.title.get(t.locale),
        "basis": t(f"er-chart-basis-{benchmark.basis}"),
    }
    if tier.low is not None and tier.high is not None:
        return Reference(label=t("er-chart-band", **args), low=tier.low, high=tier.high)
    return Reference(label=t("er-chart-average", **args), average=tier.average)


def chart_text(t: Messages) -> ChartText:
    family = cjk_family() if t.locale == "zh-CN" else None
    return ChartText(
        title=t("er-chart-title"),
        y_label=t("er-chart-y"),
        outlier_label=t("er-chart-outlier"),
        percent=ChartPercent(t.locale),
        font_family=family,
        date=ChartDate(t.locale),
    )


@dataclass(frozen=True)
class ChartPercent:
    """The y axis labels in the member's percent style (pickles, for the chart process)."""

    locale: str

    def __call__(self, value: float) -> str:
        return format_percent(self.locale, Decimal(str(round(value, 4))), 1)


@dataclass(frozen=True)
class ChartDate:
    """The date axis labels in the member's language (pickles, for the chart process)."""

    locale: str

    def __call__(self, moment: datetime, skeleton: str) -> str:
        return format_skeleton(self.locale, moment, skeleton)
