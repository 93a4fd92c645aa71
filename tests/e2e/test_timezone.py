"""/timezone set and /timezone show, driven as members would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.support.harness import Harness


def zone_of(harness: Harness, member_id: int) -> str | None:
    rows = harness.rows(
        "SELECT timezone FROM members WHERE guild_id = ? AND user_id = ?",
        (harness.guild.id, member_id),
    )
    return rows[0]["timezone"] if rows else None


async def test_set_by_city_stores_the_iana_name_and_shows_local_time(harness: Harness) -> None:
    result = await harness.slash(harness.alice, "timezone set", {"zone": "Oslo"})
    assert result.ephemeral
    # Monday 2026-11-23 12:00 UTC is 13:00 in Oslo (UTC+01:00 in winter).
    assert "Europe/Oslo" in result.text
    assert "UTC+01:00" in result.text
    assert "1:00\u202fPM" in result.text
    assert "Monday" in result.text
    assert zone_of(harness, harness.alice.id) == "Europe/Oslo"
    stamp = harness.rows("SELECT timezone_updated_at FROM members")[0]["timezone_updated_at"]
    assert stamp == int(harness.clock.now().timestamp())


async def test_set_in_chinese_and_norwegian(harness: Harness) -> None:
    result = await harness.slash(harness.alice, "timezone set", {"zone": "北京"}, locale="zh-CN")
    assert "Asia/Shanghai" in result.text
    assert "时区已设为" in result.text
    assert "20:00" in result.text
    assert zone_of(harness, harness.alice.id) == "Asia/Shanghai"
    result = await harness.slash(harness.bob, "timezone set", {"zone": "Norge"}, locale="no")
    assert "Tidssonen din er nå" in result.text
    assert "13:00" in result.text
    assert zone_of(harness, harness.bob.id) == "Europe/Oslo"


async def test_summer_offset_follows_dst(harness: Harness) -> None:

    await harness.clock.set(datetime(2026, 7, 1, 12, 0, tzinfo=UTC))
    result = await harness.slash(harness.alice, "timezone set", {"zone": "Europe/Oslo"})
    assert "UTC+02:00" in result.text
    assert "2:00\u202fPM" in result.text


async def test_unknown_zone_is_refused_and_nothing_changes(harness: Harness) -> None:
    await harness.slash(harness.alice, "timezone set", {"zone": "Oslo"})
    result = await harness.slash(harness.alice, "timezone set", {"zone": "Xyzzyland"})
    assert result.ephemeral
    assert "don't know the timezone" in result.text
    assert zone_of(harness, harness.alice.id) == "Europe/Oslo"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("CET", {"Europe/Oslo", "Europe/Berlin"}),
        ("PST", {"America/Los_Angeles"}),
        ("UTC+8", {"Asia/Shanghai", "Asia/Singapore"}),
    ],
)
async def test_abbreviation_offers_a_menu_and_never_guesses(
    harness: Harness, typed: str, expected: set[str]
) -> None:
    result = await harness.slash(harness.alice, "timezone set", {"zone": typed})
    assert result.ephemeral
    assert "won't guess" in result.text
    assert zone_of(harness, harness.alice.id) is None
    selects = [c for c in _components(result.components) if c.get("type") == 3]
    assert len(selects) == 1
    options = [o["value"] for o in selects[0]["options"]]
    assert 1 <= len(options) <= 25
    assert expected <= set(options)
    assert all("UTC" in o["description"] for o in selects[0]["options"])


async def test_picking_from_the_menu_sets_the_zone(harness: Harness) -> None:
    result = await harness.slash(harness.alice, "timezone set", {"zone": "CET"}, locale="no")
    select = next(c for c in _components(result.components) if c.get("type") == 3)
    assert select["placeholder"] == "Velg tidssonen din"
    picked = await harness.click(
        harness.alice, result.message, select["custom_id"], values=["Europe/Oslo"], locale="no"
    )
    assert "Europe/Oslo" in picked.text
    assert "Tidssonen din er nå" in picked.text
    assert zone_of(harness, harness.alice.id) == "Europe/Oslo"
    assert not picked.components  # the menu is gone


async def test_only_the_asker_may_pick(harness: Harness) -> None:
    result = await harness.slash(harness.alice, "timezone set", {"zone": "CET"})
    select = next(c for c in _components(result.components) if c.get("type") == 3)
    other = await harness.click(
        harness.bob, result.message, select["custom_id"], values=["Europe/Oslo"]
    )
    assert other.ephemeral
    assert "Only the member who ran the command" in other.text
    assert harness.rows("SELECT * FROM members") == []


async def test_autocomplete_is_bounded_and_labelled(harness: Harness) -> None:
    choices = await harness.autocomplete(harness.alice, "timezone set", {"zone": "os"}, "zone")
    assert 1 <= len(choices) <= 25
    oslo = next(c for c in choices if c["value"] == "Europe/Oslo")
    assert oslo["name"] == "Europe/Oslo — UTC+01:00, now 1:00\u202fPM"  # the reader's clock
    norsk = await harness.autocomplete(
        harness.alice, "timezone set", {"zone": "os"}, "zone", locale="no"
    )
    assert next(c for c in norsk if c["value"] == "Europe/Oslo")["name"].endswith("13:00")
    empty = await harness.autocomplete(harness.alice, "timezone set", {"zone": ""}, "zone")
    assert 1 <= len(empty) <= 25
    assert empty[0]["value"] == "Europe/Oslo"
    broad = await harness.autocomplete(harness.alice, "timezone set", {"zone": "a"}, "zone")
    assert len(broad) == 25
    city = await harness.autocomplete(harness.alice, "timezone set", {"zone": "São Pa"}, "zone")
    assert city[0]["value"] == "America/Sao_Paulo"


async def test_show_own_and_others(harness: Harness) -> None:
    mine = await harness.slash(harness.alice, "timezone show")
    assert mine.ephemeral
    assert "/timezone set" in mine.text
    await harness.slash(harness.bob, "timezone set", {"zone": "New York"})
    theirs = await harness.slash(harness.alice, "timezone show", {"member": harness.bob.id})
    assert not theirs.ephemeral
    assert f"<@{harness.bob.id}>" in theirs.text
    assert "America/New_York" in theirs.text
    assert "UTC-05:00" in theirs.text
    assert "7:00\u202fAM" in theirs.text
    nobody = await harness.slash(harness.bob, "timezone show", {"member": harness.alice.id})
    assert "hasn't set a timezone" in nobody.text
    own = await harness.slash(harness.bob, "timezone show", locale="zh-CN")
    assert "你的时区是" in own.text
    assert "07:00" in own.text


def _components(components: list[dict]) -> list[dict]:
    out: list[dict] = []
    for comp in components:
        out.append(comp)
        out.extend(_components(comp.get("components") or []))
    return out


async def test_the_menu_times_out_and_disables_itself(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    # The bot imported its own copy of the module (extensions are reloaded on restart).
    cog = harness.bot.get_cog("TimezoneCog")
    assert cog is not None
    views = sys.modules[type(cog).__module__.rsplit(".", 1)[0] + ".views"]
    monkeypatch.setattr(views, "PICK_TIMEOUT", 0.1)
    since = len(harness.emu.requests)
    result = await harness.slash(harness.alice, "timezone set", {"zone": "PST"})
    await harness.emu.wait_for(
        lambda r: r.method == "PATCH" and r.path.endswith("/messages/@original"), since=since
    )
    message = harness.emu.messages[int(result.message["id"])]
    select = next(c for c in _components(message["components"]) if c.get("type") == 3)
    assert select.get("disabled") is True
    assert zone_of(harness, harness.alice.id) is None


@pytest.mark.parametrize(
    ("locale", "now"),
    [("zh-CN", "现在 13:00"), ("no", "nå 13:00"), ("en-US", "now 1:00\u202fPM")],
)
async def test_autocomplete_labels_speak_the_members_language(
    harness: Harness, locale: str, now: str
) -> None:
    choices = await harness.autocomplete(
        harness.alice, "timezone set", {"zone": "奥斯陆"}, "zone", locale=locale
    )
    assert choices[0]["value"] == "Europe/Oslo"
    assert now in choices[0]["name"]  # 12:00 UTC is 13:00 in Oslo in November


async def test_autocomplete_labels_follow_the_clock_minute_by_minute(harness: Harness) -> None:
    async def oslo_label() -> str:
        choices = await harness.autocomplete(
            harness.alice, "timezone set", {"zone": "oslo"}, "zone", locale="no"
        )
        return str(next(c for c in choices if c["value"] == "Europe/Oslo")["name"])

    start = harness.clock.now()
    assert (await oslo_label()).endswith("nå 13:00")
    await harness.clock.set(start + timedelta(seconds=59))
    assert (await oslo_label()).endswith("nå 13:00")
    await harness.clock.set(start + timedelta(minutes=1))
    assert (await oslo_label()).endswith("nå 13:01")
    # Across the change to summer time: the offset and the time move together.
    await harness.clock.set(datetime(2027, 3, 28, 0, 59, tzinfo=UTC))
    assert (await oslo_label()).endswith("UTC+01:00, nå 01:59")
    await harness.clock.set(datetime(2027, 3, 28, 1, 0, tzinfo=UTC))
    assert (await oslo_label()).endswith("UTC+02:00, nå 03:00")


async def test_autocomplete_for_an_abbreviation_offers_only_its_zones(harness: Harness) -> None:
    choices = await harness.autocomplete(harness.alice, "timezone set", {"zone": "EST"}, "zone")
    values = [c["value"] for c in choices]
    assert values[0] == "America/New_York"
    assert not {"Europe/Tallinn", "Africa/El_Aaiun", "Asia/Dili"} & set(values)
