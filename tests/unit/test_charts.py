"""Chart labels: weekdays in calendar order, fonts that can draw them, localised dates."""

from __future__ import annotations

import itertools
import logging
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bot import charts
from bot import render as render_processes
from bot.i18n import SUPPORTED_LOCALES, Catalog
from cogs.er import render
from cogs.er.chart import Series, draw_history
from cogs.streaks.heatmap import draw_heatmap
from cogs.streaks.logic import week_of_day
from cogs.streaks.streak_cog import chart_labels
from tests.support.fonts import build_cjk_font

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MONDAY = date(2026, 11, 23)


@pytest.fixture
def no_cjk_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charts, "cjk_family", lambda: None)


@pytest.fixture
def with_cjk_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charts, "cjk_family", lambda: "Noto Sans CJK SC")


@pytest.mark.parametrize("locale", ["en-US", "no"])
def test_calendar_rows_and_weekday_labels_both_start_on_monday(
    catalog: Catalog, locale: str, no_cjk_font: None
) -> None:
    t = catalog.messages(locale)
    days, _legend, family = chart_labels(t, catalog.messages("en-US"))
    # Row r of a week column is the day ``week + r``; a week key is its Monday.
    assert week_of_day(MONDAY.toordinal()) == MONDAY.toordinal()
    assert days == [t.weekday(MONDAY + timedelta(days=i), "short") for i in range(7)]
    assert family is None


def test_english_calendar_labels_read_mon_to_sun(catalog: Catalog, no_cjk_font: None) -> None:
    days, legend, _ = chart_labels(catalog.messages("en-US"), catalog.messages("en-US"))
    assert days == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert legend == ["post", "goal met", "freeze"]


def test_chinese_calendar_labels_need_a_cjk_font(catalog: Catalog, no_cjk_font: None) -> None:
    days, legend, family = chart_labels(catalog.messages("zh-CN"), catalog.messages("en-US"))
    assert days[0] == "Mon" and legend[1] == "goal met" and family is None


@pytest.mark.filterwarnings("ignore:Glyph")  # the font is named, not necessarily installed here
def test_chinese_calendar_labels_with_a_cjk_font(catalog: Catalog, with_cjk_font: None) -> None:
    days, legend, family = chart_labels(catalog.messages("zh-CN"), catalog.messages("en-US"))
    assert days == ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    assert legend == ["发布", "达成目标", "冻结卡"]
    assert family == "Noto Sans CJK SC"
    figure = draw_heatmap(
        {}, MONDAY.toordinal(), MONDAY.toordinal(), set(), set(), days, legend, font_family=family
    )
    [axes] = figure.axes
    assert [label.get_text() for label in axes.get_yticklabels()] == days
    assert axes.get_yticklabels()[0].get_fontfamily()[0] == "Noto Sans CJK SC"


@pytest.mark.parametrize(
    ("installed", "found"),
    [
        (["DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK SC"], "Noto Sans CJK SC"),
        (["DejaVu Sans", "Noto Sans CJK JP"], "Noto Sans CJK JP"),
        (["WenQuanYi Zen Hei"], "WenQuanYi Zen Hei"),
        (["Source Han Sans SC", "SimHei"], "Source Han Sans SC"),
        (["DejaVu Sans", "Liberation Sans"], None),
        ([], None),
    ],
)
def test_a_cjk_family_is_picked_from_the_installed_fonts(
    installed: list[str], found: str | None
) -> None:
    assert charts.pick_cjk_family(installed) == found


