"""The token is never in a log record (at any level, any library), a reply or an error."""

from __future__ import annotations

import json
import logging
import traceback

from tests.support.harness import Harness


class Everything(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += "".join(traceback.format_exception(record.exc_info[1]))
        self.texts.append(text)


async def test_the_token_never_leaves_the_authorization_header(probe_harness: Harness) -> None:
    h = probe_harness
    handler = Everything()
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("", "discord", "aiosqlite")}
    root.addHandler(handler)
    for name in levels:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        await h.restart()  # login, IDENTIFY and the sync check, all logged at DEBUG
        await h.slash(h.alice, "about")
        with h.expect_errors():
            await h.slash(h.alice, "probe boom")
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
    token = h.emu.token
    assert len(handler.texts) > 20
    assert not [text for text in handler.texts if token in text]
    bodies = [json.dumps(r.json) for r in h.emu.requests if r.json is not None]
    assert bodies
    assert not [body for body in bodies if token in body]
    assert not [r.path for r in h.emu.requests if token in r.path]
