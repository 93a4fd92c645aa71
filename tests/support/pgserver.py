"""A throwaway PostgreSQL server for the test run: ``initdb`` into a temporary folder, a
free port on 127.0.0.1, stopped (and its folder removed) at the end.

``python -m tests.support.pgserver -- COMMAND ...`` starts one, runs COMMAND with
``CREATORPULSE_TEST_POSTGRES`` set to the server's address, stops the server and exits
with COMMAND's status. It fails (exit 3) when PostgreSQL cannot be started: a PostgreSQL
pass that silently skipped would prove nothing.

PostgreSQL refuses to run as root, so as root the server runs as ``nobody``. It keeps
nothing (``fsync=off``): it lives only as long as the tests.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ENV = "CREATORPULSE_TEST_POSTGRES"
SUPERUSER = "postgres"


class PostgresNotAvailable(RuntimeError):
    pass


def _binaries() -> Path:
    found = shutil.which("pg_ctl") or shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    if versions:
        return versions[0]
    raise PostgresNotAvailable(
        "PostgreSQL's initdb was not found: install Debian's postgresql package "
        "(.ci/run does it when it is missing)"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user() -> tuple[int | None, int | None]:
    """(user, group) for ``subprocess`` that run a command as an unprivileged user when we
    are root (None, None: as ourselves)."""
    if os.geteuid() != 0:
        return None, None
    nobody = pwd.getpwnam("nobody")
    return nobody.pw_uid, nobody.pw_gid


@contextlib.contextmanager
def running_postgres() -> Iterator[str]:
    """Start a server; yield the superuser's address (``postgresql://postgres@127.0.0.1:PORT/postgres``)."""
    bin_dir = _binaries()
    folder = Path(tempfile.mkdtemp(prefix="creatorpulse-pg-"))
    data = folder / "data"
    user, group = _as_server_user()
    if user is not None and group is not None:
        os.chown(folder, user, group)
    port = _free_port()
    log = folder / "server.log"
    try:
        subprocess.run(  # noqa: S603 - PostgreSQL's own programs, fixed arguments
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
            user=user,
            group=group,
        )
        # The superuser comes in without a password; every other role needs its own, so
        # tests can try a wrong one.
        (data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {SUPERUSER} 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        options = " ".join(
            [
                f"-p {port}",
                "-c listen_addresses=127.0.0.1",
                f"-c unix_socket_directories={folder}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=300",
                "-c shared_buffers=64MB",
            ]
        )
        subprocess.run(  # noqa: S603 - PostgreSQL's own programs, fixed arguments
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-o",
                options,
                "-w",
                "start",
            ],
            check=True,
            capture_output=True,
            user=user,
            group=group,
        )
    except (subprocess.CalledProcessError, OSError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        shutil.rmtree(folder, ignore_errors=True)
        raise PostgresNotAvailable(
            f"PostgreSQL could not be started: {exc}: {detail.decode(errors='replace')[-500:]}"
        ) from None
    try:
        yield f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(  # noqa: S603 - PostgreSQL's own programs, fixed arguments
            [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            check=False,
            user=user,
            group=group,
        )
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        print("usage: python -m tests.support.pgserver -- COMMAND [ARGS...]", file=sys.stderr)
        return 2
    started = time.monotonic()
    try:
        with running_postgres() as url:
            print(
                f"PostgreSQL for the tests at {url} (started in {time.monotonic() - started:.1f} s)",
                flush=True,
            )
            return subprocess.run(  # noqa: S603 - the command the caller gave
                argv, env={**os.environ, ENV: url}, check=False
            ).returncode
    except PostgresNotAvailable as exc:
        print(f"cannot run the PostgreSQL tests: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