def test_a_missing_cjk_font_is_reported_with_how_to_install_one(
    no_cjk_font: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.charts"):
        charts.report_chart_fonts()
    [record] = caplog.records
    assert "fonts-noto-cjk" in record.getMessage()


def test_no_warning_when_a_cjk_font_is_installed(
    with_cjk_font: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.charts"):
        charts.report_chart_fonts()
    assert caplog.records == []


def test_a_render_process_started_before_the_font_list_was_rebuilt_learns_the_new_fonts(
    tmp_path: Path,
) -> None:
    # A render process is started beside the font child, and may read matplotlib's cached
    # font list before the child rebuilds it; the files the child found are passed with
    # each chart, and the process adds those it lacks, once.
    from matplotlib import font_manager

    manager = font_manager.fontManager
    family = "CreatorPulse Render Test CJK"
    font = str(build_cjk_font(tmp_path / "RenderTestCJK.ttf", family))
    unreadable = tmp_path / "broken.ttf"
    unreadable.write_bytes(b"not a font")
    before = list(manager.ttflist)
    try:
        wanted = font_manager.FontProperties(family=family)
        with pytest.raises(ValueError):
            manager.findfont(wanted, fallback_to_default=False)
        render_processes._know_fonts([font, str(unreadable)])
        assert manager.findfont(wanted, fallback_to_default=False) == font
        known = len(manager.ttflist)
        render_processes._know_fonts([font])
        assert len(manager.ttflist) == known
    finally:
        manager.ttflist[:] = before
        manager._findfont_cached.cache_clear()


def december_series() -> list[Series]:
    start = datetime(2026, 12, 1, 12, tzinfo=UTC)
    points = [(start + timedelta(days=3 * i), 4.0 + i, False) for i in range(6)]
    return [Series(basis="views", label="x", points=points)]


@pytest.mark.filterwarnings("ignore:Glyph")
@pytest.mark.parametrize(("locale", "month"), [("en-US", "Dec"), ("no", "des."), ("zh-CN", "12月")])
def test_history_chart_dates_are_in_the_members_language(
    catalog: Catalog, locale: str, month: str, with_cjk_font: None
) -> None:
    t = catalog.messages(locale)
    figure = draw_history(december_series(), None, render.chart_text(t))
    figure.canvas.draw()
    [axes] = figure.axes
    labels = [label.get_text() for label in axes.get_xticklabels() if label.get_text()]
    assert labels and all(month in label for label in labels), labels
    assert not any("Dec" in label for label in labels) or locale == "en-US"


def test_every_locale_has_calendar_labels(catalog: Catalog, with_cjk_font: None) -> None:
    for locale in SUPPORTED_LOCALES:
        days, legend, _ = chart_labels(catalog.messages(locale), catalog.messages("en-US"))
        assert len(days) == 7 and len(set(days)) == 7 and len(legend) == 3


def test_the_bot_process_never_imports_matplotlib() -> None:
    """Only the render process draws: importing every module of the bot (as loading the
    cogs does) must not pull in matplotlib, which alone costs about 40 MiB and most of a
    second of start-up; nor the calendar libraries only some servers use (2 MiB each)."""
    script = (
        "import importlib, pkgutil, sys\n"
        "for package in ('bot', 'cogs', 'storage'):\n"
        "    root = importlib.import_module(package)\n"
        "    for info in pkgutil.walk_packages(root.__path__, package + '.'):\n"
        "        if not info.name.endswith('__main__'):\n"
        "            importlib.import_module(info.name)\n"
        "heavy = ('matplotlib', 'PIL', 'numpy', 'icalendar', 'aiohttp.web', 'cryptography')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter on fixed code
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout


TEST_CJK_FAMILY = "CreatorPulse Test CJK"


@pytest.fixture(scope="module")
def real_cjk_font(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A font with Chinese glyphs that matplotlib measures and draws (built for the test)."""
    from matplotlib import font_manager

    path = build_cjk_font(tmp_path_factory.mktemp("fonts") / "test-cjk.ttf", TEST_CJK_FAMILY)
    font_manager.fontManager.addfont(str(path))
    return TEST_CJK_FAMILY


def overlapping_date_labels(figure: Figure) -> list[tuple[str, str]]:
    """Neighbouring x-axis labels drawn closer than half their font size apart: they read
    as one ("11月29日12月1日")."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    [axes] = figure.axes
    left, right = axes.bbox.x0, axes.bbox.x1
    boxes = [
        (label.get_text(), label.get_window_extent(renderer))
        for label in axes.get_xticklabels()
        if label.get_text() and left - 1 <= (label.get_window_extent(renderer).x0) <= right + 1
    ]
    size = axes.get_xticklabels()[0].get_fontsize() * figure.dpi / 72  # points to pixels
    return [
        (a, b)
        for (a, box_a), (b, box_b) in itertools.pairwise(boxes)
        if box_b.x0 - box_a.x1 < size / 2
    ]


@pytest.mark.parametrize(("days", "step"), [(6, 1), (12, 2), (14, 2), (20, 3), (45, 5)])
@pytest.mark.parametrize("locale", ["zh-CN", "en-US", "no"])
def test_history_chart_date_labels_never_run_into_each_other(
    catalog: Catalog, real_cjk_font: str, locale: str, days: int, step: int
) -> None:
    # Late November into December: the day-of-month ticks restart at 1 two days after the
    # 29th, where "11月29日" ran into "12月1日".
    start = datetime(2026, 11, 20, 12, tzinfo=UTC)
    points = [
        (start + timedelta(days=step * i), 4.0 + i % 3, False) for i in range(days // step + 1)
    ]
    text = render.chart_text(catalog.messages(locale))
    if locale == "zh-CN":  # as the bot draws it: Chinese labels in a font with their glyphs
        text = replace(text, font_family=real_cjk_font)
    figure = draw_history([Series(basis="views", label="x", points=points)], None, text)
    assert overlapping_date_labels(figure) == []
    [axes] = figure.axes
    assert len([label for label in axes.get_xticklabels() if label.get_text()]) >= 3
