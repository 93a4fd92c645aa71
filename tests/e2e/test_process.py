"""`python -m bot` as a self-hoster runs it: configuration errors, login, /about, SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from sandbox.emulator import DiscordEmulator
from tests.support.clock import DEFAULT_NOW, ManualClock

# The process's own start-up and configuration, once (tests/postgres has PostgreSQL's).
pytestmark = pytest.mark.sqlite_only


def bot_env(tmp_path: Path, **values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCORD_")}
    env.update({"DATABASE_PATH": str(tmp_path / "data" / "bot.sqlite3"), "LOG_LEVEL": "INFO"})
    env.update(values)
    return env


async def run_bot(tmp_path: Path, env: dict[str, str], limit: float = 30) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _stdout, stderr = await asyncio.wait_for(process.communicate(), limit)
    assert process.returncode is not None
    return process.returncode, stderr.decode()


@pytest.mark.parametrize("token", [None, "", "   "])
async def test_missing_token_explains_and_exits_2(tmp_path: Path, token: str | None) -> None:
    env = bot_env(tmp_path)
    if token is not None:
        env["DISCORD_TOKEN"] = token
    code, stderr = await run_bot(tmp_path, env)
    assert code == 2
    assert "DISCORD_TOKEN is not set" in stderr
    assert ".env" in stderr
    # Piped (`make run | tee log`) there is no terminal for the sandbox: say how to start it.
    assert "make sandbox" in " ".join(stderr.split())
    assert "Traceback" not in stderr


async def test_invalid_token_is_one_line_and_exit_2(tmp_path: Path) -> None:
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW), token="the-right-token") as emu:
        env = bot_env(
            tmp_path,
            DISCORD_TOKEN="a-wrong-token",
            DISCORD_API_BASE_URL=emu.api_base_url,
            DISCORD_GATEWAY_URL=emu.gateway_url,
        )
        code, stderr = await run_bot(tmp_path, env)
    assert code == 2
    assert "Discord refused DISCORD_TOKEN" in stderr
    assert "Traceback" not in stderr
    assert "a-wrong-token" not in stderr  # the secret is never printed


@pytest.mark.parametrize(
    ("values", "said"),
    [
        (
            {"TIKTOK_CLIENT_KEY": "awkey", "TIKTOK_CLIENT_SECRET": "the-app-secret"},
            "SECRET_KEY is not set",
        ),
        (
            {
                "TIKTOK_CLIENT_KEY": "awkey",
                "TIKTOK_CLIENT_SECRET": "the-app-secret",
                "SECRET_KEY": "too-short-secret",
            },
            "SECRET_KEY is shorter than 32 characters",
        ),
        (
            {"TIKTOK_CLIENT_SECRET": "the-app-secret"},
            "TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET go together",
        ),
    ],
)
async def test_tiktok_settings_that_cannot_work_are_one_line_and_exit_2(
    tmp_path: Path, values: dict[str, str], said: str
) -> None:
    env = bot_env(tmp_path, DISCORD_TOKEN="x", WEB_PORT="8080", **values)
    code, stderr = await run_bot(tmp_path, env)
    assert code == 2
    assert said in stderr and stderr.startswith("CreatorPulse cannot start: ")
    assert len(stderr.strip().splitlines()) == 1
    assert "the-app-secret" not in stderr and "too-short-secret" not in stderr
    assert not (tmp_path / "data").exists()  # refused before anything was opened


async def test_unusable_database_path_exits_2(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("a file where a folder should be")
    env = bot_env(
        tmp_path, DISCORD_TOKEN="x", DATABASE_PATH=str(tmp_path / "blocker" / "db.sqlite3")
    )
    code, stderr = await run_bot(tmp_path, env)
    assert code == 2
    assert "cannot create the folder" in stderr
    assert "Traceback" not in stderr


async def test_a_read_only_database_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "kept.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE t (x)")
    path.chmod(0o444)
    try:
        env = bot_env(tmp_path, DISCORD_TOKEN="x", DATABASE_PATH=str(path))
        code, stderr = await run_bot(tmp_path, env)
    finally:
        path.chmod(0o644)
    assert code == 2
    assert "read-only" in stderr and str(path) in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert "Traceback" not in stderr


async def test_database_from_a_newer_version_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 999")
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        env = bot_env(
            tmp_path,
            DISCORD_TOKEN=emu.token,
            DATABASE_PATH=str(path),
            DISCORD_API_BASE_URL=emu.api_base_url,
            DISCORD_GATEWAY_URL=emu.gateway_url,
        )
        code, stderr = await run_bot(tmp_path, env)
    assert code == 2
    assert "newer version" in stderr
    assert "Traceback" not in stderr


async def test_bad_log_level_is_a_configuration_error(tmp_path: Path) -> None:
    code, stderr = await run_bot(tmp_path, bot_env(tmp_path, DISCORD_TOKEN="x", LOG_LEVEL="LOUD"))
    assert code == 2
    assert "unknown log level" in stderr


async def test_runs_against_the_emulator_answers_and_stops_cleanly_on_sigterm(
    tmp_path: Path,
) -> None:
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        guild = emu.add_guild(name="Creators")
        emu.add_channel(guild.id)
        member = emu.add_member(guild.id, name="alice")
        env = bot_env(
            tmp_path,
            DISCORD_TOKEN=emu.token,
            DISCORD_API_BASE_URL=emu.api_base_url,
            DISCORD_GATEWAY_URL=emu.gateway_url,
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
        )
        try:
            await emu.wait_for(
                lambda r: r.method == "PUT" and r.path.endswith("/commands"), timeout=30
            )
            await emu.wait_until_connected(30)
            result = await emu.slash(guild.id, member.id, "about", locale="no")
            assert "Oppetid" in result.text
            process.send_signal(signal.SIGTERM)
            _out, stderr = await asyncio.wait_for(process.communicate(), 30)
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
    log = stderr.decode()
    assert process.returncode == 0, log
    assert "shut down cleanly" in log
    assert emu.token not in log  # the token is never logged
    database = tmp_path / "data" / "bot.sqlite3"
    with sqlite3.connect(database) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT count(*) FROM command_sync").fetchone()[0] == 1


async def test_a_second_process_on_the_same_database_is_refused(tmp_path: Path) -> None:
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        guild = emu.add_guild(name="Creators")
        emu.add_channel(guild.id)
        env = bot_env(
            tmp_path,
            DISCORD_TOKEN=emu.token,
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
            lines = [line for line in stderr.splitlines() if line.strip()]
            assert len(lines) == 1, stderr
            assert "already running on this database" in lines[0]
            assert f"pid {first.pid}" in lines[0]
            assert emu.gateway_sessions == 1  # the second one never logged in
            first.send_signal(signal.SIGTERM)
            await asyncio.wait_for(first.communicate(), 30)
        finally:
            if first.returncode is None:
                first.kill()
                await first.wait()
    assert first.returncode == 0
    # the first one is gone, lock and all: the next start is allowed again
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        env["DISCORD_API_BASE_URL"] = emu.api_base_url
        env["DISCORD_GATEWAY_URL"] = emu.gateway_url
        again = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
        )
        try:
            await emu.wait_until_connected(30)
        finally:
            again.kill()  # kill -9 leaves no stale lock either
            await again.wait()
    code, stderr = await run_bot(tmp_path, {**env, "DISCORD_API_BASE_URL": "http://127.0.0.1:9"})
    assert "already running" not in stderr


@pytest.mark.parametrize("token", ["abc\nX: 1", "abc\x00def", "two words", "tab\there"])
async def test_a_token_with_a_control_character_is_one_line_and_exit_2(
    tmp_path: Path, token: str
) -> None:
    if "\x00" in token:  # an environment variable cannot hold NUL; a .env file can
        (tmp_path / ".env").write_text(f"DISCORD_TOKEN={token}\n")
        env = bot_env(tmp_path)
    else:
        env = bot_env(tmp_path, DISCORD_TOKEN=token)
    code, stderr = await run_bot(tmp_path, env)
    assert code == 2
    assert stderr.strip().count("\n") == 0, stderr
    assert "control character" in stderr
    assert "Traceback" not in stderr
    assert token.split()[0] not in stderr


async def test_kill_9_during_a_burst_of_writes_loses_no_acknowledged_write(
    tmp_path: Path,
) -> None:
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        guild = emu.add_guild(name="Creators")
        emu.add_channel(guild.id)
        # More members than the bot can answer before the kill lands: the burst is still
        # going when it does, however fast the writes are.
        members = [emu.add_member(guild.id, name=f"m{i}") for i in range(2000)]
        env = bot_env(
            tmp_path,
            DISCORD_TOKEN=emu.token,
            DISCORD_API_BASE_URL=emu.api_base_url,
            DISCORD_GATEWAY_URL=emu.gateway_url,
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=tmp_path, env=env, stderr=asyncio.subprocess.DEVNULL
        )
        acknowledged: list[int] = []
        ten_saved = asyncio.Event()
        in_flight = asyncio.Semaphore(64)
        killed = False
        try:
            await emu.wait_for(
                lambda r: r.method == "PUT" and r.path.endswith("/commands"), timeout=30
            )
            await emu.wait_until_connected(30)

            async def one(member_id: int) -> None:
                async with in_flight:
                    if killed:
                        return
                    try:
                        result = await emu.slash(
                            guild.id, member_id, "timezone set", {"zone": "Asia/Tokyo"}, timeout=5
                        )
                    except (AssertionError, TimeoutError):
                        return  # never answered: the bot was killed first
                if "Asia/Tokyo" in result.text:
                    acknowledged.append(member_id)
                    if len(acknowledged) >= 10:
                        ten_saved.set()

            burst = [asyncio.ensure_future(one(m.id)) for m in members]
            await asyncio.wait_for(ten_saved.wait(), 30)
            process.kill()  # kill -9 in the middle of the burst
            killed = True
            await process.wait()
            await asyncio.gather(*burst)
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
    database = tmp_path / "data" / "bot.sqlite3"
    with sqlite3.connect(database) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        saved = {
            row[0]
            for row in raw.execute("SELECT user_id FROM members WHERE timezone = 'Asia/Tokyo'")
        }
    assert 10 <= len(acknowledged) < len(members)  # killed while writes were in flight
    assert set(acknowledged) <= saved  # every write a member was told about survived


def processes() -> dict[int, tuple[int, int, str]]:
    """Every process now: pid -> (parent pid, process group, command line) (Linux /proc)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue  # gone meanwhile
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (name) ": state, ppid, pgrp
        found[int(entry.name)] = (int(fields[1]), int(fields[2]), command)
    return found


