"""Start-up says once when charts cannot be labelled in Chinese, and the chart then falls back;
a font installed later is found at the next start."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from pathlib import Path

import pytest

from bot import charts
from sandbox.emulator import DiscordEmulator
from tests.e2e.test_process import bot_env
from tests.support.clock import DEFAULT_NOW, ManualClock
from tests.support.fonts import build_cjk_font
from tests.support.harness import Harness


async def test_start_up_reports_a_missing_cjk_font_once(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    h = harness
    monkeypatch.setattr(charts, "cjk_family", lambda: None)
    # The first start says which font it found once the font list is known, at the latest
    # while it stops: only what the second start says counts.
    await h.stop()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.charts"):
        await h.start()
    reports = [r for r in caplog.records if r.name == "bot.charts"]
    assert len(reports) == 1
    assert "fonts-noto-cjk" in reports[0].getMessage()
    # The streak calendar is still drawn for a Chinese-speaking member.
    r = await h.slash(h.alice, "streak show", locale="zh-CN")
    assert r.files and r.files[0][1].startswith(b"\x89PNG")


async def test_start_up_is_quiet_when_a_cjk_font_is_installed(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(charts, "cjk_family", lambda: "Noto Sans CJK SC")
    await harness.stop()  # the first start's own report is said by then
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.charts"):
        await harness.start()
    assert [r for r in caplog.records if r.name == "bot.charts"] == []


async def run_until_ready(tmp_path: Path, env: dict[str, str], zh_chart: bool = False) -> str:
    """``python -m bot`` against a fresh emulator until it is connected (and, if asked, has
    drawn a Chinese member's streak calendar), then SIGTERM; its log."""
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        guild = emu.add_guild(name="Creators")
        emu.add_channel(guild.id)
        member = emu.add_member(guild.id, name="li")
        env = {
            **env,
            "DISCORD_TOKEN": emu.token,
            "DISCORD_API_BASE_URL": emu.api_base_url,
            "DISCORD_GATEWAY_URL": emu.gateway_url,
        }
        process = await asyncio.create_subprocess_exec(
            # --sync: each run has a fresh emulator, which must learn the commands again
            sys.executable,
            "-m",
            "bot",
            "--sync",
            cwd=tmp_path,
            env=env,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await emu.wait_for(
                lambda r: r.method == "PUT" and r.path.endswith("/commands"), timeout=60
            )
            await emu.wait_until_connected(60)
            if zh_chart:
                result = await emu.slash(guild.id, member.id, "streak show", locale="zh-CN")
                assert result.files and result.files[0][1].startswith(b"\x89PNG")
            process.send_signal(signal.SIGTERM)
            _out, stderr = await asyncio.wait_for(process.communicate(), 60)
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
    log = stderr.decode()
    assert process.returncode == 0, log
    return log


async def test_a_cjk_font_installed_after_the_first_start_is_used_after_a_restart(
    tmp_path: Path,
) -> None:
    # matplotlib's font list is cached under MPLCONFIGDIR; fonts a user installs for
    # themselves go to $XDG_DATA_HOME/fonts, where matplotlib looks too.
    fonts = tmp_path / "share" / "fonts"
    fonts.mkdir(parents=True)
    env = bot_env(
        tmp_path, MPLCONFIGDIR=str(tmp_path / "matplotlib"), XDG_DATA_HOME=str(tmp_path / "share")
    )
    first = await run_until_ready(tmp_path, env)
    had_one = "no font with Chinese glyphs" not in first  # the machine may have one already

    # The operator installs a font with Chinese glyphs and restarts the bot.
    build_cjk_font(fonts / "TestSansCJK.ttf", "Noto Sans CJK SC")
    second = await run_until_ready(tmp_path, env, zh_chart=True)
    assert "no font with Chinese glyphs" not in second, second
    assert "TestSansCJK.ttf" in second  # the new file was found, and the font list rebuilt
    assert "Chinese chart labels use Noto Sans CJK SC" in second
    # The chart process drew the labels in that font: no fallback, no missing glyph.
    assert "findfont" not in second
    assert "missing from font" not in second
    if not had_one:
        assert "Chinese chart labels use" not in first

    # A third start with nothing new installed does not rebuild the list again.
    third = await run_until_ready(tmp_path, env)
    assert "TestSansCJK.ttf" not in third
    assert "Chinese chart labels use Noto Sans CJK SC" in third
