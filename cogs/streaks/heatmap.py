"""The posting calendar: a GitHub-style grid of days × weeks in the creator's timezone.

Built with ``matplotlib.figure.Figure`` (never pyplot) so ``bot.render.render_png`` can
draw it in the render process; matplotlib is imported when a calendar is drawn. The day
cells are one collection (a patch per cell costs a draw call per cell). Text on the chart is language-neutral (dates as numbers)
except the weekday and legend labels the caller passes, with the font that draws them
(``bot.charts.chart_font``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from datetime import date
from typing import TYPE_CHECKING

from bot.charts import LATIN_FAMILY

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WEEKS_SHOWN = 26
_EMPTY = "#ebedf0"
_SHADES = ("#9be9a8", "#40c463", "#30a14e", "#216e39")  # 1, 2, 3, 4+ posts a day
_KEPT = "#25f4ee"  # TikTok cyan outline
_FROZEN = "#6fa8dc"
_TODAY = "#fe2c55"


def _shade(posts: int) -> str:
    if posts <= 0:
        return _EMPTY
    return _SHADES[min(posts, len(_SHADES)) - 1]


def draw_heatmap(
    day_counts: Mapping[int, int],
    current_week: int,
    today: int,
    kept: Set[int],
    frozen: Set[int],
    weekday_labels: Sequence[str],
    legend_labels: Sequence[str] = ("post", "goal met", "freeze"),
    weeks: int = WEEKS_SHOWN,
    font_family: str | None = None,
) -> Figure:
    """``weeks`` columns ending with ``current_week`` (keys are Monday ordinals)."""
    from matplotlib.collections import PatchCollection
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import Rectangle

    first = current_week - 7 * (weeks - 1)
    figure = Figure(figsize=(0.32 * weeks + 1.2, 2.9))
    axes = figure.add_subplot()
    cells: list[Rectangle] = []
    outlines: list[Rectangle] = []
    for column in range(weeks):
        week = first + 7 * column
        if week in frozen:
            axes.add_patch(
                Rectangle(
                    (column - 0.5, -0.5),
                    1,
                    7,
                    facecolor=_FROZEN,
                    alpha=0.25,
                    hatch="//",
                    edgecolor=_FROZEN,
                    linewidth=0,
                )
            )
        for row in range(7):
            day = week + row
            if day > today:
                continue
            cells.append(
                Rectangle(
                    (column - 0.4, row - 0.4),
                    0.8,
                    0.8,
                    facecolor=_shade(day_counts.get(day, 0)),
                    edgecolor=_TODAY if day == today else "none",
                    linewidth=1.2,
                )
            )
        if week in kept:
            outlines.append(
                Rectangle(
                    (column - 0.48, -0.48), 0.96, 6.96, fill=False, edgecolor=_KEPT, linewidth=1.6
                )
            )
    # Drawn in this order over the frozen weeks' shading, as separate patches were.
    for patches in (cells, outlines):
        if patches:
            axes.add_collection(PatchCollection(patches, match_original=True), autolim=False)
    axes.set_xlim(-0.6, weeks - 0.4)
    axes.set_ylim(6.6, -0.6)
    axes.set_aspect("equal")
    axes.set_yticks(range(7))
    families = [font_family, LATIN_FAMILY] if font_family else [LATIN_FAMILY]
    axes.set_yticklabels(list(weekday_labels)[:7], fontsize=7, fontfamily=families)
    ticks = [c for c in range(weeks) if (weeks - 1 - c) % 4 == 0]  # ends on this week
    axes.set_xticks(ticks)
    axes.set_xticklabels(
        [date.fromordinal(first + 7 * c).strftime("%m-%d") for c in ticks], fontsize=7
    )
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    legend = [
        Rectangle((0, 0), 1, 1, facecolor=_SHADES[1]),
        Rectangle((0, 0), 1, 1, fill=False, edgecolor=_KEPT, linewidth=1.6),
        Rectangle((0, 0), 1, 1, facecolor=_FROZEN, alpha=0.4, hatch="//"),
    ]
    axes.legend(
        legend,
        list(legend_labels)[:3],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        ncol=3,
        prop=FontProperties(family=families, size=7),
        frameon=False,
    )
    # The margins tight_layout would pick (the grid's height decides its size; the saved
    # PNG is cropped to what is drawn), set directly: tight_layout costs a draw of its own.
    figure.subplots_adjust(left=0.06, right=0.98, bottom=0.18, top=0.95)
    return figure
