"""/tiktok connect | sync | status | disconnect: a member's own TikTok account, with consent.

Every reply is ephemeral: it is about the member's account. Without the TikTok settings
the commands answer, in one line, that this bot is not set up for TikTok (a member who
connected before the operator switched TikTok off can still disconnect).
"""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING

from discord import app_commands
from discord.ext import commands

from bot.errors import NotFound, UserError
from bot.replies import defer, send
from bot.types import Interaction, guild_id_of
from bot.vault import Vault
from cogs.streaks.service import StreakService
from cogs.tiktok import logic, render
from cogs.tiktok.client import TikTokClient, TikTokError
from cogs.tiktok.daily import DailySync, Ran, SyncRunner
from cogs.tiktok.notify import Notifier
from cogs.tiktok.sync import SyncService
from cogs.tiktok.tokens import ConnectionBroken, NotConnected, TokenKeeper
from cogs.tiktok.views import DisconnectView, StatusView, link_view
from cogs.tiktok.web import START_PATH, TikTokWeb
from storage.members import MemberRepository
from storage.tiktok import Connection, PendingState, Switch, TikTokRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot

log = logging.getLogger(__name__)
FEATURE = "cogs.tiktok"  # the feature that sends the "tiktok_sync" kind (bot.deliveries)

# What a sync that did not finish tells the member (the error keys of each outcome).
OUTCOME_KEYS = {
    "busy": "tiktok-error-busy",
    "lost": "tiktok-error-busy",
    "unavailable": "tiktok-error-unavailable",
    "rate_limited": "tiktok-error-rate-limited",
    "broken": "tiktok-error-broken",
    "gone": "tiktok-error-removed",
}


class TikTokFeature:
    """Everything /tiktok runs on, made once when TikTok is set up."""

    def __init__(self, bot: CreatorBot, repo: TikTokRepository) -> None:
        settings = bot.settings
        assert settings.tiktok_client_key is not None
        assert settings.tiktok_client_secret is not None
        assert settings.secret_key is not None
        assert settings.web_url_base is not None
        self.base_url = settings.web_url_base
        self.client = TikTokClient(
            settings.tiktok_client_key,
            settings.tiktok_client_secret.get_secret_value(),
            settings.tiktok_api_base_url,
        )
        self.vault = Vault(settings.secret_key.get_secret_value(), "tiktok-tokens")
        self.keeper = TokenKeeper(repo, self.client, self.vault, bot.clock)
        self.streaks = StreakService(bot.db)
        self.notifier = Notifier(bot, repo)
        self.service = SyncService(
            repo, self.keeper, self.client, self.streaks, MemberRepository(bot.db), bot.clock
        )
        self.runner = SyncRunner(repo, self.service, bot.clock, self.notifier.tell_broken)
        self.daily = DailySync(repo, self.runner, bot.clock, bot.db)
        self.web = TikTokWeb(bot, repo, self.client, self.keeper, self.notifier, self.runner)


