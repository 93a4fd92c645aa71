"""World building (guilds, channels, members, roles) and state inspection."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .models import (
    DEFAULT_BOT_PERMISSIONS,
    DEFAULT_MEMBER_PERMISSIONS,
    SEND_MESSAGES,
    Channel,
    Guild,
    Member,
    Role,
    User,
    overwrite,
)
from .state import EmulatorState


class WorldMixin(EmulatorState):
    # -- building --------------------------------------------------------------------------

    def add_guild(
        self,
        guild_id: int | None = None,
        *,
        name: str = "Test Guild",
        owner_id: int | None = None,
        preferred_locale: str = "en-US",
    ) -> Guild:
        """Create a guild the bot is in (with @everyone, a bot role and the bot member)."""
        gid = guild_id if guild_id is not None else self.new_id()
        if owner_id is None:
            owner = User(self.new_id(), "guild-owner")
            self.users[owner.id] = owner
            owner_id = owner.id
        guild = Guild(id=gid, name=name, owner_id=owner_id, preferred_locale=preferred_locale)
        guild.roles[gid] = Role(id=gid, guild_id=gid, name="@everyone", permissions=0)
        bot_role = Role(
            id=self.new_id(),
            guild_id=gid,
            name=self.bot_user.name,
            permissions=DEFAULT_BOT_PERMISSIONS,
            position=1,
            managed=True,
        )
        guild.roles[bot_role.id] = bot_role
        guild.bot_role_id = bot_role.id
        guild.members[self.bot_user_id] = Member(
            id=self.bot_user_id,
            guild_id=gid,
            name=self.bot_user.name,
            permissions=DEFAULT_BOT_PERMISSIONS,
            roles=[bot_role.id],
            bot=True,
            joined_at=self.iso_now(),
        )
        if owner_id in self.users and owner_id != self.bot_user_id:
            owner_user = self.users[owner_id]
            guild.members[owner_id] = Member(
                id=owner_id, guild_id=gid, name=owner_user.name, joined_at=self.iso_now()
            )
        self.guilds[gid] = guild
        self.events.setdefault(gid, {})
        # A server joined after READY comes without "unavailable" (READY's servers come with
        # "unavailable": false): discord.py tells them apart as guild_join / guild_available.
        joined = self.guild_create_payload(guild)
        del joined["unavailable"]
        self._dispatch("GUILD_CREATE", joined)
        return guild

    def remove_guild(self, guild_id: int) -> None:
        """The bot leaves (or is kicked from) a server: GUILD_DELETE without ``unavailable``."""
        guild = self.guild(guild_id)
        del self.guilds[guild_id]
        for channel in guild.channels.values():
            channel.deleted = True
        self._dispatch("GUILD_DELETE", {"id": str(guild_id)})

    def make_unavailable(self, guild_id: int) -> None:
        """A server's outage: GUILD_DELETE with ``unavailable`` (the bot is still in it)."""
        self.guild(guild_id)
        self._dispatch("GUILD_DELETE", {"id": str(guild_id), "unavailable": True})

    def add_channel(
        self,
        guild_id: int,
        *,
        channel_id: int | None = None,
        name: str = "general",
        type: int = 0,
        bot_can_send: bool = True,
    ) -> Channel:
        guild = self.guild(guild_id)
        cid = channel_id if channel_id is not None else self.new_id()
        overwrites = []
        if not bot_can_send:
            overwrites = [
                overwrite(guild.bot_role_id, 0, deny=SEND_MESSAGES),
                overwrite(self.bot_user_id, 1, deny=SEND_MESSAGES),
            ]
        channel = Channel(
            id=cid,
            guild_id=guild_id,
            name=name,
            type=type,
            position=len(guild.channels),
            permission_overwrites=overwrites,
        )
        guild.channels[cid] = channel
        self.channels[cid] = channel
        self._dispatch("CHANNEL_CREATE", channel.payload())
        return channel

    def set_bot_can_send(self, channel_id: int, can_send: bool) -> None:
        """A moderator edits the channel: the bot may (not) send messages there any more."""
        channel = self.channels[channel_id]
        assert channel.guild_id is not None
        guild = self.guild(channel.guild_id)
        targets = {str(guild.bot_role_id), str(self.bot_user_id)}
        kept = [o for o in channel.permission_overwrites if o["id"] not in targets]
        if not can_send:
            kept += [
                overwrite(guild.bot_role_id, 0, deny=SEND_MESSAGES),
                overwrite(self.bot_user_id, 1, deny=SEND_MESSAGES),
            ]
        channel.permission_overwrites = kept
        self._dispatch("CHANNEL_UPDATE", channel.payload())

    def delete_channel(self, channel_id: int) -> None:
        channel = self.channels[channel_id]
        channel.deleted = True
        if channel.guild_id is not None:
            self.guilds[channel.guild_id].channels.pop(channel_id, None)
            self._dispatch("CHANNEL_DELETE", channel.payload())

    def add_member(
        self,
        guild_id: int,
        user_id: int | None = None,
        *,
        name: str = "member",
        permissions: int = DEFAULT_MEMBER_PERMISSIONS,
        roles: Sequence[int] = (),
        bot: bool = False,
        dm_open: bool = True,
    ) -> Member:
        """Add a member (and its user). ``permissions`` is what interactions report for it."""
        guild = self.guild(guild_id)
        uid = user_id if user_id is not None else self.new_id()
        user = self.users.get(uid)
        if user is None:
            user = User(uid, name, bot=bot, dm_open=dm_open)
            self.users[uid] = user
        else:
            user.dm_open = dm_open
        member = Member(
            id=uid,
            guild_id=guild_id,
            name=name,
            permissions=permissions,
            roles=list(roles),
            bot=bot,
            joined_at=self.iso_now(),
            dm_open=dm_open,
        )
        guild.members[uid] = member
        self._dispatch("GUILD_MEMBER_ADD", member.payload(user) | {"guild_id": str(guild_id)})
        return member

    def remove_member(self, guild_id: int, user_id: int) -> None:
        """A member leaves (or is kicked from) a server. Discord tells a bot of it only with
        the privileged GUILD_MEMBERS intent, so nothing is dispatched: the bot learns it
        when it asks (GET .../members/ID answers 10007 Unknown Member)."""
        del self.guild(guild_id).members[user_id]

    def add_user(
        self, user_id: int | None = None, *, name: str = "user", dm_open: bool = True
    ) -> User:
        """A user who shares no guild with the bot (for DM interactions)."""
        uid = user_id if user_id is not None else self.new_id()
        user = User(uid, name, dm_open=dm_open)
        self.users[uid] = user
        return user

    def add_role(
        self, guild_id: int, *, role_id: int | None = None, name: str, permissions: int = 0
    ) -> Role:
        guild = self.guild(guild_id)
        rid = role_id if role_id is not None else self.new_id()
        role = Role(
            id=rid, guild_id=guild_id, name=name, permissions=permissions, position=len(guild.roles)
        )
        guild.roles[rid] = role
        self._dispatch("GUILD_ROLE_CREATE", {"guild_id": str(guild_id), "role": role.payload()})
        return role

    def set_bot_permissions(self, guild_id: int, permissions: int) -> None:
        """Set the bot's guild permissions (held by its managed role; @everyone has none)."""
        guild = self.guild(guild_id)
        role = guild.roles[guild.bot_role_id]
        role.permissions = permissions
        guild.members[self.bot_user_id].permissions = permissions
        self._dispatch("GUILD_ROLE_UPDATE", {"guild_id": str(guild_id), "role": role.payload()})

    # -- inspection ------------------------------------------------------------------------

    def commands(self, guild_id: int | None = None) -> list[dict[str, Any]]:
        """Last synced command definitions (global when ``guild_id`` is None)."""
        if guild_id is None:
            return list(self.global_commands)
        return list(self.guild_commands.get(guild_id, []))

    def channel_messages(self, channel_id: int) -> list[dict[str, Any]]:
        """Messages currently visible in a channel, oldest first (ephemeral ones excluded)."""
        return [self.messages[i] for i in self.channel_order.get(channel_id, [])]

    def dm_messages(self, user_id: int) -> list[dict[str, Any]]:
        channel_id = self.dm_channels.get(user_id)
        return [] if channel_id is None else self.channel_messages(channel_id)
