"""/config: server managers set channels, reminders, the LIVE moderator role and language."""

from __future__ import annotations

import json

import pytest

from sandbox.emulator.models import (
    CREATE_EVENTS,
    DEFAULT_BOT_PERMISSIONS,
    EMBED_LINKS,
    MANAGE_EVENTS,
)
from tests.support.harness import Harness


def settings_row(harness: Harness) -> dict | None:
    rows = harness.rows("SELECT * FROM guild_settings WHERE guild_id = ?", (harness.guild.id,))
    return rows[0] if rows else None


async def test_config_is_hidden_from_members_by_default(harness: Harness) -> None:
    config = next(c for c in harness.emu.commands() if c["name"] == "config")
    assert int(config["default_member_permissions"]) == 1 << 5  # Manage Server
    with pytest.raises(AssertionError, match="Discord hides it"):
        await harness.slash(harness.alice, "config show")


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("config show", {}),
        ("config channel", {"kind": "live", "channel": "CHANNEL"}),
        ("config reminders", {"offsets": "2h"}),
        ("config modrole", {}),
        ("config language", {"language": "no"}),
    ],
)
async def test_non_managers_are_refused_at_runtime_too(
    harness: Harness, command: str, options: dict
) -> None:
    values = {k: (harness.channel.id if v == "CHANNEL" else v) for k, v in options.items()}
    result = await harness.slash(harness.alice, command, values, allow_invalid=True, locale="no")
    assert result.ephemeral
    assert "Administrer server" in result.text
    assert "Ingenting ble endret" in result.text
    assert settings_row(harness) is None


async def test_channel_for_live_announcements_and_recaps(harness: Harness) -> None:
    recaps = harness.emu.add_channel(harness.guild.id, name="recaps")
    result = await harness.slash(
        harness.mod, "config channel", {"kind": "live", "channel": harness.channel.id}
    )
    assert result.ephemeral
    assert f"LIVE announcements will be posted in <#{harness.channel.id}>" in result.text
    assert "missing" not in result.text
    result = await harness.slash(
        harness.mod, "config channel", {"kind": "recap", "channel": recaps.id}, locale="zh-CN"
    )
    assert "连续记录总结将发布在" in result.text
    row = settings_row(harness)
    assert row is not None
    assert row["live_channel_id"] == harness.channel.id
    assert row["recap_channel_id"] == recaps.id


async def test_kind_choices_are_localised(harness: Harness) -> None:
    config = next(c for c in harness.emu.commands() if c["name"] == "config")
    channel = next(o for o in config["options"] if o["name"] == "channel")
    kind = next(o for o in channel["options"] if o["name"] == "kind")
    live = next(c for c in kind["choices"] if c["value"] == "live")
    assert live["name"] == "LIVE announcements"
    assert live["name_localizations"]["zh-CN"] == "直播公告"
    assert live["name_localizations"]["no"] == "LIVE-kunngjøringer"


async def test_a_channel_the_bot_cannot_post_in_is_accepted_with_a_warning(
    harness: Harness,
) -> None:
    closed = harness.emu.add_channel(harness.guild.id, name="closed", bot_can_send=False)
    result = await harness.slash(
        harness.mod, "config channel", {"kind": "live", "channel": closed.id}
    )
    assert result.ephemeral
    assert "Saved, but I can't post" in result.text
    # Without Send Messages, Discord also withholds Embed Links and Attach Files.
    assert "I'm missing Send Messages, Embed Links, Attach Files" in result.text
    assert "View Channel" not in result.text
    row = settings_row(harness)
    assert row is not None
    assert row["live_channel_id"] == closed.id
    shown = await harness.slash(harness.mod, "config show", locale="no")
    assert "Jeg mangler: Send meldinger" in shown.text


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("24h, 1h, 15m", [1440, 60, 15], "1 day, 1 hour, 15 minutes before"),
        ("15m,24h,1h", [1440, 60, 15], "1 day, 1 hour, 15 minutes"),
        ("7d", [10080], "7 days"),
        ("5m", [5], "5 minutes"),
        ("1h 30m; 2h", [120, 90], "2 hours, 1 hour 30 minutes"),
        ("1d, 12h, 2h, 30m, 10m", [1440, 720, 120, 30, 10], "12 hours"),
    ],
)
async def test_reminder_offsets(
    harness: Harness, typed: str, stored: list[int], shown: str
) -> None:
    result = await harness.slash(harness.mod, "config reminders", {"offsets": typed})
    assert result.ephemeral
    assert shown in result.text
    row = settings_row(harness)
    assert row is not None
    assert json.loads(row["reminder_offsets"]) == stored


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0m", "“0m” is out of range"),
        ("10d", "“10d” is out of range"),
        ("4m", "“4m” is out of range"),
        ("abc", "“abc” is not a reminder time"),
        ("1h, abc", "“abc” is not a reminder time"),
        ("1h, 2h, 3h, 4h, 5h, 6h", "6 reminder times; the most is 5"),
        (", ,", "Type 1 to 5 reminder times"),
    ],
)
async def test_bad_reminder_offsets_change_nothing(
    harness: Harness, typed: str, expected: str
) -> None:
    await harness.slash(harness.mod, "config reminders", {"offsets": "30m"})
    before = settings_row(harness)
    result = await harness.slash(harness.mod, "config reminders", {"offsets": typed})
    assert result.ephemeral
    assert expected in result.text
    assert settings_row(harness) == before


