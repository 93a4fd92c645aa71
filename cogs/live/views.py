"""Buttons and the title modal of /live, and the port they call.

Every button is a ``DynamicItem`` whose ``custom_id`` carries what it needs, so
RSVPs and list pages keep working after a restart. Buttons of a pending step
(preview Confirm/Cancel, the DST chooser, a suggested slot) carry a token that
``LiveButtons.press`` looks up; an unknown or expired token is answered "this preview
expired". The buttons call ``LiveButtons`` through ``LIVE``, never the cog.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import discord

from bot.ports import Port
from bot.types import Interaction
from bot.ui import guarded, implementation
from storage.live import RSVP_CHOICES, Guests, Live, Rsvp

if TYPE_CHECKING:
    from bot.i18n import Messages


class LiveButtons(Protocol):
    """What the /live buttons and the title modal need done."""

    async def press(self, interaction: Interaction, token: str, action: str) -> None:
        """A button of a pending step (preview, DST choice, suggested slot, cancel)."""
        ...

    async def rsvp(self, interaction: Interaction, live_id: int, choice: Rsvp) -> None:
        """Going / Maybe / Can't under an announcement."""
        ...

    async def guest(self, interaction: Interaction, live_id: int) -> None:
        """Join as guest (or the waitlist), or withdraw, under an announcement."""
        ...

    async def calendar(self, interaction: Interaction, live_id: int) -> None:
        """Add to calendar under an announcement: the LIVE as a private .ics file."""
        ...

    async def show_list(self, interaction: Interaction, page: int, *, edit: bool) -> None:
        """A page of /live list."""
        ...

    async def slot_titled(
        self, interaction: Interaction, token: str, index: int, title: str, description: str | None
    ) -> None:
        """The title modal of a suggested slot was sent."""
        ...


LIVE: Port[LiveButtons] = Port("the /live buttons")
_RSVP_STYLE = {
    "going": discord.ButtonStyle.success,
    "maybe": discord.ButtonStyle.secondary,
    "cant": discord.ButtonStyle.danger,
}


class RsvpButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"live:rsvp:(?P<live_id>[0-9]{1,19}):(?P<choice>going|maybe|cant)",
):
    def __init__(
        self, live_id: int, choice: Rsvp, *, label: str = "…", disabled: bool = False
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=_RSVP_STYLE[choice],
                custom_id=f"live:rsvp:{live_id}:{choice}",
                disabled=disabled,
            )
        )
        self.live_id = live_id
        self.choice: Rsvp = choice

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> RsvpButton:
        choice: Rsvp = match["choice"]  # type: ignore[assignment]
        return cls(int(match["live_id"]), choice)

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        await implementation(interaction, LIVE).rsvp(interaction, self.live_id, self.choice)


class PendingButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"live:p:(?P<token>[0-9a-f]{8,32}):(?P<action>[a-z0-9]{1,12})",
):
    def __init__(
        self,
        token: str,
        action: str,
        *,
        label: str = "…",
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:80],
                style=style,
                custom_id=f"live:p:{token}:{action}",
                disabled=disabled,
            )
        )
        self.token = token
        self.action = action

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> PendingButton:
        return cls(match["token"], match["action"])

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        await implementation(interaction, LIVE).press(interaction, self.token, self.action)


class ListPageButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"live:list:(?P<page>[0-9]{1,6}):(?P<side>prev|next)",
):
    def __init__(self, page: int, side: str, *, label: str = "…", disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.secondary,
                custom_id=f"live:list:{page}:{side}",
                disabled=disabled,
            )
        )
        self.page = page
        self.target = page + 1 if side == "next" else page - 1

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ListPageButton:
        return cls(int(match["page"]), match["side"])

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        await implementation(interaction, LIVE).show_list(interaction, self.target, edit=True)


class GuestButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"live:guest:(?P<live_id>[0-9]{1,19})",
):
    def __init__(self, live_id: int, *, label: str = "…", disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:80],
                style=discord.ButtonStyle.primary,
                custom_id=f"live:guest:{live_id}",
                disabled=disabled,
            )
        )
        self.live_id = live_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> GuestButton:
        return cls(int(match["live_id"]))

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        await implementation(interaction, LIVE).guest(interaction, self.live_id)


class CalendarButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"live:ics:(?P<live_id>[0-9]{1,19})",
):
    def __init__(self, live_id: int, *, label: str = "…") -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:80],
                style=discord.ButtonStyle.secondary,
                custom_id=f"live:ics:{live_id}",
            )
        )
        self.live_id = live_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> CalendarButton:
        return cls(int(match["live_id"]))

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        await implementation(interaction, LIVE).calendar(interaction, self.live_id)


DYNAMIC_ITEMS = (RsvpButton, PendingButton, ListPageButton, GuestButton, CalendarButton)


# -- views built from those items -----------------------------------------------------------------


def rsvp_view(
    t: Messages, live: Live, counts: dict[Rsvp, int], guests: Guests | None = None
) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    closed = live.status != "scheduled"
    for choice in RSVP_CHOICES:
        label = t(f"live-rsvp-{choice}", count=counts[choice])
        view.add_item(RsvpButton(live.id, choice, label=label, disabled=closed))
    if live.guest_slots:
        taken = len(guests.guests) if guests is not None else 0
        label = t("live-guest-join", taken=taken, slots=live.guest_slots)
        view.add_item(GuestButton(live.id, label=label, disabled=closed))
    if not closed:
        view.add_item(CalendarButton(live.id, label=t("live-calendar-button")))
    return view


@dataclass(frozen=True)
class ButtonSpec:
    action: str
    label: str
    style: discord.ButtonStyle = discord.ButtonStyle.secondary


def pending_view(
    token: str, buttons: Sequence[ButtonSpec], *, disabled: bool = False
) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for spec in buttons:
        view.add_item(
            PendingButton(token, spec.action, label=spec.label, style=spec.style, disabled=disabled)
        )
    return view


def list_view(t: Messages, page: int, pages: int) -> discord.ui.View | None:
    if pages <= 1:
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(ListPageButton(page, "prev", label=t("live-list-prev"), disabled=page <= 0))
    view.add_item(
        ListPageButton(page, "next", label=t("live-list-next"), disabled=page >= pages - 1)
    )
    return view


class TitleModal(discord.ui.Modal):
    """Asks for the title (and an optional description) of a suggested slot."""

    def __init__(self, t: Messages, token: str, slot: int) -> None:
        super().__init__(title=t("live-modal-title")[:45], timeout=600)
        self.token = token
        self.slot = slot
        self.title_input: discord.ui.TextInput[TitleModal] = discord.ui.TextInput(
            label=t("live-modal-field-title")[:45], custom_id="title", max_length=100, min_length=1
        )
        self.description_input: discord.ui.TextInput[TitleModal] = discord.ui.TextInput(
            label=t("live-modal-field-description")[:45],
            custom_id="description",
            style=discord.TextStyle.paragraph,
            max_length=1000,
            required=False,
        )
        self.add_item(self.title_input)
        self.add_item(self.description_input)

    @guarded
    async def on_submit(self, interaction: Interaction) -> None:
        await implementation(interaction, LIVE).slot_titled(
            interaction,
            self.token,
            self.slot,
            self.title_input.value,
            self.description_input.value or None,
        )
