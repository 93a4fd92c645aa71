"""Embeds for /benchmark: the lookup reply, a set's table and the list of sets."""

from __future__ import annotations

from dataclasses import dataclass

import discord

from bot.benchmarks import BenchmarkSet, Industry, Tier, range_label, ratio_label, tier_label
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


def tier_figure(t: Messages, tier: Tier) -> str:
    """ "5.60%" for an average, "12.06%–14.04%" for a band."""
    if tier.average is not None:
        return t.percent(tier.average)
    assert tier.low is not None
    assert tier.high is not None
    return t("benchmark-band", low=t.percent(tier.low), high=t.percent(tier.high))


def source_text(t: Messages, benchmark: BenchmarkSet) -> str:
    text = t(
        "benchmark-source-value",
        source=benchmark.source_in(t.locale),
        year=year_text(t, benchmark),
    )
    text += "\n" + benchmark.citation_in(t.locale)
    if benchmark.url:
        text += f"\n<{benchmark.url}>"
    return text[:FIELD_LIMIT]


def thresholds_text(t: Messages) -> str:
    low, high, far = logic.thresholds()
    return t(
        "benchmark-thresholds",
        low=ratio_label(t, low),
        high=ratio_label(t, high),
        far=ratio_label(t, far),
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
    """Where the ER came from, and a verdict that is always like for like.

    On the set's basis (or one it does not state) the ER is judged against the tier or
    industry. On the other basis it is judged against the set's overall figure on the ER's
    basis when it has one, else not at all; the tier figure then follows, labelled as not
    like for like and without a verdict. An ER that cannot be right gets no verdict.
    """
    if logic.impossible(rate, rate_basis):
        return "\n".join([origin, t("benchmark-numbers-look-wrong", rate=t.percent(rate))])
    result = logic.compare(rate, reference)
    figure = (
        t("benchmark-reference-average", value=t.percent(reference.reference))
        if reference.average is not None
        else t("benchmark-reference-band", value=t.percent(reference.reference))
    )
    lines = [origin]
    match = logic.basis_match(rate_basis, benchmark.basis)
    if match != "different":
        lines.append(
            t(
                "benchmark-comparison",
                ratio=ratio_label(t, result.ratio),
                label=label,
                figure=figure,
                verdict=t(f"benchmark-verdict-{result.verdict}"),
            )
        )
        if match == "unknown":
            lines.append(t("benchmark-basis-unstated", rate_basis=basis_text(t, rate_basis)))
        return "\n".join(lines)[:FIELD_LIMIT]
    overall = logic.like_for_like(benchmark, rate_basis)
    if overall is not None:
        judged = logic.compare(rate, Tier(min=0, max=None, average=overall))
        lines.append(
            t(
                f"benchmark-comparison-overall-{rate_basis}",
                ratio=ratio_label(t, judged.ratio),
                overall=t.percent(overall),
                verdict=t(f"benchmark-verdict-{judged.verdict}"),
            )
        )
    else:
        lines.append(t(f"benchmark-no-like-for-like-{rate_basis}"))
    plain = t(
        "benchmark-comparison-plain", ratio=ratio_label(t, result.ratio), label=label, figure=figure
    )
    lines.append(t(f"benchmark-other-basis-{rate_basis}", comparison=plain))
    return "\n".join(lines)[:FIELD_LIMIT]


@dataclass(frozen=True)
class MemberRate:
    """The ER a lookup compares: typed, or the member's latest saved one."""

    rate: float
    basis: logic.RateBasis
    line: str  # where it came from, already in the member's language


@dataclass(frozen=True)
class Lookup:
    """/benchmark lookup's card before the member's ER, and what that ER is compared with."""

    card: discord.Embed
    reference: Tier | None  # None: an industry set and no industry chosen
    label: str
    low: int  # the followers of the peers in the community line: [low, high)
    high: int | None
    scope: str


def lookup_card(
    t: Messages, benchmark: BenchmarkSet, followers: int, industry: Industry | None
) -> Lookup:
    """The tier (or industry) for ``followers`` in ``benchmark``, with its figure and source."""
    card = embed(t("benchmark-lookup-title", followers=followers, set=set_title(t, benchmark)))
    reference: Tier | None = None
    label = ""
    low, high = 0, None
    scope = t("benchmark-scope-all")
    if not benchmark.by_industry:
        placement = logic.place(benchmark, followers)
        reference, low, high = placement.reference, placement.low, placement.high
        label = tier_label(t, reference)
        if placement.below_first_tier:
            first = range_label(t, 0, benchmark.tiers[0].min)
            tier_value = t("benchmark-under-first-tier", under=first, nearest=label)
            scope = t("benchmark-scope-followers", range=first)
        else:
            tier_value = label
            scope = t("benchmark-scope-followers", range=label)
        card.add_field(name=t("benchmark-field-tier"), value=tier_value, inline=False)
        figure_name = (
            "benchmark-field-average" if reference.average is not None else "benchmark-field-band"
        )
        card.add_field(name=t(figure_name), value=tier_figure(t, reference))
    elif industry is not None:
        reference = logic.industry_tier(industry)
        label = industry.name.get(t.locale)
        card.add_field(
            name=t("benchmark-field-industry"),
            value=f"{label}: {t.percent(industry.average)}",
            inline=False,
        )
    else:
        card.description = t("benchmark-industry-pick")
        card.add_field(
            name=t("benchmark-field-industries"),
            value="\n".join(
                f"{i.name.get(t.locale)} (`{i.key}`): {t.percent(i.average)}"
                for i in benchmark.industries
            )[:FIELD_LIMIT],
            inline=False,
        )
    add_provenance(t, card, benchmark)
    return Lookup(card, reference, label, low, high, scope)


def finish_lookup(
    t: Messages,
    found: Lookup,
    benchmark: BenchmarkSet,
    mine: MemberRate | None,
    community: str | None,
) -> discord.Embed:
    """The lookup card with the member's ER compared, and their standing in the server."""
    card, reference = found.card, found.reference
    if reference is None:
        return card
    if mine is None:
        card.add_field(name=t("benchmark-field-your-er"), value=t("benchmark-no-er"), inline=False)
    else:
        card.add_field(
            name=t("benchmark-field-your-er"),
            value=comparison_text(
                t, benchmark, mine.rate, mine.basis, mine.line, reference, found.label
            ),
            inline=False,
        )
        if community is not None:
            card.add_field(name=t("benchmark-field-community"), value=community, inline=False)
    card.set_footer(text=thresholds_text(t))
    return card
