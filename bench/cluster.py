"""Several bot processes and shards on one PostgreSQL, against one process, side by side.

    python bench/cluster.py                            # 20,000 interactions a configuration,
                                                       # 5,000 reminders, 500 for the kill
    python bench/cluster.py -n 600 --reminders 300     # a short run
    python bench/cluster.py --only mix                 # parts: mix, reminders, kill

Each configuration runs the real bot (``python -m bot``, through ``bench/botprocess.py``)
against the local Discord emulator in this process, on a database seeded before the bots
start with ``bench/load.py``'s servers and members (``populate``):

- ``1 × SQLite``: one process on a SQLite file, the emulator recommending one shard;
- ``1 × PostgreSQL``: the same on a fresh database of a throwaway PostgreSQL server
  (``bench/postgres.py``), or of the one ``CREATORPULSE_TEST_POSTGRES`` names;
- ``2 × PostgreSQL``: two processes on one database, ``SHARD_COUNT=4``, one with
  ``SHARD_IDS=0,1`` and one with ``2,3`` (as tests/postgres/test_cluster.py starts them);
  the servers are dealt over the four shards in turn (``emu.guild_id_for_shard``), so the
  emulator sends each server's interactions to the process that runs its shard.

Every process runs its web server (``WEB_PORT``, for ``/metrics``) and
``CLAIM_LEASE_SECONDS=--lease`` (the bot's default unless given).

Parts (``--only``, comma-separated; all three by default):

1. ``mix``: ``bench/load.py``'s command mix (``-n`` interactions, ``-c`` in flight) in each
   configuration: throughput, median and p99 per command (from dispatching the interaction
   to the final answer), errors (the unexpected-error apology, or a line a bot logged at
   ERROR) and unanswered (no answer in 10 s). Memory from /proc: each bot process's RSS
   when idle (ready, before the mix), after the mix and at its peak, and apart from it the
   peak of each of its child processes (the chart render processes).
2. ``reminders`` (two processes): ``--reminders`` LIVEs over every server (all four
   shards), each with its 1-hour reminder due at one moment, written straight into the
   database as the bot writes them. The processes read the machine's clock: no mechanism
   moves a bot process's clock (tests/support/processes.py), so the due moment is a few
   seconds ahead of the real clock, as in test_cluster.py, and the emulator reads the same
   clock. Figures: first, median and last time from the due moment to the emulator
   accepting each reminder; how many each process sent (its ``/metrics``:
   ``creatorpulse_deliveries_total`` sent); how many reminder messages the servers' channels
   hold, each counted once per reminder (a reminder is sent exactly once when every one is
   there once); and how often the emulator answered a repeated nonce with the earlier
   message.
3. ``kill`` (two processes): another ``--takeover`` reminders due at one moment; once some
   are out and a process holds claims, it is killed with SIGKILL. Reminders are not bound to
   shards: any process claims any due reminder for ``CLAIM_LEASE_SECONDS``, and the
   survivor takes over what the dead process had claimed once those claims run out. Figures:
   the time from the kill to the dead process's shard leases (advisory locks) being free; to
   the first reminder the dead process had claimed being accepted from the survivor; to the
   burst being done; and to a new process for the dead one's shards answering an
   interaction in one of their servers (nothing takes over a dead process's shards by
   itself: its servers wait for a process to be started for them).

Everything shares this machine's cores: the bots, PostgreSQL, the emulator and the driver.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import signal
import socket
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.botprocess import BotProcess, bot_process, status_mib
from bench.load import MIX, Figures, Memory, drive, mix_kinds, percentile, populate
from bench.postgres import postgres_server
from bot.clock import SystemClock
from bot.i18n import Catalog
from bot.settings import Settings
from cogs.live.reminders.logic import nonce
from sandbox.emulator import DiscordEmulator
from sandbox.emulator.models import Member
from storage.leases import SHARD_LOCK
from tests.support.databases import database_url, open_test_database

PARTS = ("mix", "reminders", "kill")
SHARDS = 4
SPLIT = ("0,1", "2,3")  # SHARD_IDS of the two processes
LEASE = Settings.model_fields["claim_lease_seconds"].default
DUE_AHEAD = 2  # seconds from seeding a burst to its due moment
# The bot processes read the machine's clock through SystemClock; so does the burst's seeding.
WALL = SystemClock()


def wall() -> float:
    """Now, in UTC epoch seconds, as the bot processes read it."""
    return WALL.now().timestamp()


SETTLE = 0.5  # seconds after a kill -9 by which the emulator has read all the dead one sent
WIDTH = 27  # of a configuration's column


@dataclass
class Setup:
    """One configuration, running: the emulator, the database and the bot processes."""

    label: str
    emu: DiscordEmulator
    url: str | None
    people: list[tuple[int, Member]]
    bots: list[BotProcess]
    ports: list[int]
    shard_ids: list[list[int]]  # of each process
    folder: Path
    env: dict[str, str]
    memory: list[Memory] = field(default_factory=list)


@dataclass
class MixResult:
    label: str
    count: int
    elapsed: float
    figures: Figures
    sent: Counter[str]  # interactions sent, by kind
    idle: list[float]  # RSS of each process, MiB
    after: list[float]
    peak: list[float]
    children: list[dict[str, list[float]]]  # each process's children: kind -> peaks
    logged_errors: int
    warnings: int
    first_errors: list[str]
    problems: int


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def lives_channel(emu: DiscordEmulator, guild_id: int) -> int:
    return next(c.id for c in emu.guilds[guild_id].channels.values() if c.name == "lives")


@contextlib.asynccontextmanager
async def configuration(
    args: argparse.Namespace, label: str, backend: str, split: tuple[str, ...] | None
) -> AsyncIterator[Setup]:
    """The emulator, a fresh seeded database and the bot processes (one, or one for each of
    ``split``'s shard lists), all connected; the processes stopped on leaving."""
    shards = SHARDS if split else 1
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        database = folder / "creatorpulse.sqlite3"
        async with (
            database_url(folder, backend) as url,
            DiscordEmulator(clock=SystemClock(), recommended_shards=shards) as emu,
        ):
            emu.settle = 0.0
            emu.ack_deadline = None
            people = await populate(
                emu, open_test_database(url, database), args.servers, args.members, shards=shards
            )
            env = {"CLAIM_LEASE_SECONDS": str(args.lease)}
            if split:
                env["SHARD_COUNT"] = str(SHARDS)
            async with contextlib.AsyncExitStack() as stack:
                bots, ports, shard_ids = [], [], []
                for n, ids in enumerate(split or ("",)):
                    place = database if not split else folder / f"p{n}" / "unused.sqlite3"
                    place.parent.mkdir(exist_ok=True)
                    port = free_port()
                    settings = {**env, "WEB_PORT": str(port)}
                    if ids:
                        settings["SHARD_IDS"] = ids
                    bot = await stack.enter_async_context(
                        bot_process(emu, place, url=url, env=settings, ready_timeout=60)
                    )
                    bots.append(bot)
                    ports.append(port)
                    shard_ids.append([int(s) for s in ids.split(",")] if ids else [0])
                await emu.wait_until_connected(60)
                await asyncio.sleep(1)  # let the start's work settle before the idle figure
                yield Setup(label, emu, url, people, bots, ports, shard_ids, folder, env)


async def run_mix(setup: Setup, args: argparse.Namespace, apology: str) -> MixResult:
    idle = [status_mib(bot.pid) for bot in setup.bots]
    setup.memory = [Memory(bot.pid) for bot in setup.bots]
    samplers = [asyncio.create_task(m.sample_until_cancelled()) for m in setup.memory]
    figures = Figures()
    kinds = mix_kinds(args.count)
    began = time.monotonic()
    for memory in setup.memory:
        memory.mix = (began, began)
    elapsed = await drive(setup.emu, setup.people, kinds, args.concurrency, figures, apology)
    for sampler in samplers:
        sampler.cancel()
    for memory in setup.memory:
        memory.mix = (began, time.monotonic())
        memory.sample()
    return MixResult(
        label=setup.label,
        count=args.count,
        elapsed=elapsed,
        figures=figures,
        sent=Counter(kinds),
        idle=idle,
        after=[status_mib(bot.pid) for bot in setup.bots],
        peak=[m.bot_peak for m in setup.memory],
        children=[children_by_kind(m) for m in setup.memory],
        logged_errors=sum(bot.errors for bot in setup.bots),
        warnings=sum(bot.warnings for bot in setup.bots),
        first_errors=[line for bot in setup.bots for line in bot.first_errors],
        problems=len(setup.emu.protocol_errors) + len(setup.emu.unhandled),
    )


def children_by_kind(memory: Memory) -> dict[str, list[float]]:
    kinds: dict[str, list[float]] = defaultdict(list)
    for child, peak in memory.children_peak.items():
        kinds[memory.children_kind.get(child, "?")].append(peak)
    return kinds


# -- reminders -----------------------------------------------------------------------------


async def seed_burst(setup: Setup, count: int, first_number: int) -> tuple[list[int], float]:
    """``count`` LIVEs dealt over every server, each with its 1-hour reminder due at one
    moment ``DUE_AHEAD`` s ahead (rows as the bot writes them); the deliveries' ids and the
    due moment on this process's monotonic clock."""
    assert setup.url is not None
    guilds = sorted({guild_id for guild_id, _ in setup.people})
    channels = {guild_id: lives_channel(setup.emu, guild_id) for guild_id in guilds}
    owners = [guilds[n % len(guilds)] for n in range(count)]
    numbers = [first_number + n // len(guilds) + 1 for n in range(count)]
    now = int(wall())
    conn = await asyncpg.connect(setup.url)
    try:
        rows = await conn.fetch(
            "INSERT INTO lives (guild_id, number, title, starts_at, duration_minutes, "
            "channel_id, created_at, updated_at, reminder_offsets) "
            "SELECT g, n, 'Burst ' || n, $4, 60, c, $5, $5, '[60]' "
            "FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS t(g, n, c) "
            "RETURNING id, guild_id",
            owners,
            numbers,
            [channels[g] for g in owners],
            now + 86_400,
            now,
        )
        due = math.ceil(wall()) + DUE_AHEAD
        due_mono = time.monotonic() + (due - wall())
        async with conn.transaction():
            await conn.execute(
                "UPDATE lives SET starts_at = $1 WHERE id = ANY($2::bigint[])",
                due + 3600,
                [r["id"] for r in rows],
            )
            ids = await conn.fetch(
                "INSERT INTO live_deliveries (guild_id, live_id, kind, offset_minutes, due_at) "
                "SELECT g, l, 'reminder', 60, $3 "
                "FROM unnest($1::bigint[], $2::bigint[]) AS t(g, l) RETURNING id",
                [r["guild_id"] for r in rows],
                [r["id"] for r in rows],
                due,
            )
        await conn.execute("SELECT pg_notify('creatorpulse', 'deliveries:')")
        if wall() > due:
            print(f"  (seeding ended {wall() - due:.1f} s after the due moment)")
    finally:
        await conn.close()
    return [r["id"] for r in ids], due_mono


async def states(url: str, ids: list[int]) -> dict[str, int]:
    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch(
            "SELECT state, COUNT(*) AS n FROM live_deliveries WHERE id = ANY($1::bigint[]) "
            "GROUP BY state",
            ids,
        )
    finally:
        await conn.close()
    return {r["state"]: r["n"] for r in rows}


async def until_done(url: str, ids: list[int], seconds: float) -> dict[str, int]:
    """Wait until none of ``ids`` is pending (or ``seconds`` passed); their states."""
    deadline = time.monotonic() + seconds
    while True:
        found = await states(url, ids)
        if not found.get("pending") or time.monotonic() > deadline:
            return found
        await asyncio.sleep(0.25)


async def metric(port: int, name: str, **labels: str) -> float:
    """A counter's value from a process's /metrics (NaN when it does not answer)."""
    try:
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"http://127.0.0.1:{port}/metrics") as response,
        ):
            text = await response.text()
    except aiohttp.ClientError:
        return float("nan")
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


