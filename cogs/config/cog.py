"""/config show | channel | reminders | timezone | calendar | modrole | language |
delete-data (server managers only); what the bot does when it leaves a server."""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import BadInput, NotAllowed
from bot.offsets import describe_offsets, parse_offsets
from bot.replies import send
from bot.transformers import Timezone
from bot.types import Interaction
from cogs.config.leaving import ServersThatLeave
from cogs.config.logic import (
    CHANNEL_KINDS,
    CHANNEL_PERMISSIONS,
    FOLLOW_MEMBERS,
    LANGUAGES,
)
from cogs.config.render import (
    channel_missing,
    permission_names,
    settings_card,
)
from cogs.config.server_data import ServerDataDesk
from cogs.config.views import SERVER_DATA

if TYPE_CHECKING:
    from bot.client import CreatorBot


log = logging.getLogger(__name__)

_KIND_CHOICES = [
    app_commands.Choice(
        name=app_commands.locale_str("LIVE announcements", key="config-choice-live"),
        value="live",
    ),
    app_commands.Choice(
        name=app_commands.locale_str("Streak recaps", key="config-choice-recap"),
        value="recap",
    ),
]
_LANGUAGE_CHOICES = [
    app_commands.Choice(
        name=app_commands.locale_str("Each member's Discord language", key="config-choice-member"),
        value=FOLLOW_MEMBERS,
    ),
    app_commands.Choice(
        name=app_commands.locale_str("English", key="config-choice-en-US"), value="en-US"
    ),
    app_commands.Choice(
        name=app_commands.locale_str("简体中文 (Simplified Chinese)", key="config-choice-zh-CN"),
        value="zh-CN",
    ),
    app_commands.Choice(
        name=app_commands.locale_str("Norsk (Norwegian)", key="config-choice-no"), value="no"
    ),
]


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class ConfigCog(
    commands.GroupCog,
    group_name="config",
    group_description="Server settings for CreatorPulse (Manage Server only)",
):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.leaving = ServersThatLeave(bot)
        self.server_data = ServerDataDesk(bot)
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.ports.provide(SERVER_DATA, self.server_data)
        self.leaving.start()

    async def cog_unload(self) -> None:
        await self.leaving.stop()
        self.bot.ports.withdraw(SERVER_DATA)

    # -- servers the bot leaves, and comes back to (cogs/config/leaving.py) ---------------

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """GUILD_DELETE without ``unavailable`` (an outage fires on_guild_unavailable)."""
        await self.leaving.left(guild.id)

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self.leaving.present(guild.id)

    @commands.Cog.listener()
    async def on_guild_available(self, guild: discord.Guild) -> None:
        await self.leaving.present(guild.id)

    async def interaction_check(self, interaction: Interaction) -> bool:  # type: ignore[override]
        """Discord hides /config from non-managers; check again, it can be overridden."""
        permissions = interaction.permissions
        if interaction.guild is None or not (permissions.manage_guild or permissions.administrator):
            raise NotAllowed("config-not-allowed")
        return True

    @app_commands.command(name="show", description="Show every setting and what the bot lacks")
    async def show(self, interaction: Interaction) -> None:
        assert interaction.guild is not None
        t = await self.bot.messages_for(interaction)
        settings = await self.bot.guild_settings.get(interaction.guild.id)
        card = settings_card(
            t,
            interaction.guild,
            settings,
            self.bot.benchmarks.get(settings.benchmark_set).title.get(t.locale),
        )
        public, why = await self.bot.public_language(interaction.guild.id, interaction.user.id)
        card.add_field(
            name=t("config-field-public-language"),
            value=t(f"config-public-{why}", language=t(f"config-language-{public}")),
            inline=False,
        )
        await send(interaction, embed=card, ephemeral=True)

    @app_commands.command(name="channel", description="Set where LIVEs or streak recaps are posted")
    @app_commands.describe(
        kind="Which posts go to this channel", channel="The channel to post them in"
    )
    @app_commands.choices(kind=_KIND_CHOICES)
    async def channel(
        self,
        interaction: Interaction,
        kind: app_commands.Choice[str],
        channel: discord.TextChannel,
    ) -> None:
        assert interaction.guild is not None
        t = await self.bot.messages_for(interaction)
        column = CHANNEL_KINDS.get(kind.value)
        if column is None or channel.guild.id != interaction.guild.id:
            raise BadInput("error-bad-value", value=str(kind.value))
        await self.bot.guild_settings.update(
            interaction.guild.id, self.bot.clock.now(), **{column: channel.id}
        )
        text = t(f"config-channel-set-{kind.value}", channel=channel.mention)
        missing = channel_missing(channel, CHANNEL_PERMISSIONS)
        if missing:
            text += "\n" + t(
                "config-channel-warning",
                channel=channel.mention,
                permissions=permission_names(t, missing),
            )
        await send(interaction, text, ephemeral=True)

    @app_commands.command(name="reminders", description="Set the default LIVE reminder times")
    @app_commands.describe(
        offsets="1 to 5 times before a LIVE, between 5m and 7d, e.g. 24h, 1h, 15m"
    )
    async def reminders(
        self, interaction: Interaction, offsets: app_commands.Range[str, 1, 200]
    ) -> None:
        assert interaction.guild is not None
        t = await self.bot.messages_for(interaction)
        minutes = parse_offsets(offsets)
        await self.bot.guild_settings.update(
            interaction.guild.id, self.bot.clock.now(), reminder_offsets=minutes
        )
        await send(
            interaction,
            t("config-reminders-set", offsets=describe_offsets(t, minutes)),
            ephemeral=True,
        )

    @app_commands.command(name="timezone", description="Set the server's timezone")
    @app_commands.describe(
        timezone="A city, country or zone name, e.g. Oslo or Asia/Shanghai (default UTC)"
    )
    async def timezone(self, interaction: Interaction, timezone: Timezone) -> None:
        assert interaction.guild is not None
        t = await self.bot.messages_for(interaction)
        await self.bot.guild_settings.update(
            interaction.guild.id, self.bot.clock.now(), timezone=timezone
        )
        await send(interaction, t("config-timezone-set", zone=timezone), ephemeral=True)

    @app_commands.command(name="calendar", description="The server's LIVE calendar feed address")
    @app_commands.describe(rotate="Make a new address; the old one stops working")
    async def calendar(self, interaction: Interaction, rotate: bool = False) -> None:
        assert interaction.guild is not None
        t = await self.bot.messages_for(interaction)
        base = self.bot.settings.calendar_url_base
        if base is None:
            await send(interaction, t("config-calendar-off"), ephemeral=True)
            return
        secret = await self.bot.guild_settings.calendar_secret(
            interaction.guild.id, self.bot.clock.now(), secrets.token_urlsafe(24), rotate=rotate
        )
        key = "config-calendar-rotated" if rotate else "config-calendar-url"
        await send(interaction, t(key, url=f"{base}/calendar/{secret}.ics"), ephemeral=True)

    @app_commands.command(
        name="delete-data", description="Delete everything CreatorPulse stores for this server"
    )
    async def delete_data(self, interaction: Interaction) -> None:
        """Counts what is stored, offers an export, then deletes after the name is typed."""
        await self.server_data.prompt(interaction)

    @app_commands.command(name="modrole", description="Set or clear the LIVE moderator role")
    @app_commands.describe(role="Members with this role may schedule LIVEs (leave out to clear)")
    async def modrole(self, interaction: Interaction, role: discord.Role | None = None) -> None:
        assert interaction.guild is not None
        t = await self.bot.messages_for(interaction)
        if role is not None and role.is_default():
            raise BadInput("config-modrole-everyone")
        await self.bot.guild_settings.update(
            interaction.guild.id,
            self.bot.clock.now(),
            mod_role_id=role.id if role is not None else None,
        )
        if role is None:
            text = t("config-modrole-cleared")
        else:
            text = t("config-modrole-set", role=role.mention)
        await send(interaction, text, ephemeral=True)

    @app_commands.command(name="language", description="Set the server's fallback language")
    @app_commands.describe(language="Used for members whose Discord language the bot doesn't speak")
    @app_commands.choices(language=_LANGUAGE_CHOICES)
    async def language(self, interaction: Interaction, language: app_commands.Choice[str]) -> None:
        assert interaction.guild is not None
        t = await self.bot.messages_for(interaction)
        value = None if language.value == FOLLOW_MEMBERS else language.value
        if value is not None and value not in LANGUAGES:
            raise BadInput("error-bad-value", value=str(language.value)[:100])
        await self.bot.guild_settings.update(
            interaction.guild.id, self.bot.clock.now(), language=value
        )
        await send(
            interaction,
            t("config-language-set", language=t(f"config-language-{value or FOLLOW_MEMBERS}")),
            ephemeral=True,
        )