@app_commands.guild_only()
class TikTokCog(
    commands.GroupCog,
    group_name="tiktok",
    group_description="Connect your TikTok account and import your numbers",
):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.repo = TikTokRepository(bot.db)
        ready = bot.settings.tiktok_enabled and bot.settings.tiktok_problem() is None
        self.feature = TikTokFeature(bot, self.repo) if ready and bot.web is not None else None
        super().__init__()

    async def cog_load(self) -> None:
        feature = self.feature
        if feature is None:
            return
        await feature.client.open()
        assert self.bot.web is not None
        for method, path, handler in feature.web.routes():
            self.bot.web.add(method, path, handler)
        self.bot.senders.provide(FEATURE, ("tiktok_sync",))
        feature.daily.start(self.bot.wait_until_ready)

    async def cog_unload(self) -> None:
        feature = self.feature
        if feature is None:
            return
        await feature.daily.stop()
        self.bot.senders.withdraw(FEATURE)
        await feature.web.close()
        await feature.client.close()

    def _set_up(self) -> TikTokFeature:
        if self.feature is None:
            raise UserError("tiktok-not-set-up")
        return self.feature

    async def _connection(self, guild_id: int, user_id: int) -> Connection:
        connection = await self.repo.connection(guild_id, user_id)
        if connection is None:
            raise NotFound("tiktok-not-connected")
        return connection

    # -- /tiktok connect --------------------------------------------------------------------

    @app_commands.command(
        name="connect", description="Connect your TikTok account (TikTok asks you first)"
    )
    async def connect(self, interaction: Interaction) -> None:
        guild_id = guild_id_of(interaction)
        feature = self._set_up()
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        user_id = interaction.user.id
        state = secrets.token_urlsafe(32)
        verifier = secrets.token_urlsafe(48)  # 64 characters of RFC 7636's unreserved set
        existing = await self.repo.connection(guild_id, user_id)
        await self.repo.save_state(
            PendingState(
                state_hash=logic.state_hash(state),
                guild_id=guild_id,
                user_id=user_id,
                locale=t.locale,
                verifier_sealed=feature.keeper.seal(verifier),
                created_at=now,
                expires_at=now + logic.STATE_LIFETIME,
                interaction_sealed=feature.keeper.seal(interaction.token),
            ),
            now,
        )
        lines = [t("tiktok-connect-text")]
        if existing is not None:
            lines.append(t("tiktok-connect-replace", name=render.name_of(existing)))
        url = f"{feature.base_url}{START_PATH}?state={state}"
        answered = await interaction.response.send_message(
            "\n".join(lines), view=link_view(t("tiktok-connect-button"), url), ephemeral=True
        )
        if answered.message_id is not None:
            await self.repo.set_state_message(logic.state_hash(state), answered.message_id)

    # -- /tiktok sync -----------------------------------------------------------------------

    @app_commands.command(name="sync", description="Import your TikTok numbers now")
    async def sync(self, interaction: Interaction) -> None:
        guild_id = guild_id_of(interaction)
        feature = self._set_up()
        connection = await self._connection(guild_id, interaction.user.id)
        if connection.status == "broken":
            await self.repo.mark_told(connection.id)
            raise UserError("tiktok-error-broken")
        if connection.status == "removed":
            raise UserError("tiktok-error-removed")
        await defer(interaction, ephemeral=True, thinking=True)
        ran: Ran = await feature.runner.now_for(connection)
        if ran.report is None:
            if ran.outcome == "broken":
                await self.repo.mark_told(connection.id)
            raise UserError(OUTCOME_KEYS.get(ran.outcome, "tiktok-error-unavailable"))
        t = await self.bot.messages_for(interaction)
        await send(interaction, embed=render.summary_embed(t, ran.report), ephemeral=True)

    # -- /tiktok status ---------------------------------------------------------------------

    @app_commands.command(name="status", description="Your TikTok connection and what it imports")
    async def status(self, interaction: Interaction) -> None:
        guild_id = guild_id_of(interaction)
        connection = await self.repo.connection(guild_id, interaction.user.id)
        if connection is None:
            self._set_up()
            raise NotFound("tiktok-not-connected")
        t = await self.bot.messages_for(interaction)
        view = StatusView(t, connection, owner_id=interaction.user.id, on_toggle=self._toggle)
        await send(interaction, embed=render.status_embed(t, connection), view=view, ephemeral=True)

    async def _toggle(self, interaction: Interaction, switch: Switch) -> None:
        guild_id = guild_id_of(interaction)
        connection = await self._connection(guild_id, interaction.user.id)
        changed = await self.repo.set_switch(
            guild_id, interaction.user.id, switch, not connection.switched_on(switch)
        )
        if changed is None:
            raise NotFound("tiktok-not-connected")
        if switch == "daily_sync" and self.feature is not None:
            self.feature.daily.wake()
        t = await self.bot.messages_for(interaction)
        view = StatusView(t, changed, owner_id=interaction.user.id, on_toggle=self._toggle)
        await interaction.response.edit_message(embed=render.status_embed(t, changed), view=view)

    # -- /tiktok disconnect -----------------------------------------------------------------

    @app_commands.command(name="disconnect", description="Disconnect your TikTok account")
    async def disconnect(self, interaction: Interaction) -> None:
        guild_id = guild_id_of(interaction)
        user_id = interaction.user.id
        connection = await self.repo.connection(guild_id, user_id)
        if connection is None:
            self._set_up()
            raise NotFound("tiktok-not-connected")
        t = await self.bot.messages_for(interaction)
        view = DisconnectView(t, owner_id=user_id)
        ask = t("tiktok-disconnect-ask", name=render.name_of(connection))
        await send(interaction, ask, view=view, ephemeral=True)
        await view.wait()
        if view.value is None or view.interaction is None:  # timed out
            view.disable_all()
            await interaction.edit_original_response(
                content=t("tiktok-disconnect-timeout"), view=view
            )
            return
        answer = view.interaction
        if view.value == "cancel":
            await answer.response.edit_message(content=t("tiktok-disconnect-cancelled"), view=None)
            return
        await answer.response.defer()  # (TikTok and the database may take a moment)
        revoked = await self.revoke(connection)
        delete = view.value == "delete"
        counts = await self.repo.disconnect(guild_id, user_id, delete_imports=delete) or {}
        if counts.get("posts"):
            await StreakService(self.bot.db).refresh_summary(
                guild_id, user_id, self.bot.clock.now()
            )
        log.info("member %s disconnected TikTok in guild %s", user_id, guild_id)
        if delete:
            text = t(
                "tiktok-disconnect-deleted",
                results=counts.get("er_results", 0),
                posts=counts.get("posts", 0),
            )
        else:
            text = t("tiktok-disconnect-kept")
        if not revoked:
            text += "\n" + t("tiktok-disconnect-not-revoked")
        await answer.edit_original_response(content=text, view=None)

    async def revoke(self, connection: Connection) -> bool:
        """Ask TikTok to end the bot's access (best effort); True when it did, or there was
        nothing left to revoke."""
        if self.feature is None:
            return connection.status != "active"
        feature = self.feature
        try:
            access = await feature.keeper.access_token(connection.id)
            await feature.client.revoke(access)
        except (NotConnected, ConnectionBroken):
            return True
        except TikTokError as error:
            log.info("TikTok did not confirm revoking connection %s: %s", connection.id, error)
            return False
        return True

    # -- /privacy delete ----------------------------------------------------------------------

    async def before_member_deleted(self, guild_id: int, user_id: int) -> None:
        """Revoke the member's TikTok access before /privacy delete removes the connection."""
        connection = await self.repo.connection(guild_id, user_id)
        if connection is not None:
            await self.revoke(connection)
