"""No message the bot sends can ping @everyone, @here or a role, whatever members type."""

from __future__ import annotations

from typing import Any

from tests.e2e.live_support import button_id, set_channel, set_zone
from tests.support.harness import Harness

PINGS = "@everyone @here <@&{role}>"


def message_bodies(h: Harness) -> list[tuple[str, dict[str, Any]]]:
    """Every message body the bot sent: posts, edits, interaction answers, followups."""
    found = []
    for request in h.emu.requests:
        body = request.json
        if not isinstance(body, dict) or request.method not in ("POST", "PATCH"):
            continue
        if request.path.endswith("/callback"):
            body = body.get("data") or {}
            if "content" not in body and "embeds" not in body:
                continue  # a defer, an autocomplete or a modal
        elif not ("/messages" in request.path or "/webhooks/" in request.path):
            continue
        found.append((f"{request.method} {request.path}", body))
    return found


def can_ping_everyone_or_roles(body: dict[str, Any]) -> bool:
    mentions = body.get("allowed_mentions")
    if mentions is None:  # Discord's default parses every mention in the content
        return True
    return bool({"everyone", "roles"} & set(mentions.get("parse") or [])) or bool(
        mentions.get("roles")
    )


async def test_user_text_full_of_pings_never_pings(harness: Harness) -> None:
    h = harness
    role = h.emu.add_role(h.guild.id, name="creators")
    pings = PINGS.format(role=role.id)
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_channel(h, h.channel.id)
    await h.slash(h.alice, "profile set", {"tiktok": pings})
    await h.slash(h.alice, "timezone set", {"zone": pings})
    await h.slash(h.alice, "post log", {"video": pings})
    await h.slash(h.alice, "benchmark lookup", {"followers": "12K", "set": pings})
    await h.slash(
        h.alice,
        "er views",
        {"views": pings[:32], "likes": "1", "comments": "1", "shares": "1", "saves": "1"},
    )
    preview = await h.slash(
        h.mod,
        "live schedule",
        {"title": pings[:100], "when": "2026-12-03 20:00", "description": pings, "host1": h.bob.id},
    )
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    [announcement] = h.emu.channel_messages(h.channel.id)
    await h.click(h.alice, announcement, "live:rsvp:1:going")
    await h.slash(h.mod, "live reschedule", {"live": 1, "when": "2026-12-04 20:00"})
    bodies = message_bodies(h)
    assert len(bodies) >= 10
    unsafe = [where for where, body in bodies if can_ping_everyone_or_roles(body)]
    assert unsafe == []