async def sent_by(setup: Setup) -> list[float]:
    return [
        await metric(port, "creatorpulse_deliveries_total", kind="reminder", event="sent")
        for port in setup.ports
    ]


def accepted(emu: DiscordEmulator, since: int, nonces: set[str]) -> dict[str, float]:
    """When the emulator first accepted each of ``nonces`` (monotonic), from request ``since``."""
    first: dict[str, float] = {}
    for r in emu.requests[since:]:
        if r.method != "POST" or not (200 <= r.status < 300) or not isinstance(r.json, dict):
            continue
        key = str(r.json.get("nonce", ""))
        if key in nonces and key not in first:
            first[key] = r.at
    return first


def in_channels(setup: Setup, nonces: set[str]) -> Counter[str]:
    """How many messages in the servers' channels carry each of ``nonces``."""
    guilds = sorted({guild_id for guild_id, _ in setup.people})
    found: Counter[str] = Counter()
    for guild_id in guilds:
        for message in setup.emu.channel_messages(lives_channel(setup.emu, guild_id)):
            key = str(message.get("nonce", ""))
            if key in nonces:
                found[key] += 1
    return found


def once_line(found: Counter[str], nonces: set[str]) -> str:
    twice = sum(1 for n in found.values() if n > 1)
    missing = len(nonces - set(found))
    verdict = "each exactly once" if not twice and not missing else "NOT each exactly once"
    return (
        f"{sum(found.values())} reminder messages in the channels for {len(nonces)} "
        f"reminders: {verdict} ({twice} more than once, {missing} missing)"
    )


