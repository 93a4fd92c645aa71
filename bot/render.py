"""The chart render processes: matplotlib figures drawn to PNG off the event loop.

Charts are drawn in worker processes, started ahead (``warm_up_renderer``) or with the
first chart: drawing holds the GIL for a hundred milliseconds or more, which in a thread
would stall the event loop. matplotlib is imported only there (and wherever a figure is
drawn directly), never when the bot loads. Which fonts they draw with is ``bot.charts``'s.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import gc
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from bot.charts import RENDER_NICENESS, figure_to_png, fonts_added

if TYPE_CHECKING:  # matplotlib is imported where a chart is drawn, not when the bot loads
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)


def _know_fonts(files: Iterable[str]) -> None:
    """In a render process: add to its font list the ``files`` it lacks. It is started
    beside the font child, and may have read the cached list before the child rebuilt it."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    listed = {font.fname for font in manager.ttflist}
    for file in files:
        if file not in listed:
            with contextlib.suppress(OSError, RuntimeError, ValueError):  # unreadable: skipped
                manager.addfont(file)  # (the child's rebuild skipped it too)


def _draw_png(
    draw: Callable[..., Figure],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    fonts: tuple[str, ...],
) -> bytes:
    """In the worker process: build the figure and encode it."""
    import matplotlib

    matplotlib.use("Agg")  # no display
    _know_fonts(fonts)
    return figure_to_png(draw(*args, **kwargs))


def _warm() -> None:
    """The worker's start: leave Ctrl+C to the bot, yield the CPU to it, and import what
    every chart needs before the first one is asked for.

    Ctrl+C at a terminal interrupts every process of the foreground group, this one too;
    the bot stops its render processes itself when it shuts down. SIGINT is blocked from
    the spawn on (``_spawning``), so none lands before it is ignored here.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):
        os.nice(RENDER_NICENESS)
    _follow_the_bot_out()
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.backends.backend_agg
    import matplotlib.figure
    import matplotlib.font_manager  # builds the font list the charts look fonts up in

    # One small drawing with a line and text, encoded: the first chart would otherwise load
    # the font file, the text layout, the Agg renderer and the PNG writer itself.
    figure = matplotlib.figure.Figure(figsize=(2, 1))
    axes = figure.add_subplot()
    axes.plot([0, 1], [0, 1])
    axes.set_title("CreatorPulse 0123")
    figure_to_png(figure)

    # What stays for the process's life (matplotlib, its font list) out of the collector's
    # scans: without this a full collection walks it in the middle of a chart (a fifth
    # of the drawing time, measured).
    gc.collect()
    gc.freeze()


def _follow_the_bot_out() -> None:
    """End this render process when the bot's process ends, however it ends.

    A bot killed with SIGKILL (or by the OOM killer) never shuts its pool down, and a
    worker waiting for work would wait for ever: it holds both ends of its own job queue.
    The parent's sentinel becomes readable the moment the parent is gone.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="follow-the-bot", daemon=True).start()


_pool: concurrent.futures.ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


# Render processes at most: one per core up to two. The pool starts a process only when
# a chart finds every started one busy, so a bot that draws one chart at a time has one.
RENDER_PROCESSES = max(1, min(2, os.cpu_count() or 1))


def _worker() -> concurrent.futures.ProcessPoolExecutor:
    """The render processes, started on first use ("spawn": a fresh interpreter, no copied
    threads or database connections)."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=RENDER_PROCESSES,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm,
            )
        return _pool


def _discard(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    global _pool
    with _pool_lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def shutdown_renderer(*, wait: bool = False) -> None:
    """Stop the render processes, if any were started (the next chart starts one again).

    ``wait``: until they have exited (a chart being drawn is finished first).
    """
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=wait, cancel_futures=True)


@contextlib.contextmanager
def _spawning() -> Iterator[None]:
    """SIGINT blocked in this thread while a render process may be started: the process
    inherits the mask and ignores SIGINT once it runs (``_warm``); a SIGINT that arrives
    for the bot meanwhile is delivered when the block ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _ready() -> None:
    """Nothing: asked of a render process only to have it started (and warmed)."""


async def warm_up_renderer() -> None:
    """Start a render process now, at its low priority, so the first chart a member asks for
    does not wait for Python, matplotlib and the font list to load (about a second)."""
    loop = asyncio.get_running_loop()
    with _spawning():
        started = loop.run_in_executor(_worker(), _ready)
    try:
        await started
    except BrokenProcessPool:
        log.warning("the chart process could not be started ahead; the first chart starts one")


async def render_png(draw: Callable[..., Figure], /, *args: Any, **kwargs: Any) -> bytes:
    """Run ``draw(*args, **kwargs)`` (which builds a Figure) in a render process; return PNG bytes.

    ``draw`` must be a module-level function that creates its own
    ``matplotlib.figure.Figure`` (not pyplot), and its arguments must pickle. A render
    process that died is replaced once.
    """
    loop = asyncio.get_running_loop()
    for attempt in range(2):
        pool = _worker()
        try:
            with _spawning():  # submitting may start a render process
                drawn = loop.run_in_executor(pool, _draw_png, draw, args, kwargs, fonts_added())
            return await drawn
        except BrokenProcessPool:
            _discard(pool)
            if attempt:
                raise
            log.warning("the chart process stopped; starting another")
    raise AssertionError("unreachable")
