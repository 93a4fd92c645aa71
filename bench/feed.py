"""The calendar feed under load, and what members feel meanwhile.

    python bench/feed.py                       # 500 LIVEs, 8 feed clients, 15 s a phase
    python bench/feed.py --clients 16 --seconds 30

The bot runs as its own process (``python -m bot`` with the web server on, through
``bench/botprocess.py``, which adds the test-only echo command) against the emulator in
this one, on a fresh SQLite file holding one server with ``--lives`` LIVEs (each with two
hosts) and a calendar feed address. Phases, each ``--seconds`` long:

- idle: members only, no feed client: the echo round trip and member commands
  (``/live list``, ``/timezone show``), as the baseline;
- paced: ``--clients`` feed clients each fetching the feed about twice a second (the
  case of a shared feed address that several calendar apps poll hard);
- flat out: the same clients fetching back to back, as fast as the bot answers;
- revalidating: flat out, each client sending back the ``ETag`` / ``Last-Modified`` it got
  (what calendar apps do; a bot without validators answers in full);
- changing: revalidating while one of the server's LIVEs is moved once a second (written to
  the database by this process, as another bot process would), so the file is rebuilt.

Meanwhile members run the echo command and, every fifth round trip, a member command, one
at a time, one every 0.1 s (or as soon as the last is answered, when it took longer). Reported per phase: feed requests served a second (200 or 304), their median
and p99, feed requests that failed or took over 10 s; the echo round trip's median and
p99 (and its median as a ratio of idle's); member round trips a second, and how many were
answered within 3 s, later, or not at all (10 s). The bot reads the machine's clock (it is its own process), so the LIVEs are placed
far in the future, where every feed holds them whatever today is.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.botprocess import bot_process
from sandbox.emulator import DiscordEmulator
from storage import SQLiteDatabase
from storage.guilds import GuildRepository
from storage.live import LiveRepository, NewLive
from tests.support.clock import DEFAULT_NOW, ManualClock

SECRET = "bench-feed-secret-0123456789abcdef"
FIRST_LIVE = datetime(2090, 1, 5, 18, 0, tzinfo=UTC)  # in every feed's window, whatever today is
FEED_TIMEOUT = 10.0
MEMBER_TIMEOUT = 10.0
ANSWER_WITHIN = 3.0
MEMBER_PACE = 0.1  # a member round trip starts every 0.1 s (or when the last one ends)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@dataclass
class Phase:
    name: str
    seconds: float = 0.0
    feed: list[float] = field(default_factory=list)  # latency of each answered request
    not_modified: int = 0
    feed_failed: int = 0
    echo: list[float] = field(default_factory=list)
    commands: list[float] = field(default_factory=list)
    unanswered: int = 0


async def seed(
    path: Path, guild_id: int, channel_id: int, hosts: tuple[int, int], lives: int
) -> None:
    async with SQLiteDatabase(path) as db:
        await db.migrate()
        await GuildRepository(db).update(guild_id, DEFAULT_NOW, calendar_secret=SECRET)
        repo = LiveRepository(db)
        for n in range(lives):
            await repo.create(
                NewLive(
                    guild_id=guild_id,
                    title=f"Group LIVE {n + 1}: Q&A with the hosts",
                    description="Bring your questions.\nWe go through last week's numbers.",
                    starts_at=FIRST_LIVE + timedelta(hours=7 * n),
                    duration=timedelta(minutes=90),
                    host_ids=hosts,
                    channel_id=channel_id,
                    created_by_user_id=hosts[0],
                    reminder_offsets=(60, 15) if n % 3 == 0 else None,
                ),
                DEFAULT_NOW,
            )


async def feed_clients(
    url: str, clients: int, until: float, phase: Phase, *, pace: float, revalidate: bool
) -> None:
    async def client(session: aiohttp.ClientSession) -> None:
        validators: dict[str, str] = {}
        while (started := time.monotonic()) < until:
            try:
                async with session.get(url, headers=validators if revalidate else {}) as response:
                    await response.read()
                    if response.status == 304:
                        phase.not_modified += 1
                    elif response.status != 200:
                        phase.feed_failed += 1
                        continue
                    for name, sent in (
                        ("ETag", "If-None-Match"),
                        ("Last-Modified", "If-Modified-Since"),
                    ):
                        if name in response.headers:
                            validators[sent] = response.headers[name]
                phase.feed.append(time.monotonic() - started)
            except (TimeoutError, aiohttp.ClientError):
                phase.feed_failed += 1
            rest = pace - (time.monotonic() - started)
            if rest > 0:
                await asyncio.sleep(rest)

    timeout = aiohttp.ClientTimeout(total=FEED_TIMEOUT)
    sessions = [aiohttp.ClientSession(timeout=timeout) for _ in range(clients)]
    try:
        await asyncio.gather(*(client(session) for session in sessions))
    finally:
        for session in sessions:
            await session.close()


async def members(
    emu: DiscordEmulator, guild_id: int, member_id: int, until: float, phase: Phase
) -> None:
    n = 0
    while time.monotonic() < until:
        n += 1
        command = "probe echo" if n % 5 else ("live list" if n % 10 else "timezone show")
        started = time.monotonic()
        try:
            result = await emu.slash(guild_id, member_id, command, {}, timeout=MEMBER_TIMEOUT)
        except AssertionError:
            phase.unanswered += 1
            continue
        finished = result.requests[-1].at if result.requests else time.monotonic()
        (phase.echo if command == "probe echo" else phase.commands).append(finished - started)
        rest = MEMBER_PACE - (time.monotonic() - started)
        if rest > 0:
            await asyncio.sleep(rest)


async def changes(database: Path, guild_id: int, until: float) -> None:
    """Move a LIVE by a minute once a second, as another process would."""
    async with SQLiteDatabase(database) as db:
        repo = LiveRepository(db)
        live = await repo.by_number(guild_id, 1)
        assert live is not None
        n = 0
        while time.monotonic() < until:
            n += 1
            await repo.reschedule(
                guild_id, live.id, live.starts_at + timedelta(minutes=n), live.duration, DEFAULT_NOW
            )
            await asyncio.sleep(1.0)


async def run_phase(
    emu: DiscordEmulator,
    guild_id: int,
    member_id: int,
    url: str,
    args: argparse.Namespace,
    name: str,
    *,
    clients: int,
    pace: float,
    revalidate: bool = False,
    changing: Path | None = None,
) -> Phase:
    phase = Phase(name)
    began = time.monotonic()
    until = began + args.seconds
    work = [members(emu, guild_id, member_id, until, phase)]
    if clients:
        work.append(feed_clients(url, clients, until, phase, pace=pace, revalidate=revalidate))
    if changing is not None:
        work.append(changes(changing, guild_id, until))
    await asyncio.gather(*work)
    phase.seconds = time.monotonic() - began
    return phase


def report(args: argparse.Namespace, phases: list[Phase], errors: list[str]) -> None:
    print(
        f"{args.lives} LIVEs in one server's feed, {args.clients} feed clients, "
        f"{args.seconds:.0f} s a phase\n"
    )
    idle = phases[0]
    idle_echo = statistics.median(idle.echo) if idle.echo else float("nan")
    print(
        f"{'phase':<14}{'feed/s':>8}{'feed med':>10}{'feed p99':>10}{'failed':>8}"
        f"{'echo med':>10}{'echo p99':>10}{'x idle':>8}{'rt/s':>7}{'≤3s':>6}{'>3s':>6}{'none':>6}"
    )
    for phase in phases:
        served = len(phase.feed)
        feed_med = statistics.median(phase.feed) * 1000 if phase.feed else 0.0
        feed_p99 = percentile(phase.feed, 0.99) * 1000 if phase.feed else 0.0
        echo_med = statistics.median(phase.echo) * 1000 if phase.echo else float("nan")
        echo_p99 = percentile(phase.echo, 0.99) * 1000 if phase.echo else float("nan")
        late = sum(1 for s in phase.commands + phase.echo if s > ANSWER_WITHIN)
        within = len(phase.commands) + len(phase.echo) - late
        print(
            f"{phase.name:<14}{served / phase.seconds:>8.1f}{feed_med:>8.0f}ms{feed_p99:>8.0f}ms"
            f"{phase.feed_failed:>8}{echo_med:>8.1f}ms{echo_p99:>8.1f}ms"
            f"{echo_med / 1000 / idle_echo:>7.1f}x{(within + late) / phase.seconds:>7.1f}"
            f"{within:>6}{late:>6}{phase.unanswered:>6}"
        )
        if phase.not_modified:
            print(f"{'':<14}({phase.not_modified} of the {served} were 304 Not Modified)")
    print(f"\nerrors the bot logged: {len(errors)}")
    for line in errors:
        print(f"  {line[:160]}")


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--lives", type=int, default=500)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=15.0)
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "creatorpulse.sqlite3"
        async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
            emu.settle = 0.0
            emu.ack_deadline = None
            guild = emu.add_guild(name="Feed bench")
            channel = emu.add_channel(guild.id, name="lives")
            member = emu.add_member(guild.id, name="member")
            hosts = (
                emu.add_member(guild.id, name="host1").id,
                emu.add_member(guild.id, name="host2").id,
            )
            await seed(database, guild.id, channel.id, hosts, args.lives)
            env = {"WEB_PORT": str(port)}
            async with bot_process(
                emu, database, extra_extensions=("tests.support.probe",), env=env
            ) as bot:
                await emu.wait_until_connected(10)
                url = f"http://127.0.0.1:{port}/calendar/{SECRET}.ics"
                async with aiohttp.ClientSession() as session, session.get(url) as response:
                    assert response.status == 200, f"the feed answered {response.status}"
                    await response.read()
                common = (emu, guild.id, member.id, url, args)
                phases = [
                    await run_phase(*common, "idle", clients=0, pace=0.0),
                    await run_phase(*common, "paced", clients=args.clients, pace=0.5),
                    await run_phase(*common, "flat out", clients=args.clients, pace=0.0),
                    await run_phase(
                        *common, "revalidating", clients=args.clients, pace=0.0, revalidate=True
                    ),
                    await run_phase(
                        *common,
                        "changing",
                        clients=args.clients,
                        pace=0.0,
                        revalidate=True,
                        changing=database,
                    ),
                ]
            errors = bot.first_errors
    report(args, phases, errors)


if __name__ == "__main__":
    asyncio.run(main())