async def run_reminders(setup: Setup, count: int) -> None:
    assert setup.url is not None
    emu = setup.emu
    before = await sent_by(setup)
    hits = emu.nonce_hits
    since = len(emu.requests)
    ids, due = await seed_burst(setup, count, first_number=0)
    nonces = {nonce(i, "channel", 0) for i in ids}
    found = await until_done(setup.url, ids, 120 + count / 5)
    after = await sent_by(setup)
    times = sorted(at - due for at in accepted(emu, since, nonces).values())
    print(f"\nreminders: {count} due at one moment, 2 processes, servers on all {SHARDS} shards")
    print(f"  states: {dict(sorted(found.items()))}")
    if times:
        print(
            f"  due -> accepted: first {times[0] * 1000:.0f} ms, median "
            f"{statistics.median(times) * 1000:.0f} ms, last {times[-1]:.2f} s "
            f"({len(times) / max(times[-1], 1e-9):.0f} reminders/s)"
        )
    else:
        print("  nothing was accepted")
    each = ", ".join(
        f"process {n + 1} (shards {','.join(map(str, shards))}) {a - b:.0f}"
        for n, (shards, a, b) in enumerate(zip(setup.shard_ids, after, before, strict=True))
    )
    print(f"  sent by: {each}")
    print(f"  {once_line(in_channels(setup, nonces), nonces)}")
    print(f"  repeated nonces answered with the earlier message: {emu.nonce_hits - hits}")
    rss = ", ".join(f"{status_mib(bot.pid):.0f}" for bot in setup.bots)
    print(f"  RSS after the burst: {rss} MiB")


