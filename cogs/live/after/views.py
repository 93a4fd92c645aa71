"""Buttons and the modal of the after-LIVE report and the pre-LIVE checklist, and their port.

They are sent in DMs too (the "How did it go?" prompt, the host's reminder), where an
interaction carries no server, so each ``custom_id`` names the server and the LIVE.
Each calls its Protocol through its port (``REPORTS``, ``CHECKLIST``), never the cog.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import discord

from bot.ports import Port
from bot.types import Interaction
from bot.ui import BaseView, guarded, implementation

if TYPE_CHECKING:
    from bot.i18n import Messages

_IDS = r"(?P<guild_id>[0-9]{1,19}):(?P<live_id>[0-9]{1,19})"


class ReportButtons(Protocol):
    """What the report button and its modal need done."""

    async def open_report(self, interaction: Interaction, guild_id: int, live_id: int) -> None:
        """The "Report my numbers" button: the modal of the five main numbers."""
        ...

    async def report_submitted(
        self, interaction: Interaction, guild_id: int, live_id: int, values: Mapping[str, str]
    ) -> None:
        """The report modal was sent (text as typed, by field)."""
        ...


class ChecklistButtons(Protocol):
    """What the checklist's buttons need done."""

    async def open_checklist(self, interaction: Interaction, guild_id: int, live_id: int) -> None:
        """The checklist button of a host's reminder."""
        ...

    async def tick(self, interaction: Interaction, guild_id: int, live_id: int, item: str) -> None:
        """One item of the checklist ticked or unticked (``live_id`` 0: the general list)."""
        ...


REPORTS: Port[ReportButtons] = Port("the report button")
CHECKLIST: Port[ChecklistButtons] = Port("the checklist buttons")


class ReportButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=rf"live:rep:{_IDS}"):
    def __init__(self, guild_id: int, live_id: int, *, label: str = "…") -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:80],
                style=discord.ButtonStyle.primary,
                custom_id=f"live:rep:{guild_id}:{live_id}",
            )
        )
        self.guild_id = guild_id
        self.live_id = live_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ReportButton:
        return cls(int(match["guild_id"]), int(match["live_id"]))

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        await implementation(interaction, REPORTS).open_report(
            interaction, self.guild_id, self.live_id
        )


class ChecklistButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=rf"live:chk:{_IDS}"):
    def __init__(self, guild_id: int, live_id: int, *, label: str = "…") -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:80],
                style=discord.ButtonStyle.secondary,
                custom_id=f"live:chk:{guild_id}:{live_id}",
            )
        )
        self.guild_id = guild_id
        self.live_id = live_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ChecklistButton:
        return cls(int(match["guild_id"]), int(match["live_id"]))

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        await implementation(interaction, CHECKLIST).open_checklist(
            interaction, self.guild_id, self.live_id
        )


class TickButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"live:tick:{_IDS}:(?P<item>[a-z]{{1,12}})",
):
    def __init__(
        self, guild_id: int, live_id: int, item: str, *, label: str = "…", ticked: bool = False
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:80],
                style=discord.ButtonStyle.success if ticked else discord.ButtonStyle.secondary,
                custom_id=f"live:tick:{guild_id}:{live_id}:{item}",
            )
        )
        self.guild_id = guild_id
        self.live_id = live_id
        self.entry = item

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> TickButton:
        return cls(int(match["guild_id"]), int(match["live_id"]), match["item"])

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        await implementation(interaction, CHECKLIST).tick(
            interaction, self.guild_id, self.live_id, self.entry
        )


DYNAMIC_ITEMS = (ReportButton, ChecklistButton, TickButton)


def one_button(item: discord.ui.Item[Any]) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(item)
    return view


def checklist_button(t: Messages, guild_id: int, live_id: int) -> discord.ui.View:
    """The button to the checklist that hosts and guests find in their reminder DM."""
    return one_button(ChecklistButton(guild_id, live_id, label=t("live-checklist-button")))


def checklist_view(
    guild_id: int, live_id: int, labels: Sequence[tuple[str, str]], ticked: Collection[str]
) -> discord.ui.View:
    """One toggle per (item, label): green once ticked, five to a row."""
    view = discord.ui.View(timeout=None)
    for item, label in labels:
        mark = "✅ " if item in ticked else "⬜ "
        view.add_item(
            TickButton(guild_id, live_id, item, label=mark + label, ticked=item in ticked)
        )
    return view


FORM_TIMEOUT = 900.0  # seconds a report form, and the button that opens it again, stay usable


class ReportModal(discord.ui.Modal):
    """The five main numbers of TikTok's LIVE summary, prefilled with what was reported (or
    with what was typed, when the form comes back to be corrected: ``flagged`` is then the
    field that was wrong, marked ⚠️)."""

    FIELDS = ("viewers", "new_followers", "avg_watch", "diamonds", "peak_viewers")

    def __init__(
        self,
        t: Messages,
        guild_id: int,
        live_id: int,
        current: Mapping[str, str],
        *,
        flagged: str | None = None,
    ) -> None:
        super().__init__(title=t("live-report-modal-title")[:45], timeout=FORM_TIMEOUT)
        self.guild_id = guild_id
        self.live_id = live_id
        self.inputs: dict[str, discord.ui.TextInput[ReportModal]] = {}
        for name in self.FIELDS:
            label = t(f"live-report-field-{name}")
            field: discord.ui.TextInput[ReportModal] = discord.ui.TextInput(
                label=("⚠️ " + label if name == flagged else label)[:45],
                custom_id=name,
                max_length=32,
                required=False,
                default=current.get(name),
            )
            self.inputs[name] = field
            self.add_item(field)

    @guarded
    async def on_submit(self, interaction: Interaction) -> None:
        values = {name: field.value for name, field in self.inputs.items() if field.value.strip()}
        await implementation(interaction, REPORTS).report_submitted(
            interaction, self.guild_id, self.live_id, values
        )


OnCorrect = Callable[[Interaction], Awaitable[None]]


class _CorrectButton(discord.ui.Button["CorrectReportView"]):
    def __init__(self, label: str, on_press: OnCorrect) -> None:
        super().__init__(label=label[:80], style=discord.ButtonStyle.primary)
        self.on_press = on_press

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        await self.on_press(interaction)


class CorrectReportView(BaseView):
    """The button under a refused report form: the form again, as it was typed."""

    def __init__(self, t: Messages, *, owner_id: int, on_press: OnCorrect) -> None:
        super().__init__(owner_id=owner_id, timeout=FORM_TIMEOUT)
        self.add_item(_CorrectButton(t("live-report-correct"), on_press))
