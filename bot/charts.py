"""Rendering matplotlib figures to PNG off the event loop."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display; must precede pyplot's import anywhere in the process

from matplotlib.figure import Figure

PNG_DPI = 110


def figure_to_png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=PNG_DPI, bbox_inches="tight")
    return buffer.getvalue()


async def render_png(draw: Callable[..., Figure], /, *args: Any, **kwargs: Any) -> bytes:
    """Run ``draw(*args, **kwargs)`` (which builds a Figure) in a worker thread; return PNG bytes.

    ``draw`` must create its own ``matplotlib.figure.Figure`` (not pyplot), so figures
    in different threads never share state.
    """

    def work() -> bytes:
        return figure_to_png(draw(*args, **kwargs))

    return await asyncio.to_thread(work)
