"""`python -m bot sandbox` and `python -m bot` without a token, as a newcomer runs them."""

from __future__ import annotations

import asyncio
import contextlib
import os
import pty
import re
import select
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sandbox.demo import ANNOUNCEMENTS, member
from tests.e2e.test_process import bot_env, children_of, group_processes, still_there
from tests.support.sandbox import page_client

# The sandbox always keeps its own SQLite file.
pytestmark = pytest.mark.sqlite_only

URL = re.compile(r"open (http://127\.0\.0\.1:\d+)")
ER_VIEWS = {"views": "50000", "likes": "4500", "comments": "300", "shares": "200"}


async def start_sandbox(tmp_path: Path, *args: str) -> tuple[asyncio.subprocess.Process, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "sandbox",
        "--port",
        "0",
        *args,
        cwd=tmp_path,
        env=bot_env(tmp_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert process.stdout is not None
    line = (await asyncio.wait_for(process.stdout.readline(), 60)).decode()
    found = URL.search(line)
    if found is None:
        process.kill()
        _out, err = await process.communicate()
        raise AssertionError(f"no address in {line!r}; stderr: {err.decode()[-2000:]}")
    return process, found[1]


async def stop(process: asyncio.subprocess.Process) -> str:
    process.send_signal(signal.SIGTERM)
    _out, err = await asyncio.wait_for(process.communicate(), 30)
    return err.decode()


def count(database: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(database)) as raw:
        return int(raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


async def test_the_sandbox_serves_the_demo_server_and_stops_on_sigterm(tmp_path: Path) -> None:
    process, url = await start_sandbox(tmp_path)
    try:
        async with page_client(url) as http:
            page = await (await http.get(url + "/")).text()
            state = await (await http.get(url + "/api/state")).json()
    finally:
        if process.returncode is None:
            log = await stop(process)
    assert process.returncode == 0, log
    assert "<title>CreatorPulse sandbox</title>" in page
    assert state["guild"]["name"] == "Creator Lounge"
    assert [m["name"] for m in state["members"]] == ["Ola", "Li", "Ana", "Sam", "Noor", "Kari"]
    assert {c["name"] for c in state["commands"]} >= {"er", "live", "timezone", "streak"}
    assert [e["name"] for e in state["events"]] == ["Group LIVE: growing together"]
    database = tmp_path / "data" / "sandbox.sqlite3"
    assert count(database, "er_results") > 20
    assert count(database, "lives") == 1
    assert not (tmp_path / "data" / "creatorpulse.sqlite3").exists()  # never the bot's own

    # --reset --empty: the same server, none of the history.
    process, url = await start_sandbox(tmp_path, "--reset", "--empty")
    try:
        async with page_client(url) as http:
            state = await (await http.get(url + "/api/state")).json()
    finally:
        log = await stop(process)
    assert process.returncode == 0, log
    assert state["events"] == [] and state["messages"] == []
    assert count(database, "er_results") == 0


def port_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def run_at_a_terminal(tmp_path: Path, env: dict[str, str], wait_for: str) -> tuple[int, str]:
    """`python -m bot` with a terminal for stdin and stdout; stopped once ``wait_for`` shows."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=env,
        stdin=follower,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    seen = b""
    deadline = time.monotonic() + 60
    try:
        while wait_for.encode() not in seen and process.poll() is None:
            if time.monotonic() > deadline:
                break
            ready, _, _ = select.select([leader], [], [], 0.5)
            if ready:
                with contextlib.suppress(OSError):
                    seen += os.read(leader, 65536)
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        code = process.wait(30)
        with contextlib.suppress(OSError):
            while select.select([leader], [], [], 0.2)[0]:
                chunk = os.read(leader, 65536)
                if not chunk:
                    break
                seen += chunk
    finally:
        if process.poll() is None:
            process.kill()
        os.close(leader)
    return code, seen.decode(errors="replace")


def test_without_a_token_at_a_terminal_the_sandbox_starts(tmp_path: Path) -> None:
    if not port_free(8765):
        pytest.skip("port 8765 is taken on this machine")
    env = {k: v for k, v in bot_env(tmp_path).items() if k != "CI"}
    code, output = run_at_a_terminal(tmp_path, env, "and start it again.")
    text = " ".join(output.split())
    assert (
        "DISCORD_TOKEN is not set, so CreatorPulse started its offline sandbox: "
        "open http://127.0.0.1:8765" in text
    ), output
    assert "discord.com/developers/applications" in text
    assert code == 0, output
    assert (tmp_path / "data" / "sandbox.sqlite3").exists()


def test_without_a_token_in_ci_a_terminal_still_exits_2(tmp_path: Path) -> None:
    code, output = run_at_a_terminal(tmp_path, bot_env(tmp_path, CI="true"), "never shown")
    assert code == 2
    assert "CreatorPulse cannot start: DISCORD_TOKEN is not set" in " ".join(output.split())
    assert not (tmp_path / "data").exists()


async def test_ctrl_c_after_a_chart_stops_the_sandbox_without_a_traceback(tmp_path: Path) -> None:
    # Its own process group, as a shell gives it: Ctrl+C reaches every process of the group.
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "sandbox",
        "--port",
        "0",
        cwd=tmp_path,
        env=bot_env(tmp_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), 60)).decode()
        found = URL.search(line)
        assert found is not None, line
        async with page_client(found[1]) as http:
            answer = await http.post(
                found[1] + "/api/command",
                json={"member": str(member("Ola").id), "command": "streak show", "options": {}},
            )
            assert answer.status == 200, await answer.text()
        renderers = [
            pid for pid, command in group_processes(process.pid).items() if "spawn_main" in command
        ]
        assert renderers, group_processes(process.pid)  # the calendar was drawn
        os.killpg(process.pid, signal.SIGINT)
        _out, err = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            os.killpg(process.pid, signal.SIGKILL)
            await process.wait()
    log = err.decode()
    assert process.returncode == 0, log
    assert "Traceback" not in log
    assert "KeyboardInterrupt" not in log
    assert still_there(renderers) == []


def going_of(message: dict[str, object]) -> str:
    for row in message["components"]:  # type: ignore[attr-defined]
        for button in row["components"]:
            if str(button.get("custom_id", "")).endswith(":going"):
                return str(button["custom_id"])
    raise AssertionError("no Going button")


async def test_a_restart_without_reset_keeps_the_local_discord_with_the_database(
    tmp_path: Path,
) -> None:
    process, url = await start_sandbox(tmp_path)
    try:
        async with page_client(url) as http:
            first = await (await http.get(url + "/api/state")).json()
    finally:
        log = await stop(process)
    assert process.returncode == 0, log
    [announcement] = [
        m for m in first["messages"] if m["channel_id"] == str(ANNOUNCEMENTS) and m["components"]
    ]

    process, url = await start_sandbox(tmp_path)  # no --reset: the same sandbox again
    try:
        async with page_client(url) as http:
            again = await (await http.get(url + "/api/state")).json()
            # Ana says Going under the announcement of the first run: it still works.
            answer = await http.post(
                url + "/api/click",
                json={
                    "member": str(member("Ana").id),
                    "message": announcement["id"],
                    "custom_id": going_of(announcement),
                },
            )
            assert answer.status == 200, await answer.text()
    finally:
        log = await stop(process)
    assert process.returncode == 0, log
    assert [e["id"] for e in again["events"]] == [e["id"] for e in first["events"]]
    assert announcement["id"] in {m["id"] for m in again["messages"]}
    assert again["clock"]["now"] >= first["clock"]["now"]
    database = tmp_path / "data" / "sandbox.sqlite3"
    assert count(database, "lives") == 1
    assert count(database, "live_rsvps") == 4  # the demo's three, and Ana's


async def test_a_sandbox_killed_is_started_afresh_discord_and_database_together(
    tmp_path: Path,
) -> None:
    process, url = await start_sandbox(tmp_path)
    async with page_client(url) as http:
        answer = await http.post(
            url + "/api/command",
            json={"member": str(member("Ana").id), "command": "er views", "options": ER_VIEWS},
        )
        assert answer.status == 200
    helpers = children_of(process.pid)  # the render process (started once ready)
    process.kill()  # no clean stop: the local Discord is not saved
    # A killed sandbox leaves nothing running: the processes it started notice and end.
    deadline = time.monotonic() + 15
    while still_there(helpers) and time.monotonic() < deadline:  # noqa: ASYNC110 - /proc polled
        await asyncio.sleep(0.1)
    assert still_there(helpers) == [], {pid: f"/proc/{pid}" for pid in still_there(helpers)}
    await asyncio.wait_for(process.wait(), 10)
    database = tmp_path / "data" / "sandbox.sqlite3"
    seeded = count(database, "er_results")

    process, url = await start_sandbox(tmp_path)
    try:
        async with page_client(url) as http:
            state = await (await http.get(url + "/api/state")).json()
    finally:
        log = await stop(process)
    assert "starts afresh" in log
    # Both afresh: the demo's LIVE in the database, its event and announcement in Discord.
    assert count(database, "lives") == 1
    assert count(database, "er_results") == seeded - 1  # Ana's result went with the rest
    assert [e["name"] for e in state["events"]] == ["Group LIVE: growing together"]
    assert [m for m in state["messages"] if m["channel_id"] == str(ANNOUNCEMENTS)]
