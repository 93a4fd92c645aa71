"""The Bot subclass: resources passed in, cogs discovered, commands synced when changed."""

from __future__ import annotations

import asyncio
import gc
import hashlib
import importlib
import json
import logging
import os
import secrets
import socket
import sqlite3
import time
from collections.abc import Callable, Coroutine, Sequence
from datetime import datetime
from typing import Any

import discord
import yarl
from discord.ext import commands

from bot import __version__
from bot.benchmarks import BenchmarkLibrary
from bot.charts import (
    fonts_known,
    fonts_known_now,
    look_for_fonts,
    report_chart_fonts,
)
from bot.clock import Clock, SystemClock
from bot.cluster import ClusterMember
from bot.deliveries import Senders
from bot.features import feature_packages
from bot.i18n import Catalog, CatalogTranslator, Messages, resolve_locale
from bot.i18n.catalog import supported
from bot.languages import PublicLanguages
from bot.metrics import Metrics, Outcome
from bot.ports import Ports
from bot.render import warm_up_renderer
from bot.settings import Settings
from bot.shards import IdentifyPace, ShardPlan
from bot.timezones import (
    POPULAR_ZONES,
    ZoneIndex,
    format_offset,
    prepare_zone_index,
    utc_offset,
    zone_index,
    zone_info,
)
from bot.tree import CreatorTree
from bot.ui import answer_unhandled, has_handler
from bot.web import WebServer, add_health_and_metrics
from storage import Database, DatabaseError
from storage.guilds import GuildRepository
from storage.locales import LocaleRepository
from storage.meta import MetaRepository

log = logging.getLogger(__name__)


def discover_extensions() -> list[str]:
    """Every feature package under ``cogs/`` (each has a ``setup``)."""
    return feature_packages()


def point_discord_at(settings: Settings) -> None:
    """Send REST and gateway traffic where the settings say (Discord, a proxy, an emulator).

    discord.py reads both from class attributes; this is its only switch for them.
    """
    discord.http.Route.BASE = settings.discord_api_base_url.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)


_frozen = False


