"""A broken benchmark data file stops the bot at start-up, naming the file and the tier."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bot.main
from bot.benchmarks import BenchmarkLibrary


def broken_seed() -> dict[str, str]:
    seed = json.loads(BenchmarkLibrary.load().get("tiktok-er-guide").model_dump_json())
    seed["tiers"][2]["min"] = 25_000  # a gap between tier 2 (ends 20,000) and tier 3
    return {"tiktok-er-guide.json": json.dumps(seed)}


def test_a_gapped_file_stops_python_m_bot_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = broken_seed()
    monkeypatch.setattr(BenchmarkLibrary, "load", classmethod(lambda cls: cls.from_texts(texts)))
    monkeypatch.setattr(bot.main, "configure_logging", lambda level, **_: None)
    monkeypatch.setenv("DISCORD_TOKEN", "a-token-that-is-never-used")
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "bot.sqlite3"))
    monkeypatch.chdir(tmp_path)  # no .env from the working tree
    assert bot.main.run([]) == 2
    stderr = capsys.readouterr().err
    assert "CreatorPulse cannot start" in stderr
    assert "benchmark file tiktok-er-guide.json" in stderr
    assert "gap between tier 2 (ends 20000) and tier 3 (starts 25000)" in stderr
    assert "Traceback" not in stderr


def test_the_shipped_files_load() -> None:
    library = BenchmarkLibrary.load()
    assert set(library.names()) >= {"tiktok-er-guide", "modash-2025", "imh", "imf-2025"}
