"""A local Discord emulator (REST + gateway) that the real, unmodified discord.py client logs into."""

from .models import (
    ADMINISTRATOR,
    ALL_PERMISSIONS,
    ATTACH_FILES,
    CREATE_EVENTS,
    DEFAULT_BOT_PERMISSIONS,
    DEFAULT_MEMBER_PERMISSIONS,
    EMBED_LINKS,
    MANAGE_EVENTS,
    MANAGE_GUILD,
    SEND_MESSAGES,
    USE_APPLICATION_COMMANDS,
    VIEW_CHANNEL,
    Channel,
    Guild,
    Member,
    Role,
    User,
)
from .results import ClientRefused, InteractionResult, RecordedRequest
from .runner import patched_discord_urls, run_client
from .server import DiscordEmulator
from .snowflake import snowflake_time

__all__ = [
    "ADMINISTRATOR",
    "ALL_PERMISSIONS",
    "ATTACH_FILES",
    "CREATE_EVENTS",
    "DEFAULT_BOT_PERMISSIONS",
    "DEFAULT_MEMBER_PERMISSIONS",
    "EMBED_LINKS",
    "MANAGE_EVENTS",
    "MANAGE_GUILD",
    "SEND_MESSAGES",
    "USE_APPLICATION_COMMANDS",
    "VIEW_CHANNEL",
    "Channel",
    "ClientRefused",
    "DiscordEmulator",
    "Guild",
    "InteractionResult",
    "Member",
    "RecordedRequest",
    "Role",
    "User",
    "patched_discord_urls",
    "run_client",
    "snowflake_time",
]