# -- kill -9 -------------------------------------------------------------------------------


async def leases_held(conn: asyncpg.Connection, shards: list[int]) -> int:
    count: int = await conn.fetchval(
        "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
        "AND classid = 0 AND objsubid = 1 AND objid = ANY($1::oid[]) "
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        [SHARD_LOCK + s for s in shards],
    )
    return count


async def run_kill(setup: Setup, count: int, lease: int) -> None:
    assert setup.url is not None
    emu = setup.emu
    hits = emu.nonce_hits
    since = len(emu.requests)
    ids, _due = await seed_burst(setup, count, first_number=1_000_000)
    nonces = {nonce(i, "channel", 0) for i in ids}
    pids = {bot.pid: n for n, bot in enumerate(setup.bots)}
    conn = await asyncpg.connect(setup.url)
    try:
        victim: int | None = None
        deadline = time.monotonic() + 60
        while victim is None and time.monotonic() < deadline:
            holders = await conn.fetch(
                "SELECT DISTINCT claimed_by FROM live_deliveries "
                "WHERE claimed_by IS NOT NULL AND id = ANY($1::bigint[])",
                ids,
            )
            holding = [pids[p] for r in holders if (p := int(str(r[0]).split(":")[1])) in pids]
            if len(accepted(emu, since, nonces)) >= min(20, count // 10) and holding:
                victim = min(holding)
            await asyncio.sleep(0.02)
        if victim is None:
            print("\nkill: no process held a claim on the burst; nothing measured")
            return
        dead = setup.bots[victim]
        survivor = setup.bots[1 - victim]
        taken_before = await metric(setup.ports[1 - victim], "creatorpulse_claims_taken_over_total")
        dead.process.send_signal(signal.SIGKILL)
        killed = time.monotonic()
        await dead.process.wait()
        rows = await conn.fetch(
            "SELECT id FROM live_deliveries WHERE state = 'pending' AND id = ANY($1::bigint[]) "
            "AND split_part(claimed_by, ':', 2) = $2",
            ids,
            str(dead.pid),
        )
        orphans = {nonce(r["id"], "channel", 0) for r in rows}
        shards = setup.shard_ids[victim]
        free_after = float("nan")
        while time.monotonic() - killed < 30:
            if not await leases_held(conn, shards):
                free_after = time.monotonic() - killed
                break
            await asyncio.sleep(0.01)
    finally:
        await conn.close()
    # What the killed process had written before it died is still read by the emulator in
    # this process after the kill: from SETTLE on, a claimed reminder can only come from
    # the survivor (which takes a claim over only when it runs out, seconds later).
    await asyncio.sleep(max(0.0, killed + SETTLE - time.monotonic()))
    cutoff = time.monotonic()
    found = await until_done(setup.url, ids, lease + 120 + count / 5)
    done_after = time.monotonic() - killed
    taken = await metric(setup.ports[1 - victim], "creatorpulse_claims_taken_over_total")
    orphans_at = accepted(emu, since, orphans)
    orphan_times = sorted(at - killed for at in orphans_at.values() if at > cutoff)
    out_before = sum(1 for at in orphans_at.values() if at <= cutoff)
    print(
        f"\nkill -9: {count} reminders due at one moment; process {victim + 1} "
        f"(shards {','.join(map(str, shards))}, pid {dead.pid}) killed mid-burst holding "
        f"{len(orphans)} unsent claims (CLAIM_LEASE_SECONDS={lease})"
    )
    print(f"  its shard leases free after {free_after * 1000:.0f} ms")
    if orphan_times:
        print(
            f"  its claimed reminders, sent by the survivor: first {orphan_times[0]:.2f} s "
            f"after the kill, last {orphan_times[-1]:.2f} s ({len(orphan_times)} of "
            f"{len(orphans)}; {taken - taken_before:.0f} claims taken over by its /metrics)"
        )
    else:
        print("  none of its claimed reminders was sent by the survivor")
    if out_before:
        print(
            f"  {out_before} of them had reached the emulator from the killed process (the "
            "survivor finished them: sent again with the same nonce where the part was not "
            "recorded)"
        )
    print(
        f"  the whole burst done {done_after:.2f} s after the kill: {dict(sorted(found.items()))}"
    )
    print(f"  {once_line(in_channels(setup, nonces), nonces)}")
    print(f"  repeated nonces answered with the earlier message: {emu.nonce_hits - hits}")
    print(f"  survivor: {survivor.errors} logged errors, {survivor.warnings} warnings")
    for line in [*survivor.first_errors, *survivor.first_warnings]:
        print(f"    {line[:160]}")

    # Nothing takes over a dead process's shards: a new one is started for them.
    guild_id, member = next((g, m) for g, m in setup.people if emu.shard_of(g, SHARDS) in shards)
    started = time.monotonic()
    place = setup.folder / "replacement" / "unused.sqlite3"
    place.parent.mkdir(exist_ok=True)
    settings = {**setup.env, "WEB_PORT": str(free_port()), "SHARD_IDS": SPLIT[victim]}
    async with bot_process(emu, place, url=setup.url, env=settings, ready_timeout=60):
        await emu.wait_until_connected(60, shards=shards)
        await emu.slash(guild_id, member.id, "about", timeout=10)
        answered = time.monotonic()
    print(
        f"  a new process for shards {SPLIT[victim]}: answered in one of their servers "
        f"{answered - started:.1f} s after it was started ({answered - killed:.1f} s after "
        "the kill)"
    )


# -- the report ----------------------------------------------------------------------------


def row(name: str, cells: list[str]) -> str:
    return f"{name:<30}" + "".join(f"{cell:>{WIDTH}}" for cell in cells)


def mib(values: list[float]) -> str:
    return " + ".join(f"{v:.0f}" for v in values) + " MiB"


def report_mix(results: list[MixResult], args: argparse.Namespace) -> None:
    print(
        f"\nmix: {args.servers} servers, {args.members} members, {args.count} interactions "
        f"per configuration, {args.concurrency} in flight"
    )
    print(row("", [r.label for r in results]))
    print(row("throughput", [f"{r.count / r.elapsed:.0f}/s" for r in results]))
    print(row("median / p99, ms", ["" for _ in results]))
    for kind, _ in MIX:
        cells = []
        for r in results:
            values = r.figures.latencies.get(kind)
            if values:
                median, p99 = statistics.median(values), percentile(values, 0.99)
                cells.append(f"{median * 1000:.1f} / {p99 * 1000:.1f}")
            else:
                cells.append("-")
        print(row("  /" + kind, cells))
    print(
        row(
            "errors (apologies, logged)",
            [f"{r.figures.errors}, {r.logged_errors}" for r in results],
        )
    )
    print(row("unanswered", [str(r.figures.unanswered) for r in results]))
    for kind, _ in MIX:
        missing = [r.sent[kind] - len(r.figures.latencies.get(kind, [])) for r in results]
        if any(missing):
            print(row("  /" + kind, [str(n) for n in missing]))
    print(row("emulator protocol problems", [str(r.problems) for r in results]))
    print(row("bot RSS idle", [mib(r.idle) for r in results]))
    print(row("bot RSS after the mix", [mib(r.after) for r in results]))
    print(row("bot RSS peak", [mib(r.peak) for r in results]))
    print(row("render processes (peak each)", [renders(r.children) for r in results]))
    print(row("other children (peak each)", [others(r.children) for r in results]))
    for r in results:
        for line in r.first_errors:
            print(f"  {r.label}: {line[:160]}")


def renders(children: list[dict[str, list[float]]]) -> str:
    peaks = [
        " ".join(f"{p:.0f}" for p in sorted(c.get("render", []), reverse=True)) or "none"
        for c in children
    ]
    return " + ".join(peaks) + " MiB"


def others(children: list[dict[str, list[float]]]) -> str:
    peaks = [
        " ".join(f"{p:.0f}" for k, ps in c.items() if k != "render" for p in ps) or "none"
        for c in children
    ]
    return " + ".join(peaks) + " MiB"


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "-n", "--count", type=int, default=20_000, help="interactions per configuration"
    )
    parser.add_argument("-c", "--concurrency", type=int, default=64, help="in flight at once")
    parser.add_argument("--servers", type=int, default=20)
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--reminders", type=int, default=5_000, help="due at one moment")
    parser.add_argument("--takeover", type=int, default=500, help="the burst of the kill")
    parser.add_argument("--lease", type=int, default=LEASE, help="CLAIM_LEASE_SECONDS")
    parser.add_argument("--only", default=",".join(PARTS), help="mix, reminders, kill")
    args = parser.parse_args()
    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    if unknown := parts - set(PARTS):
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    began = time.monotonic()
    load = os.getloadavg()[0]
    print(
        f"{os.cpu_count()} cores, load average {load:.2f} at the start; parts: "
        f"{', '.join(p for p in PARTS if p in parts)}"
    )
    apology = Catalog.load().render("en-US", "error-unexpected", {"reference": "x"})[:20]
    results: list[MixResult] = []
    with postgres_server(True):
        if "mix" in parts:
            for label, backend in (("1 × SQLite", "sqlite"), ("1 × PostgreSQL", "postgres")):
                async with configuration(args, label, backend, None) as setup:
                    results.append(await run_mix(setup, args, apology))
        if parts & {"mix", "reminders", "kill"}:
            label = f"2 × PostgreSQL, {SHARDS} shards"
            async with configuration(args, label, "postgres", SPLIT) as setup:
                if "mix" in parts:
                    results.append(await run_mix(setup, args, apology))
                    report_mix(results, args)
                if "reminders" in parts:
                    await run_reminders(setup, args.reminders)
                if "kill" in parts:
                    await run_kill(setup, args.takeover, args.lease)
    print(
        f"\ndone in {time.monotonic() - began:.0f} s; load average {load:.2f} at the start, "
        f"{os.getloadavg()[0]:.2f} at the end"
    )


if __name__ == "__main__":
    asyncio.run(main())
