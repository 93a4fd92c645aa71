"""The /er history chart: ER over time, one line per basis, the tier figure as a reference.

Built with ``matplotlib.figure.Figure`` (never pyplot) so it can be drawn in the render
process by ``bot.render.render_png`` (everything passed to it pickles); matplotlib is
imported when a chart is drawn. Pure: no discord, no clock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.charts import LATIN_FAMILY

if TYPE_CHECKING:
    from matplotlib import font_manager
    from matplotlib.figure import Figure

WIDTH_IN, HEIGHT_IN = 8.0, 4.2
COLOURS = {"views": "#25a4c4", "followers": "#fe2c55"}  # TikTok cyan and red
REFERENCE_COLOUR = "#7a7a7a"
MIN_SPAN = timedelta(days=6)  # a single day's points still get a readable date axis
# Past this span the date axis names months and years instead of days.
LONG_SPAN = timedelta(days=180)


@dataclass(frozen=True)
class Series:
    """One basis: its legend label and points (moment, rate in percent, outlier?)."""

    basis: str
    label: str
    points: Sequence[tuple[datetime, float, bool]]


@dataclass(frozen=True)
class Reference:
    """The tier figure to draw: an average (dashed line) or a band (shaded)."""

    label: str
    average: float | None = None
    low: float | None = None
    high: float | None = None


def plain_percent(value: float) -> str:
    return f"{value:.1f}%"


def plain_date(moment: datetime, skeleton: str) -> str:
    return moment.strftime("%b %d" if skeleton == "MMMd" else "%b %Y")


@dataclass(frozen=True)
class ChartText:
    title: str
    y_label: str
    outlier_label: str
    percent: Callable[[float], str] = plain_percent
    font_family: str | None = None
    # A date axis label from a moment and a CLDR skeleton ("MMMd", "yMMM"), in the
    # member's language.
    date: Callable[[datetime, str], str] = plain_date


def draw_history(series: Sequence[Series], reference: Reference | None, text: ChartText) -> Figure:
    """A Figure of the member's ER over time; the caller renders it off the event loop."""
    from matplotlib import font_manager, rcParams
    from matplotlib.dates import AutoDateLocator, date2num, num2date
    from matplotlib.figure import Figure
    from matplotlib.ticker import FixedLocator, FuncFormatter

    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN))
    axes = figure.add_subplot()
    font = {"family": [text.font_family, LATIN_FAMILY]} if text.font_family else {}
    outlier_drawn = False
    for line in series:
        if not line.points:
            continue
        ordered = sorted(line.points, key=lambda point: point[0])
        xs = [float(date2num(point[0])) for point in ordered]
        rates = [point[1] for point in ordered]
        colour = COLOURS.get(line.basis, "#333333")
        axes.plot(xs, rates, marker="o", linewidth=2, color=colour, label=line.label)
        flagged = [(float(date2num(m)), r) for m, r, outlier in ordered if outlier]
        if flagged:
            axes.scatter(
                [m for m, _ in flagged],
                [r for _, r in flagged],
                s=140,
                facecolors="none",
                edgecolors="#f0a500",
                linewidths=2,
                zorder=3,
                label=None if outlier_drawn else text.outlier_label,
            )
            outlier_drawn = True
    if reference is not None:
        if reference.low is not None and reference.high is not None:
            axes.axhspan(
                reference.low,
                reference.high,
                color=REFERENCE_COLOUR,
                alpha=0.18,
                label=reference.label,
            )
        elif reference.average is not None:
            axes.axhline(
                reference.average,
                color=REFERENCE_COLOUR,
                linestyle="--",
                linewidth=1.5,
                label=reference.label,
            )
    moments = [point[0] for line in series for point in line.points]
    if moments and max(moments) - min(moments) < MIN_SPAN:
        middle = min(moments) + (max(moments) - min(moments)) / 2
        axes.set_xlim(date2num(middle - MIN_SPAN / 2), date2num(middle + MIN_SPAN / 2))
    values = [point[1] for line in series for point in line.points]
    if reference is not None:
        values += [v for v in (reference.high, reference.average) if v is not None]
    highest = max(values, default=1.0)
    # The date ticks worked out once for the final x range: an AutoDateLocator left on the
    # axis works them out again at every layout pass of the drawing (a few dozen times).
    start, end = axes.get_xlim()
    locator = AutoDateLocator(minticks=3, maxticks=8)
    long_span = bool(moments) and max(moments) - min(moments) > LONG_SPAN
    skeleton = "yMMM" if long_span else "MMMd"

    def label(value: float) -> str:
        return text.date(num2date(value), skeleton)

    ticks = spaced_ticks(
        locator.tick_values(num2date(start), num2date(end)),
        label,
        (start, end),
        axes.get_position().width * WIDTH_IN,
        font_manager.FontProperties(
            family=text.font_family or rcParams["font.family"], size=rcParams["xtick.labelsize"]
        ),
    )
    axes.xaxis.set_major_locator(FixedLocator(ticks))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: label(value)))
    if text.font_family:
        axes.tick_params(axis="x", labelfontfamily=text.font_family)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: text.percent(value)))
    axes.set_ylim(bottom=0, top=max(highest, 0.1) * 1.15)
    axes.set_title(text.title, fontdict=font or None)
    axes.set_ylabel(text.y_label, fontdict=font or None)
    axes.grid(True, alpha=0.3)
    axes.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        ncols=2,
        frameon=False,
        prop=_legend_font(text),
        fontsize="small",
    )
    return figure


def spaced_ticks(
    values: Sequence[float],
    label: Callable[[float], str],
    span: tuple[float, float],
    width_inches: float,
    font: font_manager.FontProperties,
) -> list[float]:
    """The date ticks inside ``span`` whose labels keep at least an em between them.

    Day ticks restart at the 1st of a month, two days after the 29th: "11月29日" and
    "12月1日" then ran together. A tick whose label would come closer than an em to the
    one kept before it is left out (measured in the labels' own font).
    """
    from matplotlib.textpath import TextToPath

    measure = TextToPath()
    start, end = span
    points_per_unit = width_inches * 72 / (end - start) if end > start else 0.0
    gap = font.get_size_in_points()
    kept: list[float] = []
    last_right: float | None = None
    for value in values:
        if not start <= value <= end:
            continue  # outside the axis: never drawn
        width, _height, _descent = measure.get_text_width_height_descent(
            label(value), font, ismath=False
        )
        centre = (value - start) * points_per_unit
        if last_right is not None and centre - width / 2 - last_right < gap:
            continue
        kept.append(value)
        last_right = centre + width / 2
    return kept


def _legend_font(text: ChartText) -> font_manager.FontProperties | None:
    if not text.font_family:
        return None
    from matplotlib import font_manager

    return font_manager.FontProperties(family=[text.font_family, LATIN_FAMILY], size="small")
