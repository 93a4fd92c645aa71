"""World objects of the emulator (guilds, channels, roles, members) and their payloads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Permission bits (https://discord.com/developers/docs/topics/permissions)
CREATE_INSTANT_INVITE = 1 << 0
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
CHANGE_NICKNAME = 1 << 26
MANAGE_ROLES = 1 << 28
USE_APPLICATION_COMMANDS = 1 << 31
MANAGE_EVENTS = 1 << 33
MANAGE_THREADS = 1 << 34
CREATE_PUBLIC_THREADS = 1 << 35
SEND_MESSAGES_IN_THREADS = 1 << 38
CREATE_EVENTS = 1 << 44
ALL_PERMISSIONS = (1 << 51) - 1

DEFAULT_MEMBER_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | READ_MESSAGE_HISTORY
    | EMBED_LINKS
    | ATTACH_FILES
    | ADD_REACTIONS
    | USE_EXTERNAL_EMOJIS
    | CHANGE_NICKNAME
    | USE_APPLICATION_COMMANDS
    | SEND_MESSAGES_IN_THREADS
)

# No ADMINISTRATOR bit: channel overwrites must keep working for the bot.
DEFAULT_BOT_PERMISSIONS = (
    DEFAULT_MEMBER_PERMISSIONS
    | CREATE_INSTANT_INVITE
    | MANAGE_MESSAGES
    | MANAGE_THREADS
    | CREATE_PUBLIC_THREADS
    | MANAGE_EVENTS
    | CREATE_EVENTS
)


@dataclass
class User:
    id: int
    name: str
    bot: bool = False
    dm_open: bool = True

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name,
            "discriminator": "0",
            "global_name": self.name,
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
            "flags": 0,
        }


@dataclass
class Role:
    id: int
    guild_id: int
    name: str
    permissions: int = 0
    position: int = 0
    managed: bool = False

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": self.managed,
            "mentionable": False,
            "flags": 0,
        }
        return data


@dataclass
class Channel:
    id: int
    guild_id: int | None
    name: str
    type: int = 0
    position: int = 0
    permission_overwrites: list[dict[str, Any]] = field(default_factory=list)
    recipient_id: int | None = None  # DM channels
    deleted: bool = False

    def payload(self, users: dict[int, User] | None = None) -> dict[str, Any]:
        if self.guild_id is None:
            recipients = []
            if users is not None and self.recipient_id in users:
                recipients.append(users[self.recipient_id].payload())
            return {
                "id": str(self.id),
                "type": self.type,
                "last_message_id": None,
                "flags": 0,
                "recipients": recipients,
            }
        data: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "position": self.position,
            "permission_overwrites": self.permission_overwrites,
            "parent_id": None,
            "nsfw": False,
            "flags": 0,
        }
        if self.type in (0, 5):
            data.update(topic=None, last_message_id=None, rate_limit_per_user=0)
        if self.type in (2, 13):
            data.update(bitrate=64000, user_limit=0, rtc_region=None)
        return data


@dataclass
class Member:
    id: int
    guild_id: int
    name: str
    permissions: int = DEFAULT_MEMBER_PERMISSIONS
    roles: list[int] = field(default_factory=list)
    bot: bool = False
    dm_open: bool = True
    joined_at: str = field(kw_only=True)  # ISO-8601, from the emulator's clock

    def payload(self, user: User, *, with_permissions: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "user": user.payload(),
            "nick": None,
            "avatar": None,
            "roles": [str(r) for r in self.roles],
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_permissions is not None:
            data["permissions"] = str(with_permissions)
        return data


@dataclass
class Guild:
    id: int
    name: str
    owner_id: int
    preferred_locale: str = "en-US"
    roles: dict[int, Role] = field(default_factory=dict)
    channels: dict[int, Channel] = field(default_factory=dict)
    members: dict[int, Member] = field(default_factory=dict)
    bot_role_id: int = 0

    @property
    def everyone(self) -> Role:
        return self.roles[self.id]

    def base_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": self.preferred_locale,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "features": [],
            "roles": [r.payload() for r in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "max_members": 500000,
            "max_video_channel_users": 25,
            "premium_progress_bar_enabled": False,
        }


def overwrite(target_id: int, kind: int, *, allow: int = 0, deny: int = 0) -> dict[str, Any]:
    """A permission overwrite payload (kind 0 = role, 1 = member)."""
    return {"id": str(target_id), "type": kind, "allow": str(allow), "deny": str(deny)}


def channel_permissions(guild: Guild, member: Member, channel: Channel) -> int:
    """Discord's permission algorithm: base role permissions, then overwrites."""
    if member.id == guild.owner_id:
        return ALL_PERMISSIONS
    base = guild.everyone.permissions
    for role_id in member.roles:
        role = guild.roles.get(role_id)
        if role is not None:
            base |= role.permissions
    if base & ADMINISTRATOR:
        return ALL_PERMISSIONS
    perms = base
    by_id = {(int(o["id"]), o["type"]): o for o in channel.permission_overwrites}
    everyone = by_id.get((guild.id, 0))
    if everyone is not None:
        perms = (perms & ~int(everyone["deny"])) | int(everyone["allow"])
    allow = deny = 0
    for role_id in member.roles:
        ow = by_id.get((role_id, 0))
        if ow is not None:
            allow |= int(ow["allow"])
            deny |= int(ow["deny"])
    perms = (perms & ~deny) | allow
    ow = by_id.get((member.id, 1))
    if ow is not None:
        perms = (perms & ~int(ow["deny"])) | int(ow["allow"])
    if not perms & VIEW_CHANNEL:
        return 0
    return perms


def guild_permissions(guild: Guild, member: Member) -> int:
    if member.id == guild.owner_id:
        return ALL_PERMISSIONS
    perms = guild.everyone.permissions
    for role_id in member.roles:
        role = guild.roles.get(role_id)
        if role is not None:
            perms |= role.permissions
    return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms
