"""/live suggest's reply: the best slots, each with a button that opens the preview."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import discord

from bot.types import Interaction
from bot.ui import send
from cogs.live.logic import Draft
from cogs.live.render import suggestion_embed
from cogs.live.slots import HostInput, find_slots
from cogs.live.views import ButtonSpec

if TYPE_CHECKING:
    from cogs.live.flow import LiveFlow


async def offer_slots(
    flow: LiveFlow,
    interaction: Interaction,
    hosts: Sequence[int],
    length: timedelta,
    start: datetime,
    end: datetime,
    within_days: int,
) -> None:
    """Search [start, end) for ``hosts`` and answer with up to five slots to pick from.

    Hosts' weekly windows become UTC intervals date by date (DST-safe); earlier LIVEs
    of the same host group steer the ranking away from putting the same host at the
    edge of their window again.
    """
    assert interaction.guild_id is not None
    now = flow.bot.clock.now()
    await interaction.response.defer(ephemeral=True, thinking=True)
    contexts = await flow.hosts.contexts(interaction.guild_id, hosts, start, end)
    counts = await flow.hosts.recent_edge_counts(interaction.guild_id, hosts, now)
    search = find_slots(
        [HostInput(c.user_id, c.zone, c.intervals) for c in contexts],
        length,
        start,
        end,
        recent_edge_counts=counts,
    )
    t = await flow.bot.messages_for(interaction)
    zones = {c.user_id: c.zone for c in contexts if c.zone is not None}
    card, slots = suggestion_embed(t, search, zones, int(length.total_seconds() // 60), within_days)
    if not slots:
        await send(interaction, embed=card, ephemeral=True)
        return
    template = Draft(
        guild_id=interaction.guild_id,
        scheduler_id=interaction.user.id,
        title="",
        description=None,
        starts_at=slots[0].start,
        duration=length,
        host_ids=tuple(hosts),
        channel_id=None,
    )
    buttons = [
        ButtonSpec(f"s{i}", t("live-suggest-pick", n=i + 1), discord.ButtonStyle.primary)
        for i in range(len(slots))
    ]
    pending = flow.open(
        "suggest", interaction, buttons, draft=template, choices=tuple(s.start for s in slots)
    )
    await flow.show(interaction, pending, card=card)
