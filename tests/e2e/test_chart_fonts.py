"""Start-up says once when charts cannot be labelled in Chinese, and the chart then falls back."""

from __future__ import annotations

import logging

import pytest

from bot import charts
from tests.support.harness import Harness


async def test_start_up_reports_a_missing_cjk_font_once(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    h = harness
    monkeypatch.setattr(charts, "cjk_family", lambda: None)
    with caplog.at_level(logging.WARNING, logger="bot.charts"):
        await h.restart()
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
    with caplog.at_level(logging.WARNING, logger="bot.charts"):
        await harness.restart()
    assert [r for r in caplog.records if r.name == "bot.charts"] == []
