"""/tiktok's components: the connect link, the switches under /tiktok status, and the
disconnect question. They live in memory (ephemeral replies); each calls back what it was
given, and only the member who asked may press."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Literal

import discord

from bot.types import Interaction
from bot.ui import BaseView, DecisionView, guarded
from storage.tiktok import Connection, Switch
from storage.tiktok.connections import SWITCHES

if TYPE_CHECKING:
    from bot.i18n import Messages

STATUS_TIMEOUT = 600.0
DISCONNECT_TIMEOUT = 120.0

OnToggle = Callable[[Interaction, Switch], Awaitable[None]]
Choice = Literal["keep", "delete", "cancel"]


def link_view(label: str, url: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(discord.ui.Button(label=label, url=url, style=discord.ButtonStyle.link))
    return view


class SwitchButton(discord.ui.Button["StatusView"]):
    def __init__(self, label: str, switch: Switch, on: bool, on_toggle: OnToggle) -> None:
        super().__init__(
            label=label[:80],
            emoji="✅" if on else "⬜",
            style=discord.ButtonStyle.success if on else discord.ButtonStyle.secondary,
        )
        self.switch = switch
        self.on_toggle = on_toggle

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        await self.on_toggle(interaction, self.switch)


class StatusView(BaseView):
    """One button per switch; pressing one flips it (and the message shows the new state)."""

    def __init__(
        self, t: Messages, connection: Connection, *, owner_id: int, on_toggle: OnToggle
    ) -> None:
        super().__init__(owner_id=owner_id, timeout=STATUS_TIMEOUT)
        for switch in SWITCHES:
            label = t(f"tiktok-switch-{switch}")
            self.add_item(SwitchButton(label, switch, connection.switched_on(switch), on_toggle))


class DisconnectView(DecisionView[Choice]):
    """Disconnect keeping what was imported, disconnect deleting it, or cancel. ``value``
    is set by the first press (``wait`` returns then), None when it timed out."""

    def __init__(self, t: Messages, *, owner_id: int) -> None:
        super().__init__(t, owner_id=owner_id, timeout=DISCONNECT_TIMEOUT)
        self.keep.label = t("tiktok-disconnect-keep")
        self.delete.label = t("tiktok-disconnect-delete")
        self.cancel.label = t("button-cancel")

    @discord.ui.button(style=discord.ButtonStyle.primary)
    @guarded
    async def keep(self, interaction: Interaction, button: discord.ui.Button[Any]) -> None:
        await self._decide(interaction, "keep")

    @discord.ui.button(style=discord.ButtonStyle.danger)
    @guarded
    async def delete(self, interaction: Interaction, button: discord.ui.Button[Any]) -> None:
        await self._decide(interaction, "delete")

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    @guarded
    async def cancel(self, interaction: Interaction, button: discord.ui.Button[Any]) -> None:
        await self._decide(interaction, "cancel")
