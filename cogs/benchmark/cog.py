"""/benchmark lookup, table, sets and use."""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.benchmarks import DEFAULT_SET, BenchmarkSet, Industry
from bot.errors import BadInput, NotAllowed
from bot.i18n import Messages
from bot.replies import send
from bot.transformers import Name, Percent, PositiveCount
from bot.types import Interaction, guild_id_of
from cogs.benchmark import logic
from cogs.benchmark.render import (
    MemberRate,
    basis_text,
    finish_lookup,
    lookup_card,
    set_title,
    sets_embed,
    table_embed,
)
from cogs.benchmark.views import BasisPickView
from storage.benchmarks import BenchmarkRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot


log = logging.getLogger(__name__)

BASIS_CHOICES = [
    app_commands.Choice(
        name=app_commands.locale_str("By views", key="benchmark-choice-views"), value="views"
    ),
    app_commands.Choice(
        name=app_commands.locale_str("By followers", key="benchmark-choice-followers"),
        value="followers",
    ),
]


@app_commands.guild_only()
class BenchmarkCog(
    commands.GroupCog,
    group_name="benchmark",
    group_description="Engagement-rate benchmarks with their sources, and your community's ranks",
):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.repo = BenchmarkRepository(bot.db)
        super().__init__()

    # -- helpers ---------------------------------------------------------------------------

    def resolve_set(self, t: Messages, typed: str | None, active: str | None) -> BenchmarkSet:
        """The set named by the member (name or title), else the server's active one."""
        library = self.bot.benchmarks
        if typed is None or not typed.strip():
            return library.get(active)
        needle = typed.strip().casefold()
        for benchmark in library.sets.values():
            titles = {benchmark.title.get(locale).casefold() for locale in ("en-US", "zh-CN", "no")}
            ids = {benchmark.name.casefold(), *(old.casefold() for old in benchmark.formerly)}
            if needle in ids or needle in titles:
                return benchmark
        raise BadInput(
            "benchmark-error-unknown-set",
            value=typed.strip()[:100],
            names=t.enumerate(f"`{name}`" for name in library.names()),
        )

    def resolve_industry(self, t: Messages, benchmark: BenchmarkSet, typed: str) -> Industry:
        if not benchmark.by_industry:
            industry_sets = [s.name for s in self.bot.benchmarks.sets.values() if s.by_industry]
            raise BadInput(
                "benchmark-error-industry-not-applicable",
                set=set_title(t, benchmark),
                sets=t.enumerate(f"`{name}`" for name in industry_sets),
            )
        needle = typed.strip().casefold()
        for industry in benchmark.industries:
            names = {industry.name.get(locale).casefold() for locale in ("en-US", "zh-CN", "no")}
            if needle == industry.key or needle in names:
                return industry
        raise BadInput(
            "benchmark-error-unknown-industry",
            value=typed.strip()[:100],
            set=set_title(t, benchmark),
            names=t.enumerate(industry.name.get(t.locale) for industry in benchmark.industries),
        )

    async def member_rate(
        self,
        t: Messages,
        interaction: Interaction,
        er: float | None,
        basis: logic.RateBasis | None,
    ) -> MemberRate | None:
        """The ER typed with its basis, else the member's latest saved one (of ``basis``)."""
        if er is not None and basis is not None:
            line = t("benchmark-er-typed", rate=t.percent(er), basis=basis_text(t, basis))
            return MemberRate(rate=er, basis=basis, line=line)
        guild_id = guild_id_of(interaction)
        saved = await self.repo.latest_rate(guild_id, interaction.user.id, basis)
        if saved is None:
            return None
        saved_basis: logic.RateBasis = "followers" if saved.basis == "followers" else "views"
        line = t(
            "benchmark-er-saved",
            rate=t.percent(saved.rate),
            basis=basis_text(t, saved_basis),
            when=discord.utils.format_dt(saved.created_at, "R"),
        )
        return MemberRate(rate=saved.rate, basis=saved_basis, line=line)

    async def community_line(
        self,
        t: Messages,
        interaction: Interaction,
        mine: MemberRate,
        low: int,
        high: int | None,
        scope: str,
    ) -> str:
        guild_id = guild_id_of(interaction)
        standing = await self.repo.standing(
            guild_id,
            mine.basis,
            mine.rate,
            min_followers=low,
            max_followers=high,
            exclude_user_id=interaction.user.id,
        )
        basis = basis_text(t, mine.basis)
        needed = logic.still_needed(standing.contributors)
        if needed:
            return t(
                "benchmark-community-needed",
                minimum=logic.MIN_CONTRIBUTORS,
                basis=basis,
                scope=scope,
                count=standing.contributors,
                needed=needed,
            )
        value = math.floor(
            logic.percentile(standing.below, standing.equal, standing.contributors) + 0.5
        )
        return t(
            "benchmark-community-value",
            percentile=value,
            ordinal=t.ordinal(value),
            count=standing.contributors,
            basis=basis,
            scope=scope,
        )

    # -- commands --------------------------------------------------------------------------

    @app_commands.command(
        name="lookup", description="Your tier in a benchmark set and how an ER compares"
    )
    @app_commands.describe(
        followers="Your follower count, e.g. 12.5K (at least 1)",
        er="An engagement rate in percent, e.g. 4.5 or 4.5% (default: your latest saved /er result)",
        set="Benchmark set (default: this server's active set)",
        industry="Industry to compare with (industry sets only)",
        basis="What your typed ER is measured by (asked when you type an ER without it)",
    )
    @app_commands.choices(basis=BASIS_CHOICES)
    async def lookup(
        self,
        interaction: Interaction,
        followers: PositiveCount,
        er: Percent | None = None,
        set: Name | None = None,
        industry: Name | None = None,
        basis: app_commands.Choice[str] | None = None,
    ) -> None:
        t = await self.bot.messages_for(interaction)
        guild_id = guild_id_of(interaction)
        settings = await self.bot.guild_settings.get(guild_id)
        benchmark = self.resolve_set(t, set, settings.benchmark_set)
        chosen_industry = (
            self.resolve_industry(t, benchmark, industry) if industry is not None else None
        )
        chosen: logic.RateBasis | None = None
        if basis is not None:
            chosen = "followers" if basis.value == "followers" else "views"
        if er is not None and chosen is None:
            await self.ask_basis(interaction, t, er, benchmark, followers, chosen_industry)
            return
        mine = await self.member_rate(t, interaction, er, chosen)
        await self.answer_lookup(interaction, t, benchmark, followers, chosen_industry, mine)

    async def ask_basis(
        self,
        interaction: Interaction,
        t: Messages,
        er: float,
        benchmark: BenchmarkSet,
        followers: int,
        industry: Industry | None,
    ) -> None:
        """An ER typed without its basis: by views and by followers are measured
        differently, so ask which it is rather than guess, then answer the lookup."""

        async def on_pick(picked: Interaction, basis: logic.RateBasis) -> None:
            shown = basis_text(t, basis)
            await picked.response.edit_message(
                content=t("benchmark-basis-picked", rate=t.percent(er), basis=shown), view=None
            )
            mine = MemberRate(
                rate=er, basis=basis, line=t("benchmark-er-typed", rate=t.percent(er), basis=shown)
            )
            await self.answer_lookup(picked, t, benchmark, followers, industry, mine)

        view = BasisPickView(t, owner_id=interaction.user.id, on_pick=on_pick)
        await send(
            interaction,
            t("benchmark-basis-question", rate=t.percent(er)),
            ephemeral=True,
            view=view,
        )

    async def answer_lookup(
        self,
        interaction: Interaction,
        t: Messages,
        benchmark: BenchmarkSet,
        followers: int,
        industry: Industry | None,
        mine: MemberRate | None,
    ) -> None:
        found = lookup_card(t, benchmark, followers, industry)
        community = None
        if (
            found.reference is not None
            and mine is not None
            and not logic.impossible(mine.rate, mine.basis)
        ):
            community = await self.community_line(
                t, interaction, mine, found.low, found.high, found.scope
            )
        card = finish_lookup(t, found, benchmark, mine, community)
        await send(interaction, embed=card)

    @app_commands.command(
        name="table", description="A whole benchmark set as a table, with its source"
    )
    @app_commands.describe(set="Benchmark set (default: this server's active set)")
    async def table(self, interaction: Interaction, set: Name | None = None) -> None:
        t = await self.bot.messages_for(interaction)
        guild_id = guild_id_of(interaction)
        settings = await self.bot.guild_settings.get(guild_id)
        benchmark = self.resolve_set(t, set, settings.benchmark_set)
        active = self.bot.benchmarks.get(settings.benchmark_set).name
        await send(interaction, embed=table_embed(t, benchmark, active=benchmark.name == active))

    @app_commands.command(
        name="sets", description="Every benchmark set, and the one this server uses"
    )
    async def sets(self, interaction: Interaction) -> None:
        t = await self.bot.messages_for(interaction)
        guild_id = guild_id_of(interaction)
        settings = await self.bot.guild_settings.get(guild_id)
        library = self.bot.benchmarks
        active = library.get(settings.benchmark_set).name
        ordered = [library.sets[DEFAULT_SET]] + [
            library.sets[name] for name in library.names() if name != DEFAULT_SET
        ]
        await send(interaction, embed=sets_embed(t, ordered, active))

    @app_commands.command(
        name="use", description="Choose this server's benchmark set (server managers)"
    )
    @app_commands.describe(set="The benchmark set lookups and /er compare with from now on")
    async def use(self, interaction: Interaction, set: Name) -> None:
        t = await self.bot.messages_for(interaction)
        guild_id = guild_id_of(interaction)
        settings = await self.bot.guild_settings.get(guild_id)
        current = self.bot.benchmarks.get(settings.benchmark_set)
        if not interaction.permissions.manage_guild:
            raise NotAllowed("benchmark-error-not-manager", set=set_title(t, current))
        benchmark = self.resolve_set(t, set, settings.benchmark_set)
        if benchmark.name == current.name and settings.benchmark_set is not None:
            await send(
                interaction, t("benchmark-use-already", set=set_title(t, benchmark)), ephemeral=True
            )
            return
        await self.bot.guild_settings.update(
            guild_id, self.bot.clock.now(), benchmark_set=benchmark.name
        )
        log.info(
            "guild %s now uses benchmark set %s (was %s)",
            guild_id,
            benchmark.name,
            current.name,
        )
        await send(interaction, t("benchmark-use-done", set=set_title(t, benchmark)))

    # -- autocomplete ----------------------------------------------------------------------

    @use.autocomplete("set")
    @table.autocomplete("set")
    @lookup.autocomplete("set")
    async def set_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        t = await self.bot.messages_for(interaction)
        library = self.bot.benchmarks
        active = None
        if interaction.guild_id is not None:
            active = library.get(
                (await self.bot.guild_settings.get(interaction.guild_id)).benchmark_set
            ).name
        pairs = [(name, library.sets[name].title.get(t.locale)) for name in library.names()]
        choices = []
        for name, title in logic.search_sets(pairs, current):
            label = t("benchmark-autocomplete-set", name=name, title=title)
            if name == active:
                label = t("benchmark-autocomplete-active", label=label)
            choices.append(app_commands.Choice(name=label[:100], value=name))
        return choices

    @lookup.autocomplete("industry")
    async def industry_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        t = await self.bot.messages_for(interaction)
        library = self.bot.benchmarks
        typed = getattr(interaction.namespace, "set", None)
        benchmark = library.find(str(typed)) if typed else None
        if benchmark is None or not benchmark.by_industry:
            benchmark = next((s for s in library.sets.values() if s.by_industry), None)
        if benchmark is None:
            return []
        needle = current.strip().casefold()
        choices = []
        for industry in benchmark.industries:
            name = industry.name.get(t.locale)
            if needle and needle not in name.casefold() and needle not in industry.key:
                continue
            label = f"{name} — {t.percent(industry.average)}"
            choices.append(app_commands.Choice(name=label[:100], value=industry.key))
        return choices[:25]