def group_processes(group: int) -> dict[int, str]:
    """The processes of process group ``group`` now: pid -> command line."""
    return {pid: command for pid, (_, pgrp, command) in processes().items() if pgrp == group}


def children_of(parent: int) -> list[int]:
    """The processes whose parent is ``parent`` now."""
    return [pid for pid, (ppid, _, _) in processes().items() if ppid == parent]


def still_there(pids: list[int]) -> list[int]:
    """Those of ``pids`` that still exist (running, or exited and not reaped)."""
    return [pid for pid in pids if Path(f"/proc/{pid}").exists()]


async def test_ctrl_c_after_a_chart_stops_everything_without_a_traceback(tmp_path: Path) -> None:
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        guild = emu.add_guild(name="Creators")
        emu.add_channel(guild.id)
        member = emu.add_member(guild.id, name="alice")
        env = bot_env(
            tmp_path,
            DISCORD_TOKEN=emu.token,
            DISCORD_API_BASE_URL=emu.api_base_url,
            DISCORD_GATEWAY_URL=emu.gateway_url,
        )
        # Its own process group, as a shell gives a command it starts: Ctrl+C at a terminal
        # sends SIGINT to every process of the group, the chart processes included.
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=tmp_path,
            env=env,
            stderr=asyncio.subprocess.PIPE,
            start_new_session=True,
        )
        try:
            await emu.wait_until_connected(30)
            result = await emu.slash(guild.id, member.id, "streak show", timeout=30)
            assert result.files and result.files[0][1].startswith(b"\x89PNG")  # a chart drawn
            renderers = [
                pid
                for pid, command in group_processes(process.pid).items()
                if "spawn_main" in command
            ]
            assert renderers, group_processes(process.pid)
            os.killpg(process.pid, signal.SIGINT)
            _out, stderr = await asyncio.wait_for(process.communicate(), 30)
        finally:
            if process.returncode is None:
                os.killpg(process.pid, signal.SIGKILL)
                await process.wait()
    log = stderr.decode()
    assert process.returncode == 0, log
    assert "shut down cleanly" in log
    assert "Traceback" not in log
    assert "KeyboardInterrupt" not in log
    # The bot stopped its chart processes (and waited for them) before it exited.
    assert still_there(renderers) == []
