"""The select menu offered when a typed timezone could mean several zones."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import discord

from bot.types import Interaction
from bot.ui import BaseView, guarded
from cogs.members.logic import ZoneNow

if TYPE_CHECKING:
    from bot.i18n import Messages


PICK_TIMEOUT = 300.0  # seconds the menu stays usable

OnPick = Callable[[Interaction, str], Awaitable[None]]


class ZoneSelect(discord.ui.Select["ZonePickView"]):
    def __init__(self, t: Messages, candidates: list[ZoneNow], on_pick: OnPick) -> None:
        options = [
            discord.SelectOption(
                label=candidate.zone[:100],
                value=candidate.zone,
                description=t(
                    "timezone-pick-option",
                    offset=candidate.offset,
                    time=t.time(candidate.local),
                    weekday=t.weekday(candidate.local, "abbreviated"),
                )[:100],
            )
            for candidate in candidates
        ]
        super().__init__(placeholder=t("timezone-pick-placeholder")[:150], options=options)
        self.on_pick = on_pick

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        zone = self.values[0]
        if self.view is not None:
            self.view.stop()
        await self.on_pick(interaction, zone)


class ZonePickView(BaseView):
    """Up to 25 candidate zones; only the member who asked may pick; times out."""

    def __init__(
        self, t: Messages, *, owner_id: int, candidates: list[ZoneNow], on_pick: OnPick
    ) -> None:
        super().__init__(owner_id=owner_id, timeout=PICK_TIMEOUT)
        self.add_item(ZoneSelect(t, candidates, on_pick))
