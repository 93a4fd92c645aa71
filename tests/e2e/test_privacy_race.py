"""/privacy delete while a reminder to the member is under way: the delete wins.

Discord's answer to a reminder DM is held open (the message is delivered, the bot has not
heard so yet) while the member confirms the delete; then the answer is let through. The
delivery carries on and finishes, and no row naming the member is left behind.
"""

from __future__ import annotations

from datetime import timedelta

from sandbox.emulator import Member
from tests.e2e.live_support import set_channel
from tests.e2e.test_live_reminders import START, going_button, schedule, settled
from tests.e2e.test_privacy import rows_naming
from tests.support.harness import Harness

REMINDER = START - timedelta(hours=24)


async def delete_everything(h: Harness, member: Member) -> str:
    prompt = await h.slash(member, "privacy delete")
    done = await h.click(member, prompt.message, prompt.button("Confirm")["custom_id"])
    return done.text


async def test_a_delete_during_the_members_reminder_dm_leaves_no_row(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h)  # alice hosts: her reminder comes by DM
    dm = h.emu.dm_channel(h.alice.id)
    held = h.emu.hold_next("POST", rf"^/channels/{dm.id}/messages$")
    await h.clock.set(REMINDER)
    await held.arrived.wait()  # Discord has the DM; the bot has not heard back yet

    assert "Done" in await delete_everything(h, h.alice)
    held.release()
    await settled(h)

    [reminder] = h.emu.dm_messages(h.alice.id)  # it was already on its way: delivered
    assert reminder["embeds"][0]["title"] == "⏰ Reminder: Duet night"
    left = rows_naming(h, h.guild.id, h.alice.id)
    assert all(count == 0 for count in left.values()), left
    assert h.rows("SELECT state FROM live_deliveries WHERE offset_minutes = 1440") == [
        {"state": "sent"}
    ]
    exported = await h.slash(h.alice, "privacy export")
    assert "I store nothing about you in this server" in exported.text


async def test_a_delete_during_a_burst_stops_the_members_part_not_yet_sent(
    harness: Harness,
) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, host1=h.bob.id)  # bob's DM goes first, then the Going members'
    announcement = h.emu.channel_messages(h.channel.id)[0]
    await h.click(h.alice, announcement, going_button(announcement))
    await h.slash(h.alice, "profile set", {"live_reminders": "dm"})
    held = h.emu.hold_next("POST", rf"^/channels/{h.emu.dm_channel(h.bob.id).id}/messages$")
    await h.clock.set(REMINDER)
    await held.arrived.wait()

    assert "Done" in await delete_everything(h, h.alice)
    held.release()
    await settled(h)

    assert len(h.emu.dm_messages(h.bob.id)) == 1
    assert h.emu.dm_messages(h.alice.id) == []  # her part had not gone yet: it never does
    left = rows_naming(h, h.guild.id, h.alice.id)
    assert all(count == 0 for count in left.values()), left
    parts = h.rows("SELECT part, user_id, outcome FROM live_delivery_parts ORDER BY user_id")
    assert {"part": "dm", "user_id": h.bob.id, "outcome": "sent"} in parts
