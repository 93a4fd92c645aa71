"""The buttons and the form of ``/config delete-data``: export first, then delete after
typing the server's name. They call ``ServerDataButtons`` (what /config provides)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import discord

from bot.ports import Port
from bot.types import Interaction
from bot.ui import BaseView, guarded, implementation

if TYPE_CHECKING:
    from bot.i18n import Messages

CONFIRM_TIMEOUT = 600.0  # seconds the buttons and the form stay usable


class ServerDataButtons(Protocol):
    async def export_server(self, interaction: Interaction) -> None:
        """Send the manager a file of everything stored for the server."""
        ...

    async def delete_server(self, interaction: Interaction, typed: str) -> None:
        """Delete everything stored for the server, if ``typed`` is its name."""
        ...


SERVER_DATA: Port[ServerDataButtons] = Port("the /config delete-data buttons")


class DeleteDataView(BaseView):
    """Export first, then Delete…, which asks for the server's name; only for the manager
    who ran the command."""

    def __init__(self, t: Messages, *, owner_id: int, server_name: str) -> None:
        super().__init__(owner_id=owner_id, timeout=CONFIRM_TIMEOUT)
        self.t = t
        self.server_name = server_name
        self.export.label = t("config-delete-data-export")
        self.delete.label = t("config-delete-data-delete")

    @discord.ui.button(style=discord.ButtonStyle.secondary, emoji="📦")
    @guarded
    async def export(
        self, interaction: Interaction, button: discord.ui.Button[DeleteDataView]
    ) -> None:
        await implementation(interaction, SERVER_DATA).export_server(interaction)

    @discord.ui.button(style=discord.ButtonStyle.danger)
    @guarded
    async def delete(
        self, interaction: Interaction, button: discord.ui.Button[DeleteDataView]
    ) -> None:
        await interaction.response.send_modal(ConfirmByName(self.t, self.server_name))


class ConfirmByName(discord.ui.Modal):
    """Type the server's name to delete its data: a typed confirmation, not a click."""

    def __init__(self, t: Messages, server_name: str) -> None:
        super().__init__(title=t("config-delete-data-form")[:45], timeout=CONFIRM_TIMEOUT)
        self.typed: discord.ui.TextInput[ConfirmByName] = discord.ui.TextInput(
            label=t("config-delete-data-name")[:45],
            custom_id="server_name",
            placeholder=server_name[:100],
            max_length=100,
        )
        self.add_item(self.typed)

    @guarded
    async def on_submit(self, interaction: Interaction) -> None:
        await implementation(interaction, SERVER_DATA).delete_server(interaction, self.typed.value)
