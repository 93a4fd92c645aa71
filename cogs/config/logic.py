"""Pure helpers for /config: channels, languages and missing permissions (no discord, no clock)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# What the bot needs in a channel it posts LIVE announcements or streak recaps in.
CHANNEL_PERMISSIONS: tuple[str, ...] = (
    "view_channel",
    "send_messages",
    "embed_links",
    "attach_files",
)
# What the bot needs in the server to put LIVEs on Discord's event list.
GUILD_PERMISSIONS: tuple[str, ...] = ("create_events", "manage_events")

CHANNEL_KINDS: dict[str, str] = {"live": "live_channel_id", "recap": "recap_channel_id"}
LANGUAGES: tuple[str, ...] = ("en-US", "zh-CN", "no")
FOLLOW_MEMBERS = "member"  # the language choice that stores NULL


def missing_permissions(granted: Iterable[str], needed: Sequence[str]) -> list[str]:
    """The names in ``needed`` that are not in ``granted``, in ``needed``'s order."""
    have = set(granted)
    return [name for name in needed if name not in have]
