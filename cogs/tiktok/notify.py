"""Telling a member what happened outside their command: the /tiktok connect reply edited
once TikTok sent them back (through the interaction's webhook, kept sealed while the
consent link lives), else a DM; and the one DM when their connection broke."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from storage.tiktok import Connection, TikTokRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot

log = logging.getLogger(__name__)


class Notifier:
    def __init__(self, bot: CreatorBot, repo: TikTokRepository) -> None:
        self.bot = bot
        self.repo = repo

    async def edit_reply(
        self,
        token: str | None,
        message_id: int | None,
        user_id: int,
        *,
        content: str | None = None,
        embed: discord.Embed | None = None,
    ) -> None:
        """Replace the member's /tiktok connect reply (only they see it); a DM when it
        cannot be edited any more (the interaction's 15 minutes are over)."""
        if token and message_id and self.bot.application_id is not None:
            hook = discord.Webhook.partial(self.bot.application_id, token, client=self.bot)
            try:
                await hook.edit_message(
                    message_id,
                    content=content,
                    embeds=[embed] if embed is not None else [],
                    view=None,
                )
            except discord.HTTPException as error:
                log.info(
                    "could not edit the /tiktok connect reply (%s); sending a DM", error.status
                )
            else:
                return
        await self.dm(user_id, content=content, embed=embed)

    async def dm(
        self, user_id: int, *, content: str | None = None, embed: discord.Embed | None = None
    ) -> bool:
        try:
            user = self.bot.get_user(user_id) or await self.bot.fetch_user(user_id)
            if embed is not None:
                await user.send(content=content, embed=embed)
            else:
                await user.send(content=content)
        except discord.HTTPException as error:
            log.info("could not DM member %s about TikTok (%s)", user_id, error.status)
            return False
        return True

    async def tell_broken(self, connection: Connection) -> None:
        """Once per breakage (across processes): a DM saying how to connect again."""
        if not await self.repo.mark_told(connection.id):
            return
        t = await self.bot.member_messages(connection.guild_id, connection.user_id)
        guild = self.bot.get_guild(connection.guild_id)
        text = t("tiktok-broken-dm", server=guild.name if guild is not None else "?")
        await self.dm(connection.user_id, content=text)
