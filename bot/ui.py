"""Shared component pieces: the error guard, the port lookup, the base and confirm views."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar

import discord

from bot.ports import Port
from bot.tree import report_error

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages
    from bot.types import Interaction

log = logging.getLogger(__name__)

P = TypeVar("P")
S = TypeVar("S")
D = TypeVar("D")  # what a DecisionView's buttons decide
A = ParamSpec("A")


def implementation(interaction: Interaction, port: Port[P]) -> P:
    """What the feature behind ``port`` provides, for a component of that feature."""
    return interaction.client.ports.get(port)


def _custom_ids(components: Iterable[Any]) -> Iterator[str]:
    for component in components:
        custom_id = getattr(component, "custom_id", None)
        if isinstance(custom_id, str):
            yield custom_id
        yield from _custom_ids(getattr(component, "children", ()))


def has_handler(client: discord.Client, interaction: discord.Interaction[Any]) -> bool:
    """Whether a view, dynamic item or modal of this process will answer a component
    or modal interaction.

    discord.py drops one nothing handles (a button of a view that timed out or was held
    by the process before a restart, a crafted custom_id), which leaves the member with
    "This interaction failed". This asks the same registry discord.py dispatches from, in
    the order it looks (the message's views, persistent views, dynamic item templates that
    also need the component on the message); discord.py is pinned, so the two stay in step.
    """
    store = client._connection._view_store
    data: Any = interaction.data or {}
    custom_id = data.get("custom_id")
    if not isinstance(custom_id, str):
        return False
    if interaction.type is discord.InteractionType.modal_submit:
        return custom_id in store._modals
    key = (data.get("component_type"), custom_id)
    message = interaction.message
    if message is not None and key in store._views.get(message.id, {}):
        return True
    if key in store._views.get(None, {}):
        return True
    if message is None or not any(p.fullmatch(custom_id) for p in store._dynamic_items):
        return False
    return custom_id in _custom_ids(message.components)


async def answer_unhandled(interaction: discord.Interaction[CreatorBot]) -> None:
    """Answer a click or a form that nothing in this process handles: ephemeral, nothing changed."""
    messages = await interaction.client.messages_for(interaction)
    try:
        await interaction.response.send_message(messages("error-component-expired"), ephemeral=True)
    except discord.HTTPException:
        log.info("could not answer a component nothing handles (interaction %s)", interaction.id)


def guarded(
    callback: Callable[Concatenate[S, Interaction, A], Coroutine[Any, Any, None]],
) -> Callable[Concatenate[S, discord.Interaction[Any], A], Coroutine[Any, Any, None]]:
    """The one error guard of every component callback (buttons, selects, modals).

    discord.py only logs what a component callback raises, which leaves the member with
    "This interaction failed"; here a user error becomes its short reply and anything
    else an apology with a reference id, exactly like a command's error. discord.py
    types component callbacks with any client; the guarded callback gets ``Interaction``
    (the bot is always a ``CreatorBot``).
    """

    @functools.wraps(callback)
    async def run(
        self: S, interaction: discord.Interaction[Any], /, *args: A.args, **kwargs: A.kwargs
    ) -> None:
        try:
            await callback(self, interaction, *args, **kwargs)
        except Exception as error:  # noqa: BLE001 - report_error logs what is not a user error
            await report_error(interaction, error)

    return run


class BaseView(discord.ui.View):
    """A view whose errors are answered like command errors, and that only ``owner_id`` may use."""

    def __init__(self, *, owner_id: int | None = None, timeout: float | None = 180) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.message: discord.Message | discord.InteractionMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if self.owner_id is None or interaction.user.id == self.owner_id:
            return True
        messages = await interaction.client.messages_for(interaction)
        await interaction.response.send_message(messages("error-not-your-button"), ephemeral=True)
        return False

    async def on_error(
        self,
        interaction: discord.Interaction[Any],
        error: Exception,
        item: discord.ui.Item[Any],
    ) -> None:
        await report_error(interaction, error)

    def disable_all(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select):
                item.disabled = True

    async def on_timeout(self) -> None:
        self.disable_all()
        if self.message is not None:
            try:
                await self.message.edit(view=self)
            except discord.HTTPException:
                log.debug("could not disable the buttons of a timed-out view")


class DecisionView(BaseView, Generic[D]):
    """Buttons for the invoking member of which the first press decides: ``value`` is what
    it chose (``_decide``), None when the view timed out; ``wait`` returns then.

    The view stays registered until its timeout, so a second click, a double-click or a
    click on another button, is answered too ("already answered") instead of failing in
    Discord.
    """

    def __init__(self, messages: Messages, *, owner_id: int, timeout: float) -> None:
        super().__init__(owner_id=owner_id, timeout=timeout)
        self.value: D | None = None
        self.interaction: discord.Interaction[CreatorBot] | None = None
        self.messages = messages
        self._decided = asyncio.Event()

    async def wait(self) -> bool:
        """Until the first click or the timeout; True when it timed out."""
        await self._decided.wait()
        return self.interaction is None

    async def on_timeout(self) -> None:
        self._decided.set()
        await super().on_timeout()

    async def _decide(self, interaction: discord.Interaction[CreatorBot], value: D) -> None:
        if self._decided.is_set():
            await interaction.response.send_message(
                self.messages("error-already-answered"), ephemeral=True
            )
            return
        self.value = value
        self.interaction = interaction
        self._decided.set()


class ConfirmView(DecisionView[bool]):
    """Confirm / Cancel buttons for the invoking member; ``value`` is True, False or None."""

    def __init__(self, messages: Messages, *, owner_id: int, timeout: float = 120) -> None:
        super().__init__(messages, owner_id=owner_id, timeout=timeout)
        self.confirm.label = messages("button-confirm")
        self.cancel.label = messages("button-cancel")

    @discord.ui.button(style=discord.ButtonStyle.danger)
    @guarded
    async def confirm(
        self, interaction: discord.Interaction[CreatorBot], button: discord.ui.Button[ConfirmView]
    ) -> None:
        await self._decide(interaction, True)

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    @guarded
    async def cancel(
        self, interaction: discord.Interaction[CreatorBot], button: discord.ui.Button[ConfirmView]
    ) -> None:
        await self._decide(interaction, False)
