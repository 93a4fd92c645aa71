"""The /live stats chart: viewers (bars) and new followers (line) per LIVE, group LIVEs hatched.

Built with ``matplotlib.figure.Figure`` (never pyplot) so ``bot.render.render_png`` can
draw it in the render process; matplotlib is imported when a chart is drawn, never by the
bot process that only describes it. Pure: no discord, no clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.charts import LATIN_FAMILY

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WIDTH_IN, HEIGHT_IN = 8.0, 4.2
VIEWERS = "#25a4c4"  # TikTok cyan
FOLLOWERS = "#fe2c55"  # TikTok red


@dataclass(frozen=True)
class Point:
    label: str  # the LIVE's date in the reader's language
    viewers: int | None
    new_followers: int | None
    group: bool


@dataclass(frozen=True)
class StatsText:
    title: str
    viewers: str
    followers: str
    solo: str
    group: str
    font_family: str | None = None


def draw_stats(points: Sequence[Point], text: StatsText) -> Figure:
    """A Figure of the LIVEs in ``points`` (oldest first); rendered off the event loop."""
    from matplotlib import font_manager
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN))
    axes = figure.add_subplot()
    right = axes.twinx()
    font = {"family": [text.font_family, LATIN_FAMILY]} if text.font_family else None
    xs = list(range(len(points)))
    bars = axes.bar(xs, [p.viewers or 0 for p in points], color=VIEWERS, alpha=0.75)
    for bar, point in zip(bars, points, strict=True):
        if point.group:
            bar.set_hatch("//")
            bar.set_edgecolor("white")
    followed = [(x, p.new_followers) for x, p in zip(xs, points, strict=True)]
    known = [(x, f) for x, f in followed if f is not None]
    if known:
        right.plot(
            [x for x, _ in known], [f for _, f in known], color=FOLLOWERS, linewidth=2, zorder=3
        )
        for group in (False, True):
            mine = [(x, f) for x, f in known if points[x].group is group]
            right.scatter(
                [x for x, _ in mine],
                [f for _, f in mine],
                marker="D" if group else "o",
                color=FOLLOWERS,
                zorder=4,
            )
    step = max(1, len(points) // 10)
    axes.set_xticks(xs[::step], [p.label for p in points][::step])
    if text.font_family:
        axes.tick_params(axis="x", labelfontfamily=text.font_family)
    axes.set_ylim(bottom=0, top=max([p.viewers or 0 for p in points] + [1]) * 1.15)
    right.set_ylim(bottom=0, top=max([f for _, f in known] + [1]) * 1.15)
    axes.set_title(text.title, fontdict=font)
    axes.set_ylabel(text.viewers, fontdict=font, color=VIEWERS)
    right.set_ylabel(text.followers, fontdict=font, color=FOLLOWERS)
    axes.grid(True, axis="y", alpha=0.3)
    handles = [
        Patch(facecolor=VIEWERS, alpha=0.75, label=text.solo),
        Patch(facecolor=VIEWERS, alpha=0.75, hatch="//", edgecolor="white", label=text.group),
    ]
    prop = (
        font_manager.FontProperties(family=[text.font_family, LATIN_FAMILY], size="small")
        if text.font_family
        else None
    )
    axes.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.1),
        ncols=2,
        frameon=False,
        prop=prop,
        fontsize="small",
    )
    return figure
