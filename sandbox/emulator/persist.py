"""Saving what the emulator's Discord holds, so a sandbox restarted on the same database shows
the same server: the messages (with their attachments), the DM channels and the scheduled
events. The world itself (guild, channels, members, roles) is built again by its owner."""

from __future__ import annotations

import base64
from typing import Any

from .models import Channel
from .state import EmulatorState

SNAPSHOT_VERSION = 1


class PersistMixin(EmulatorState):
    def snapshot(self) -> dict[str, Any]:
        """Everything a restarted emulator needs to show what this one shows (JSON-ready)."""
        return {
            "version": SNAPSHOT_VERSION,
            "bot_user_id": str(self.bot_user_id),
            "messages": list(self.messages.values()),
            "channel_order": {str(cid): ids for cid, ids in self.channel_order.items()},
            "dm_channels": {str(user): channel for user, channel in self.dm_channels.items()},
            "attachments": {
                str(aid): base64.b64encode(data).decode("ascii")
                for aid, data in self.attachment_bytes.items()
            },
            "events": {str(gid): list(events.values()) for gid, events in self.events.items()},
        }

    def restore(self, data: dict[str, Any]) -> bool:
        """Take over a ``snapshot`` (after the world is built, before the bot connects).

        False, and nothing changed, when it is not one this emulator can take: another
        version, or made for another bot user (its messages would not be the bot's).
        """
        if data.get("version") != SNAPSHOT_VERSION or data.get("bot_user_id") != str(
            self.bot_user_id
        ):
            return False
        for user, channel_id in data["dm_channels"].items():
            self.dm_channels[int(user)] = channel_id
            self.channels[channel_id] = Channel(
                id=channel_id, guild_id=None, name="", type=1, recipient_id=int(user)
            )
        for message in data["messages"]:
            self.messages[int(message["id"])] = message
        for channel_id, ids in data["channel_order"].items():
            self.channel_order[int(channel_id)] = list(ids)
            self._listed.update(ids)
        for aid, text in data["attachments"].items():
            self.attachment_bytes[int(aid)] = base64.b64decode(text)
        for guild_id, events in data["events"].items():
            if int(guild_id) in self.guilds:
                self.events[int(guild_id)] = {int(e["id"]): e for e in events}
        return True