def freeze_start_up() -> None:
    """Once per process, when first ready: what start-up allocated (modules, catalogs, the
    zone index) lives as long as the bot, so keep it out of the collector's scans, which
    otherwise pause the loop ever longer under load."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()


class CreatorBot(ClusterMember, commands.AutoShardedBot):
    """CreatorPulse. Create in ``main()`` with its settings and open database.

    Sharded always: one process runs every shard Discord recommends, or the ``SHARD_IDS``
    of ``SHARD_COUNT`` it is given (bot/shards.py), leased in the database first.
    """

    # discord.py fires on_ready once no GUILD_CREATE came for this long after READY (default
    # 2 s). Discord sends a bot's servers right after READY; nothing in the bot waits for the
    # full list, and a server whose GUILD_CREATE comes later is "available" all the same
    # (cogs/config/leaving.py). 0.5 s was a third of a start; 0.2 s outlasts the gaps.
    GUILD_READY_TIMEOUT = 0.2

    def __init__(
        self,
        settings: Settings,
        db: Database,
        *,
        sync_commands: bool = False,
        clock: Clock | None = None,
        extensions: Sequence[str] | None = None,
        catalog: Catalog | None = None,
        warm_charts: bool = True,
        **options: Any,
    ) -> None:
        """``warm_charts``: start a render process while starting, so the first chart is quick
        (the tests, which draw few charts, leave it off)."""
        intents = discord.Intents.default()  # no privileged intents
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            tree_cls=CreatorTree,
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            **{
                "guild_ready_timeout": self.GUILD_READY_TIMEOUT,
                "shard_count": settings.shard_count,
                "shard_ids": list(settings.shard_ids) if settings.shard_ids is not None else None,
                **options,
            },
        )
        self.settings = settings
        self.db = db
        self.clock: Clock = clock or SystemClock()
        self.catalog = catalog or Catalog.load()
        self.force_sync = sync_commands
        self.warm_charts = warm_charts
        self.extension_names = list(extensions) if extensions is not None else discover_extensions()
        self.started_at = time.monotonic()
        self.version = __version__
        self.guild_settings = GuildRepository(db)
        self.locales = LocaleRepository(db)
        self.public_languages = PublicLanguages(self.guild_settings, self.locales, self.clock)
        # (guild, member) -> (locale, day) last written: one write a member a day at most
        self._locale_seen: dict[tuple[int, int], tuple[str, int]] = {}
        # zone labels of the timezone autocomplete: locale -> (minute, zone -> label)
        self._zone_labels: dict[str, tuple[int, dict[str, str]]] = {}
        self._background: set[asyncio.Task[None]] = set()
        self.benchmarks = BenchmarkLibrary.load()
        self.ports = Ports()  # what each loaded feature offers its components
        self.senders = Senders()  # which feature sends each kind of scheduled message
        # The web server (feeds, health, metrics) when WEB_PORT is set; metrics only then.
        self.web = WebServer(settings.web_host, settings.web_port) if settings.web_port else None
        self.metrics = Metrics(self.shard_states if self.web is not None else None)
        self.synced = False
        self.identify_pace = IdentifyPace()
        # This process among those sharing the database: what its claims on scheduled work
        # are recorded under (machine, pid and a random part, so a restart is another).
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        # What another process on the database may change under us: a notice names it,
        # these are told (see docs/scaling.md for every such case).
        self._on_notice: dict[str, list[Callable[[str], None]]] = {}
        self._follow_other_processes()
        self.shard_plan: ShardPlan | None = None
        self._lease_watch: asyncio.Task[None] | None = None
        point_discord_at(settings)

    # -- start-up -----------------------------------------------------------------------

    async def setup_hook(self) -> None:
        # Both run beside the rest of start-up: the font list in a child process (only a
        # chart waits for it, so the bot connects meanwhile), the timezone index (and every
        # zone's rules) in a thread, so no keystroke builds it.
        fonts_known = fonts_known_now()
        fonts = look_for_fonts()
        zones = asyncio.create_task(asyncio.to_thread(prepare_zone_index, self.clock.now().year))
        try:
            chosen = await self.plan_shards()  # first: a process refused its shards does no more
            self.shard_count, self.shard_ids = chosen.count, list(chosen.ids)
        except BaseException:
            fonts.cancel()
            zones.cancel()
            raise
        if self.warm_charts:  # its Python and matplotlib load beside the rest of the start
            self._in_background(warm_up_renderer(), "warm-charts")
        await self.db.migrate()
        await self.db.listen(self._heard)
        await self.load_features()
        if self.web is not None:
            add_health_and_metrics(self.web, self.db, self.shard_states, self.metrics)
            await self.web.start()
        if fonts_known:  # a start again in this process: say it now, as at the first
            report_chart_fonts()
        else:
            self._in_background(self._report_fonts(), "report-fonts")
        await zones

    async def _report_fonts(self) -> None:
        await fonts_known()
        report_chart_fonts()

    async def start(self, token: str, *, reconnect: bool = True) -> None:
        """Log in (which settles this process's shards and leases them: ``setup_hook``),
        sync the commands (the process of shard 0 does, once for every process), then
        connect the shards."""
        await self.login(token)
        if self.shard_plan is not None and 0 in self.shard_plan.ids:
            await self.sync_if_changed()
        await self.connect(reconnect=reconnect)

    async def load_features(self) -> None:
        """Install the translator and set up every feature (no network needed): each feature
        package is imported once per process, as any module, and its ``setup`` adds its cogs.
        (discord.py's ``load_extension`` runs the package afresh, and ``close`` drops it and
        its submodules, so a bot started again in one process, as in each end-to-end test,
        ran every feature module again: 0.2 s a start. Nothing reloads a feature in place.)"""
        await self.tree.set_translator(CatalogTranslator(self.catalog))
        for name in self.extension_names:
            setup = getattr(importlib.import_module(name), "setup", None)
            if setup is None:
                raise RuntimeError(f"the feature package {name} has no setup function")
            await setup(self)

    async def command_payload(self) -> list[dict[str, Any]]:
        """The exact definitions a sync would send, translations included."""
        translator = self.tree.translator
        assert translator is not None
        return [
            await command.get_translated_payload(self.tree, translator)
            for command in self.tree.get_commands()
        ]

    def command_digest(self) -> str:
        """What decides a sync: the commands' definitions, the catalogs' text (whence their
        translations) and discord.py's version. The translated payload takes discord.py some
        20,000 translator calls, so it is built only when a sync is due."""
        definitions = [command.to_dict(self.tree) for command in self.tree.get_commands()]
        texts = {locale: messages.text for locale, messages in self.catalog.sources.items()}
        blob = json.dumps([discord.__version__, definitions, texts], sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    async def sync_if_changed(self) -> bool:
        """Sync global commands when their definitions changed, or when forced."""
        digest = self.command_digest()
        meta = MetaRepository(self.db)
        if not self.force_sync and await meta.sync_hash() == digest:
            log.info("commands unchanged since the last sync; not syncing")
            return False
        synced = await self.tree.sync()
        await meta.set_sync_hash(digest, self.clock.now())
        self.synced = True
        log.info("synced %d commands", len(synced))
        return True

    async def close(self) -> None:
        if self._background:  # languages being remembered, answers: let them finish first
            await asyncio.gather(*self._background, return_exceptions=True)
        if self.web is not None:
            await self.web.stop()
        if self._lease_watch is not None:
            self._lease_watch.cancel()
        await super().close()

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        # discord.py dispatches a component to its view (a task not yet started) and then
        # this event, synchronously: asked here, the registry is as the click found it, before
        # a callback that stops its view removes it.
        if event_name == "interaction":
            interaction = args[0]
            if self.metrics.enabled:
                interaction.extras["received"] = time.monotonic()
            if interaction.type in (
                discord.InteractionType.component,
                discord.InteractionType.modal_submit,
            ) and not has_handler(self, interaction):
                self._in_background(answer_unhandled(interaction), "answer-unhandled")
        super().dispatch(event_name, *args, **kwargs)

    async def on_ready(self) -> None:
        assert self.user is not None
        freeze_start_up()
        log.info("logged in as %s (%s) in %d servers", self.user, self.user.id, len(self.guilds))

    # -- shared helpers for cogs ----------------------------------------------------------

    async def locale_for(self, interaction: discord.Interaction[Any]) -> str:
        """The member's language, else the server's setting, else English (cached per interaction)."""
        cached = interaction.extras.get("locale")
        if isinstance(cached, str):
            return cached
        guild_language = None
        if supported(interaction.locale.value) is None and interaction.guild_id is not None:
            guild_language = await self.guild_settings.language(interaction.guild_id)
        locale = resolve_locale(interaction.locale.value, guild_language)
        interaction.extras["locale"] = locale
        return locale

    async def on_app_command_completion(
        self, interaction: discord.Interaction[Any], command: Any
    ) -> None:
        """A command answered without error: remember the language the member used (a
        refused command changes nothing; /privacy never stores anything new about the
        member asking what is stored)."""
        self.record_answer(interaction, "ok")
        own = supported(interaction.locale.value)
        if own is None or interaction.guild_id is None:
            return
        if str(getattr(command, "qualified_name", "")).startswith("privacy"):
            return
        self.remember_locale(interaction.guild_id, interaction.user.id, own)

    def record_answer(self, interaction: discord.Interaction[Any], outcome: Outcome) -> None:
        """Count an answered slash command (for /metrics) with its time since it arrived."""
        if not self.metrics.enabled or interaction.command is None:
            return
        command = interaction.command.qualified_name
        received = interaction.extras.get("received")
        seconds = time.monotonic() - received if isinstance(received, float) else None
        self.metrics.answered(command, outcome, seconds)

    def remember_locale(self, guild_id: int, user_id: int, locale: str) -> None:
        """Keep the member's language for DMs and the server's public posts, at most once a
        day per member, in the background (the reply never waits for it)."""
        now = self.clock.now()
        key, mark = (guild_id, user_id), (locale, now.toordinal())
        if self._locale_seen.get(key) == mark:
            return
        self._locale_seen[key] = mark

        async def write() -> None:
            try:
                await self.locales.seen(guild_id, user_id, locale, now)
                self.language_changed(guild_id)
            except (DatabaseError, sqlite3.Error):  # busy or unwritable: next time, then
                self._locale_seen.pop(key, None)
                log.info("could not remember the language of member %s now", user_id)

        self._in_background(write(), "remember-locale")

    def _in_background(self, work: Coroutine[Any, Any, None], name: str) -> None:
        """Run ``work`` beside the interaction that caused it; ``close`` lets it finish."""
        task = asyncio.create_task(work, name=name)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def messages_for(self, interaction: discord.Interaction[Any]) -> Messages:
        return Messages(self.catalog, await self.locale_for(interaction))

    def messages(self, locale: str) -> Messages:
        return self.catalog.messages(locale)

    async def public_language(self, guild_id: int, actor_id: int | None = None) -> tuple[str, str]:
        """(locale, why) of the server's public posts: the language set with /config language;
        else the one most of its members used with the bot in the last 30 days; on a tie or
        with no data, the language of the member whose action causes the post; else English
        (``bot.languages``)."""
        return await self.public_languages.of(guild_id, actor_id)

    async def guild_messages(self, guild_id: int, actor_id: int | None = None) -> Messages:
        """The language of the server's public posts (announcements, reminders, recaps)."""
        locale, _why = await self.public_language(guild_id, actor_id)
        return self.messages(locale)

    async def member_messages(self, guild_id: int, user_id: int) -> Messages:
        """The language of a DM to this member: their own, else the server's public one."""
        own = await self.locales.of(guild_id, user_id)
        return self.messages(own) if own else await self.guild_messages(guild_id)

    def zones(self, now: datetime) -> ZoneIndex:
        return zone_index(now.year)

    def zone_choices(
        self, query: str, now: datetime, t: Messages | None = None
    ) -> list[tuple[str, str]]:
        """(zone, label) pairs for autocomplete: "Europe/Oslo — UTC+01:00, now 21:04"."""
        matches = self.zones(now).search(query, now) if query.strip() else None
        zones = [m.zone for m in matches] if matches is not None else POPULAR_ZONES
        t = t or self.messages("en-US")
        # A label reads the same for a whole minute (its local time, its offset): kept per
        # language for the minute, so each keystroke formats only zones not yet shown.
        minute = int(now.timestamp()) // 60
        kept = self._zone_labels.get(t.locale)
        if kept is None or kept[0] != minute:
            kept = self._zone_labels[t.locale] = (minute, {})
        labels = kept[1]
        choices = []
        for zone in zones[:25]:
            label = labels.get(zone)
            if label is None:
                local = now.astimezone(zone_info(zone))
                offset = format_offset(utc_offset(zone, now))
                label = t("zone-choice", zone=zone, offset=offset, time=t.time(local))[:100]
                labels[zone] = label
            choices.append((zone, label))
        return choices

    @property
    def uptime_seconds(self) -> float:
        return time.monotonic() - self.started_at