async def test_modrole_set_and_clear(harness: Harness) -> None:
    role = harness.emu.add_role(harness.guild.id, name="LIVE crew")
    result = await harness.slash(harness.mod, "config modrole", {"role": role.id})
    assert result.ephemeral
    assert f"<@&{role.id}>" in result.text
    row = settings_row(harness)
    assert row is not None
    assert row["mod_role_id"] == role.id
    shown = await harness.slash(harness.mod, "config show")
    assert f"<@&{role.id}>" in shown.text
    result = await harness.slash(harness.mod, "config modrole")
    assert "cleared" in result.text
    row = settings_row(harness)
    assert row is not None
    assert row["mod_role_id"] is None


async def test_everyone_cannot_be_the_modrole(harness: Harness) -> None:
    result = await harness.slash(harness.mod, "config modrole", {"role": harness.guild.id})
    assert result.ephemeral
    assert "@everyone can't be" in result.text
    assert settings_row(harness) is None


async def test_language_sets_the_fallback_for_unsupported_locales(harness: Harness) -> None:
    result = await harness.slash(harness.mod, "config language", {"language": "zh-CN"})
    assert "Server language: 简体中文" in result.text
    row = settings_row(harness)
    assert row is not None
    assert row["language"] == "zh-CN"
    # A member whose Discord speaks French now gets Chinese; an English one keeps English.
    french = await harness.slash(harness.alice, "timezone show", locale="fr")
    assert "你还没有设置时区" in french.text
    english = await harness.slash(harness.alice, "timezone show", locale="en-US")
    assert "You haven't set your timezone" in english.text
    result = await harness.slash(harness.mod, "config language", {"language": "member"})
    assert "Each member's Discord language" in result.text
    row = settings_row(harness)
    assert row is not None
    assert row["language"] is None
    french = await harness.slash(harness.alice, "timezone show", locale="fr")
    assert "You haven't set your timezone" in french.text


async def test_show_lists_everything_and_what_is_missing(harness: Harness) -> None:
    shown = await harness.slash(harness.mod, "config show")
    assert shown.ephemeral
    text = shown.text
    assert "Each member's Discord language" in text
    assert "Not set" in text
    assert "1 day, 15 minutes before" in text  # the defaults: 24 hours and 15 minutes
    assert "3 posts a week" in text
    assert "Widely shared TikTok ER guide" in text
    assert "I can create and manage events" in text

    gone = harness.emu.add_channel(harness.guild.id, name="old-lives")
    await harness.slash(harness.mod, "config channel", {"kind": "live", "channel": gone.id})
    await harness.slash(
        harness.mod, "config channel", {"kind": "recap", "channel": harness.channel.id}
    )
    harness.emu.delete_channel(gone.id)
    harness.emu.set_bot_permissions(
        harness.guild.id, DEFAULT_BOT_PERMISSIONS & ~(CREATE_EVENTS | MANAGE_EVENTS | EMBED_LINKS)
    )
    await harness.emu.wait_until_connected(5)
    shown = await harness.slash(harness.mod, "config show")
    text = shown.text
    assert f"(id {gone.id}) was deleted" in text
    assert f"<#{harness.channel.id}>" in text
    assert "I'm missing: Embed Links" in text
    assert "I'm missing: Create Events, Manage Events" in text


async def test_show_in_chinese(harness: Harness) -> None:
    shown = await harness.slash(harness.mod, "config show", locale="zh-CN")
    assert "CreatorPulse 设置" in shown.text
    assert "提前 1 天、15 分钟" in shown.text


@pytest.mark.parametrize("group", ["timezone", "profile", "config", "privacy"])
async def test_every_description_is_localised(harness: Harness, group: str) -> None:
    """These groups, their subcommands and options carry zh-CN and Norwegian descriptions."""
    command = next(c for c in harness.emu.commands() if c["name"] == group)
    # Data belongs to a server; /privacy also works in a DM (a member who left a server).
    assert command.get("contexts") in ([[0, 1]] if group == "privacy" else [None, [0]])
    pending = [command]
    seen = 0
    while pending:
        item = pending.pop()
        seen += 1
        localised = item.get("description_localizations") or {}
        assert item["description"], item["name"]
        for locale in ("zh-CN", "no"):
            assert localised.get(locale), f"{item['name']}: no {locale} description"
            assert localised[locale] != item["description"]
        pending.extend(item.get("options") or [])
    assert seen > 2
