"""The buttons under a LIVE's announcement, and the ports they call.

Going / Maybe / Can't, "Join as guest" and "Add to calendar" are ``DynamicItem``s whose
``custom_id`` carries the LIVE, so they keep working after a restart. Each calls the
Protocol declared beside it through its port, which the room that does the work
provides: RSVPs and calendars the scheduling room, guests the series and guests room.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

import discord

from bot.ports import Port
from bot.types import Interaction
from bot.ui import guarded, implementation
from storage.live import Rsvp


class RsvpButtons(Protocol):
    async def rsvp(self, interaction: Interaction, live_id: int, choice: Rsvp) -> None:
        """Going / Maybe / Can't under an announcement."""
        ...


class GuestButtons(Protocol):
    async def guest(self, interaction: Interaction, live_id: int) -> None:
        """Join as guest (or the waitlist), or withdraw, under an announcement."""
        ...


class CalendarButtons(Protocol):
    async def calendar(self, interaction: Interaction, live_id: int) -> None:
        """Add to calendar under an announcement: the LIVE as a private .ics file."""
        ...


RSVP: Port[RsvpButtons] = Port("the RSVP buttons")
GUESTS: Port[GuestButtons] = Port("the guest button")
CALENDAR: Port[CalendarButtons] = Port("the calendar button")
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
        await implementation(interaction, RSVP).rsvp(interaction, self.live_id, self.choice)


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
        await implementation(interaction, GUESTS).guest(interaction, self.live_id)


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
        await implementation(interaction, CALENDAR).calendar(interaction, self.live_id)


DYNAMIC_ITEMS = (RsvpButton, GuestButton, CalendarButton)
