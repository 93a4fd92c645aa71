"""`python -m bot` with DATABASE_URL, as an operator runs it: every way the PostgreSQL
setting can be wrong is one line and exit status 2 (never the password), one bot process
per database, and backups pointed at pg_dump."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from sandbox.emulator import DiscordEmulator
from tests.e2e.test_process import bot_env, run_bot
from tests.support.clock import DEFAULT_NOW, ManualClock
from tests.support.databases import (
    admin_url,
    drop_postgres_database,
    new_postgres_database,
)

pytestmark = pytest.mark.postgres_only


@pytest.fixture
async def database() -> AsyncIterator[str]:
    url = await new_postgres_database()
    yield url
    await drop_postgres_database(url)


def one_line(stderr: str) -> str:
    """The one line that says what is wrong (log records of the start before it aside)."""
    lines = [line for line in stderr.splitlines() if line.strip() and not line[:4].isdigit()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


async def test_nothing_answering_at_the_address_is_one_line(tmp_path: Path) -> None:
    url = "postgresql://creator:s3cret-pw@127.0.0.1:9/pulse"
    code, stderr = await run_bot(tmp_path, bot_env(tmp_path, DISCORD_TOKEN="x", DATABASE_URL=url))
    assert code == 2
    line = one_line(stderr)
    assert "PostgreSQL database pulse at 127.0.0.1:9" in line and "is PostgreSQL running" in line
    assert "s3cret-pw" not in stderr


async def test_a_wrong_password_is_one_line(tmp_path: Path, database: str) -> None:
    admin = await asyncpg.connect(admin_url())
    try:
        await admin.execute("DROP ROLE IF EXISTS pulse_member")
        await admin.execute("CREATE ROLE pulse_member LOGIN PASSWORD 'the-right-one'")
    finally:
        await admin.close()
    name = database.rsplit("/", 1)[1]
    port = database.rsplit(":", 1)[1].split("/")[0]
    url = f"postgresql://pulse_member:not-the-one@127.0.0.1:{port}/{name}"
    code, stderr = await run_bot(tmp_path, bot_env(tmp_path, DISCORD_TOKEN="x", DATABASE_URL=url))
    assert code == 2
    line = one_line(stderr)
    assert "the password was refused" in line and f"127.0.0.1:{port}" in line
    assert "not-the-one" not in stderr


async def test_an_address_that_is_not_postgres_is_refused(tmp_path: Path) -> None:
    url = "mysql://creator:s3cret-pw@db:3306/pulse"
    code, stderr = await run_bot(tmp_path, bot_env(tmp_path, DISCORD_TOKEN="x", DATABASE_URL=url))
    assert code == 2
    assert "DATABASE_URL must be a PostgreSQL address" in stderr
    assert "s3cret-pw" not in stderr and "Traceback" not in stderr


async def test_a_database_of_a_newer_version_is_refused(tmp_path: Path, database: str) -> None:
    conn = await asyncpg.connect(database)
    try:
        await conn.execute("UPDATE creatorpulse_schema SET version = 999")
    finally:
        await conn.close()
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        env = bot_env(
            tmp_path,
            DISCORD_TOKEN=emu.token,
            DATABASE_URL=database,
            DISCORD_API_BASE_URL=emu.api_base_url,
            DISCORD_GATEWAY_URL=emu.gateway_url,
        )
        code, stderr = await run_bot(tmp_path, env)
    assert code == 2
    assert "schema version 999" in stderr and "newer version" in stderr
    assert "Traceback" not in stderr


async def test_backup_on_postgres_names_pg_dump_without_the_password(tmp_path: Path) -> None:
    url = "postgresql://creator:s3cret-pw@db.example:5433/pulse"
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "backup",
        str(tmp_path / "pulse.dump"),
        cwd=tmp_path,
        env=bot_env(tmp_path, DATABASE_URL=url),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await process.communicate()
    assert process.returncode == 2
    line = one_line(stdout.decode())
    assert (
        f"pg_dump --format=custom --file={tmp_path / 'pulse.dump'} --host=db.example --port=5433 "
        "--username=creator pulse"
    ) in line
    assert "s3cret-pw" not in stdout.decode() + stderr.decode()
    assert not (tmp_path / "pulse.dump").exists()


async def test_a_second_process_on_the_same_postgres_database_is_refused(
    tmp_path: Path, database: str
) -> None:
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        guild = emu.add_guild(name="Creators")
        emu.add_channel(guild.id)
        env = bot_env(
            tmp_path,
            DISCORD_TOKEN=emu.token,
            DATABASE_URL=database,
            DISCORD_API_BASE_URL=emu.api_base_url,
            DISCORD_GATEWAY_URL=emu.gateway_url,
        )
        first = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
        )
        try:
            await emu.wait_until_connected(30)
            code, stderr = await run_bot(tmp_path, env)
            assert code == 2
            line = one_line(stderr)
            assert "shard 0 is already run by another CreatorPulse on the PostgreSQL" in line
            assert f"pid {first.pid}" in line
            assert emu.gateway_sessions == 1  # the second one never logged in
            first.send_signal(signal.SIGTERM)
            await asyncio.wait_for(first.communicate(), 30)
        finally:
            if first.returncode is None:
                first.kill()
                await first.wait()
    assert first.returncode == 0
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        env["DISCORD_API_BASE_URL"] = emu.api_base_url
        env["DISCORD_GATEWAY_URL"] = emu.gateway_url
        again = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
        )
        try:
            await emu.wait_until_connected(30)
        finally:
            again.kill()  # kill -9: the server drops its lock with its connection
            await again.wait()
    # Started again after the kill: it gets as far as Discord (nothing answers at port 9).
    code, stderr = await run_bot(tmp_path, {**env, "DISCORD_API_BASE_URL": "http://127.0.0.1:9"})
    assert "already run" not in stderr
