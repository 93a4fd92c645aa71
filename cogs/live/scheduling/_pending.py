"""Steps that wait for their member: a preview, the DST chooser, the timezones a typed
``timezone`` could mean, suggested slots, a cancel confirmation.

Each is a ``Pending`` kept in memory under a random token that its buttons carry. It
expires on the bot's clock: the buttons are then disabled, and a press after that (or
after a restart) is answered "this preview expired" and does nothing.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

import discord

from bot.replies import send
from bot.types import Interaction, guild_id_of
from cogs.live.common.logic import Draft
from cogs.live.scheduling.views import ButtonSpec, MenuSpec, pending_view

if TYPE_CHECKING:
    from bot.client import CreatorBot


log = logging.getLogger(__name__)
TIMEOUT = timedelta(minutes=10)  # under the 15 minutes an interaction token lives
Kind = Literal["preview", "dst", "zone", "suggest", "cancel"]


@dataclass
class Pending:
    token: str
    kind: Kind
    owner_id: int
    guild_id: int
    expires_at: datetime
    buttons: list[ButtonSpec]
    draft: Draft | None = None
    choices: tuple[datetime, ...] = ()
    live_id: int | None = None
    menu: MenuSpec | None = None  # the timezones to pick from ("zone")
    # the command's when, until and alternate_when, read again once "zone" or "dst" is answered
    typed: tuple[str, str | None, str | None] = ("", None, None)
    interaction: Interaction | None = None
    task: asyncio.Task[None] | None = field(default=None, repr=False)


class PendingSteps:
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.pending: dict[str, Pending] = {}

    def get(self, token: str) -> Pending | None:
        return self.pending.get(token)

    def close(self) -> None:
        for pending in self.pending.values():
            if pending.task is not None:
                pending.task.cancel()
        self.pending.clear()

    def open(
        self, kind: Kind, interaction: Interaction, buttons: list[ButtonSpec], **data: object
    ) -> Pending:
        token = secrets.token_hex(8)
        pending = Pending(
            token,
            kind,
            interaction.user.id,
            guild_id_of(interaction),
            self.bot.clock.now() + TIMEOUT,
            buttons,
            **data,  # type: ignore[arg-type]
        )
        self.pending[token] = pending
        pending.task = asyncio.create_task(self._expire(pending), name=f"live-pending-{token}")
        return pending

    def drop(self, pending: Pending) -> None:
        self.pending.pop(pending.token, None)
        if pending.task is not None and pending.task is not asyncio.current_task():
            pending.task.cancel()

    async def _expire(self, pending: Pending) -> None:
        await self.bot.clock.sleep_until(pending.expires_at)
        if self.pending.get(pending.token) is not pending:
            return
        del self.pending[pending.token]
        if pending.interaction is None:
            return
        view = pending_view(pending.token, pending.buttons, disabled=True, menu=pending.menu)
        try:
            await pending.interaction.edit_original_response(view=view)
        except discord.HTTPException:
            log.debug("could not disable the buttons of expired step %s", pending.token)

    async def show(
        self,
        interaction: Interaction,
        pending: Pending,
        *,
        content: str | None = None,
        card: discord.Embed | None = None,
        edit: bool = False,
    ) -> None:
        view = pending_view(pending.token, pending.buttons, menu=pending.menu)
        if edit:
            await interaction.response.edit_message(content=content, embed=card, view=view)
        else:
            await send(interaction, content, embed=card, view=view, ephemeral=True)
        pending.interaction = interaction
