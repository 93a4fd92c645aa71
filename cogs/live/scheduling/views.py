"""Buttons of the scheduling steps and of /live list, the title modal, and the ports they call.

Every button is a ``DynamicItem`` whose ``custom_id`` carries what it needs. Buttons of a
step waiting for its member (preview Confirm / Later / Cancel, the DST chooser, a
suggested slot) carry the step's token, ``live:p:<token>:<action>``, and so does the menu
of timezones a typed ``timezone`` could mean (``live:p:<token>:zone``); each kind calls
its own method of ``StepButtons`` through ``STEPS``, which answers an unknown or expired
token with "this preview expired". List pages call ``ListButtons`` through
``LIST``. None of them looks the cog up.
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

if TYPE_CHECKING:
    from bot.i18n import Messages


class StepButtons(Protocol):
    """What the buttons of a waiting step and the title modal need done."""

    async def confirm(self, interaction: Interaction, token: str, *, later: bool) -> None:
        """Confirm a preview or a cancel (``later``: this show and the later ones of its series)."""
        ...

    async def drop(self, interaction: Interaction, token: str) -> None:
        """The step's Cancel: nothing happens."""
        ...

    async def choose_time(self, interaction: Interaction, token: str, *, earlier: bool) -> None:
        """Which of the two moments a wall time that happens twice means."""
        ...

    async def pick_slot(self, interaction: Interaction, token: str, index: int) -> None:
        """A suggested slot was picked: ask for its title."""
        ...

    async def pick_zone(self, interaction: Interaction, token: str, zone: str) -> None:
        """One of the timezones a typed ``timezone`` could mean was picked."""
        ...

    async def slot_titled(
        self, interaction: Interaction, token: str, index: int, title: str, description: str | None
    ) -> None:
        """The title modal of a suggested slot was sent."""
        ...


class ListButtons(Protocol):
    async def show_list(self, interaction: Interaction, page: int, *, edit: bool) -> None:
        """A page of /live list."""
        ...


STEPS: Port[StepButtons] = Port("the buttons of the /live steps")
LIST: Port[ListButtons] = Port("the /live list pages")
_STEP = r"live:p:(?P<token>[0-9a-f]{8,32})"


class _StepButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"{_STEP}:(?P<action>[a-z0-9]{{1,12}})",
):
    """A button of a waiting step, ``live:p:<token>:<action>`` (each kind below has its own
    template and callback; this one is never registered)."""

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
    ) -> _StepButton:
        return cls(match["token"], match["action"])


class ConfirmButton(_StepButton, template=rf"{_STEP}:(?P<action>confirm|later)"):
    @guarded
    async def callback(self, interaction: Interaction) -> None:
        later = self.action == "later"
        await implementation(interaction, STEPS).confirm(interaction, self.token, later=later)


class DropButton(_StepButton, template=rf"{_STEP}:(?P<action>cancel)"):
    @guarded
    async def callback(self, interaction: Interaction) -> None:
        await implementation(interaction, STEPS).drop(interaction, self.token)


class TimeButton(_StepButton, template=rf"{_STEP}:(?P<action>early|late)"):
    @guarded
    async def callback(self, interaction: Interaction) -> None:
        earlier = self.action == "early"
        await implementation(interaction, STEPS).choose_time(
            interaction, self.token, earlier=earlier
        )


class SlotButton(_StepButton, template=rf"{_STEP}:(?P<action>s[0-9]{{1,2}})"):
    @guarded
    async def callback(self, interaction: Interaction) -> None:
        index = int(self.action[1:])
        await implementation(interaction, STEPS).pick_slot(interaction, self.token, index)


class ZoneMenu(discord.ui.DynamicItem[discord.ui.Select[Any]], template=rf"{_STEP}:zone"):
    """The timezones a typed ``timezone`` could mean, ``live:p:<token>:zone``."""

    def __init__(self, token: str, menu: MenuSpec | None = None, *, disabled: bool = False) -> None:
        options = [
            discord.SelectOption(label=label[:100], value=value)
            for value, label in (menu.options if menu is not None else ())
        ]
        super().__init__(
            discord.ui.Select(
                custom_id=f"live:p:{token}:zone",
                placeholder=(menu.placeholder if menu is not None else "…")[:150],
                options=options or [discord.SelectOption(label="…")],
                disabled=disabled,
            )
        )
        self.token = token

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ZoneMenu:
        return cls(match["token"])

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        picked = self.item.values[0] if self.item.values else ""
        await implementation(interaction, STEPS).pick_zone(interaction, self.token, picked)


STEP_BUTTONS: dict[str, type[_StepButton]] = {
    "confirm": ConfirmButton,
    "later": ConfirmButton,
    "cancel": DropButton,
    "early": TimeButton,
    "late": TimeButton,
}


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
        await implementation(interaction, LIST).show_list(interaction, self.target, edit=True)


DYNAMIC_ITEMS = (ConfirmButton, DropButton, TimeButton, SlotButton, ZoneMenu, ListPageButton)


# -- views built from those items -----------------------------------------------------------------


@dataclass(frozen=True)
class ButtonSpec:
    action: str  # confirm, later, cancel, early, late, or s<slot>
    label: str
    style: discord.ButtonStyle = discord.ButtonStyle.secondary


@dataclass(frozen=True)
class MenuSpec:
    placeholder: str
    options: tuple[tuple[str, str], ...]  # (value, label)


def pending_view(
    token: str,
    buttons: Sequence[ButtonSpec],
    *,
    disabled: bool = False,
    menu: MenuSpec | None = None,
) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    if menu is not None:
        view.add_item(ZoneMenu(token, menu, disabled=disabled))
    for spec in buttons:
        kind = STEP_BUTTONS.get(spec.action, SlotButton)
        view.add_item(
            kind(token, spec.action, label=spec.label, style=spec.style, disabled=disabled)
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
        await implementation(interaction, STEPS).slot_titled(
            interaction,
            self.token,
            self.slot,
            self.title_input.value,
            self.description_input.value or None,
        )
