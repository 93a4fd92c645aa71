"""What a bot on SQLite without a web server imports at start: not PostgreSQL's driver, nor
the metrics library (each costs start-up time and memory only their users should pay)."""

from __future__ import annotations

import subprocess
import sys


def test_a_sqlite_bot_without_a_web_server_imports_neither_asyncpg_nor_prometheus() -> None:
    script = (
        "import sys\n"
        "import bot.main, bot.client, storage\n"
        "from bot.features import feature_packages\n"
        "import importlib\n"
        "for name in feature_packages():\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('asyncpg', 'prometheus_client'))))\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter on fixed code
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout
