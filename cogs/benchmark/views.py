"""Embeds for /benchmark: a set's table, the list of sets, and pieces of the lookup reply."""

from __future__ import annotations

import discord

from bot.benchmarks import BenchmarkSet, Tier
from bot.i18n import Messages
from bot.replies import embed
from cogs.benchmark import logic

FIELD_LIMIT = 1024


def set_title(t: Messages, benchmark: BenchmarkSet) -> str:
    return t("benchmark-set-label", title=benchmark.title.get(t.locale), name=benchmark.name)


def basis_text(t: Messages, basis: str) -> str:
    return t(f"benchmark-basis-{basis}")


def year_text(t: Messages, benchmark: BenchmarkSet) -> str:
    return str(benchmark.year) if benchmark.year is not None else t("benchmark-year-unknown")


def range_text(t: Messages, low: int, high: int | None) -> str:
    """A follower range: "1K–5K", "under 10K", "1M+"."""
    if high is None:
        return t("benchmark-tier-over", low=t.compact(low))
    if low == 0:
        return t("benchmark-tier-under", high=t.compact(high))
    return t("benchmark-tier-range", low=t.compact(low), high=t.compact(high))


def tier_label(t: Messages, tier: Tier) -> str:
    return range_text(t, tier.min, tier.max)


def tier_figure(t: Messages, tier: Tier) -> str:
    """ "5.60%" for an average, "12.06%–14.04%" for a band."""
    if tier.average is not None:
        return t.percent(tier.average)
    assert tier.low is not None
    assert tier.high is not None
    return t("benchmark-band", low=t.percent(tier.low), high=t.percent(tier.high))


def source_text(t: Messages, benchmark: BenchmarkSet) -> str:
    text = t("benchmark-source-value", source=benchmark.source, year=year_text(t, benchmark))
    text += "\n" + benchmark.citation
    if benchmark.url:
        text += f"\n<{benchmark.url}>"
    return text[:FIELD_LIMIT]


def thresholds_text(t: Messages) -> str:
    low, high, far = logic.thresholds()
    return t(
        "benchmark-thresholds",
        low=t.number(low, 1),
        high=t.number(high, 1),
        far=t.number(far, 0),
    )


def add_provenance(t: Messages, card: discord.Embed, benchmark: BenchmarkSet) -> None:
    """Basis, source, year, citation and caveat: shown with every figure of a set."""
    card.add_field(name=t("benchmark-field-basis"), value=basis_text(t, benchmark.basis))
    if benchmark.overall is not None:
        card.add_field(
            name=t("benchmark-field-overall"),
            value=t(
                "benchmark-overall-value",
                value=t.percent(benchmark.overall.value),
                basis=basis_text(t, benchmark.overall.basis),
            ),
        )
    card.add_field(name=t("benchmark-field-source"), value=source_text(t, benchmark), inline=False)
    if benchmark.caveat is not None:
        card.add_field(
            name=t("benchmark-field-caveat"),
            value=benchmark.caveat.get(t.locale)[:FIELD_LIMIT],
            inline=False,
        )


def table_embed(t: Messages, benchmark: BenchmarkSet, *, active: bool) -> discord.Embed:
    """The whole set: one field per tier (or industry), then where it comes from."""
    description = benchmark.description.get(t.locale)
    if active:
        description += "\n" + t("benchmark-sets-active")
    card = embed(set_title(t, benchmark), description)
    if benchmark.by_industry:
        for industry in benchmark.industries[:15]:
            card.add_field(
                name=industry.name.get(t.locale), value=t.percent(industry.average), inline=True
            )
    else:
        for tier in benchmark.tiers[:15]:
            card.add_field(name=tier_label(t, tier), value=tier_figure(t, tier), inline=True)
    add_provenance(t, card, benchmark)
    card.set_footer(text=t("benchmark-table-footer"))
    return card


def sets_embed(t: Messages, sets: list[BenchmarkSet], active: str) -> discord.Embed:
    """Every set with a one-line description; the server's active one marked."""
    card = embed(t("benchmark-sets-title"))
    for benchmark in sets[:25]:
        name = set_title(t, benchmark)
        if benchmark.name == active:
            name = t("benchmark-sets-active-name", set=name)
        shape = (
            t("benchmark-sets-industries", count=len(benchmark.industries))
            if benchmark.by_industry
            else t("benchmark-sets-tiers", count=len(benchmark.tiers))
        )
        value = t(
            "benchmark-sets-line",
            description=benchmark.description.get(t.locale),
            basis=basis_text(t, benchmark.basis),
            year=year_text(t, benchmark),
            shape=shape,
        )
        card.add_field(name=name[:256], value=value[:FIELD_LIMIT], inline=False)
    card.set_footer(text=t("benchmark-sets-footer"))
    return card


def comparison_text(
    t: Messages,
    benchmark: BenchmarkSet,
    rate: float,
    rate_basis: logic.RateBasis,
    origin: str,
    reference: Tier,
    label: str,
) -> str:
    """Where the ER came from, its ratio and verdict, and a warning when bases differ."""
    result = logic.compare(rate, reference)
    ratio = t.number(result.ratio, 2) if result.ratio != float("inf") else "∞"
    figure = (
        t("benchmark-reference-average", value=t.percent(reference.reference))
        if reference.average is not None
        else t("benchmark-reference-band", value=t.percent(reference.reference))
    )
    lines = [
        origin,
        t(
            "benchmark-comparison",
            ratio=ratio,
            label=label,
            figure=figure,
            verdict=t(f"benchmark-verdict-{result.verdict}"),
        ),
    ]
    match = logic.basis_match(rate_basis, benchmark.basis)
    if match == "different":
        lines.append(
            t(
                "benchmark-basis-mismatch",
                rate_basis=basis_text(t, rate_basis),
                set_basis=basis_text(t, benchmark.basis),
            )
        )
    elif match == "unknown":
        lines.append(t("benchmark-basis-unstated", rate_basis=basis_text(t, rate_basis)))
    return "\n".join(lines)[:FIELD_LIMIT]
