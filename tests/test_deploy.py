"""The deployment kit (deploy/) says what the rest of the repository says.

Nothing here builds or starts a container: `make lint` lints the Dockerfile (hadolint) and
validates compose.yaml against the compose specification (check-jsonschema). These tests
check what those tools cannot know: that the image installs and starts the bot the way the
README documents, that the compose file sets only settings the bot reads, and that the
systemd unit starts the bot's entry point.
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"

# Settings the bot is being taught for running several sharded processes with a web server
# (health, metrics, calendar feed) and TikTok's tokens; bot/settings.py may not define them
# yet. Allowed besides its fields, and only these.
SETTINGS_BEING_ADDED = frozenset(
    {"SHARD_COUNT", "SHARD_IDS", "WEB_HOST", "WEB_PORT", "PUBLIC_BASE_URL", "SECRET_KEY"}
)


def settings_names() -> set[str]:
    """Every environment name the bot reads: the pydantic Settings fields."""
    prefix = Settings.model_config.get("env_prefix", "")
    return {(prefix + name).upper() for name in Settings.model_fields}


# --- the Dockerfile ----------------------------------------------------------------------


def dockerfile() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (KEYWORD, arguments), continuations joined."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for raw in (DEPLOY / "Dockerfile").read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue  # comments may sit between continued lines too
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        keyword, _, arguments = (pending + line).partition(" ")
        instructions.append((keyword.upper(), " ".join(arguments.split())))
        pending = ""
    assert not pending, "the Dockerfile ends inside a continued line"
    return instructions


def stages() -> list[list[tuple[str, str]]]:
    """The instructions of each build stage, FROM first (global ARGs before are dropped)."""
    result: list[list[tuple[str, str]]] = []
    for keyword, arguments in dockerfile():
        if keyword == "FROM":
            result.append([])
        if result:
            result[-1].append((keyword, arguments))
    return result


def exec_form(arguments: str) -> list[str]:
    """A JSON-array instruction (CMD, HEALTHCHECK's CMD) as its argument list."""
    value = json.loads(arguments)
    assert isinstance(value, list) and all(isinstance(part, str) for part in value), arguments
    return value


def normalised(command: list[str]) -> str:
    """A command with its interpreter's folder dropped, so that `.venv/bin/python -m bot`,
    `/opt/creatorpulse/.venv/bin/python -m bot` and `python -m bot` (with the virtual
    environment on PATH) compare equal; a leading `sudo` is dropped too."""
    while command and command[0] == "sudo":
        command = command[1:]
    program = PurePosixPath(command[0]).name
    if re.fullmatch(r"python3?(\.\d+)?", program):
        program = "python"
    return shlex.join([program, *command[1:]])


def copied_by_build_stage() -> set[str]:
    """The top-level files and folders the build stage copies from the build context."""
    return {
        PurePosixPath(source).parts[0]
        for keyword, args in stages()[0]
        if keyword == "COPY"
        for source in args.split()[:-1]
        if not source.startswith("--")
    }


# --- the README --------------------------------------------------------------------------


def readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text()
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", text, re.MULTILINE | re.DOTALL)
    assert match, f"the README has no section {title!r}"
    return match.group(1)


def documented_commands() -> set[str]:
    """The commands typed at a prompt ($ ...) in the README's section on running the bot."""
    section = readme_section("Running for many servers")
    commands: set[str] = set()
    for block in re.findall(r"```console\n(.*?)```", section, re.DOTALL):
        for line in block.splitlines():
            line = line.strip()  # blocks inside a list are indented
            if line.startswith("$ "):
                typed = line[2:].split("  #", 1)[0].strip()  # without a trailing comment
                commands.add(normalised(shlex.split(typed)))
    return commands


def test_the_image_installs_the_package_the_way_the_readme_documents() -> None:
    runs = [args for keyword, args in dockerfile() if keyword == "RUN" and "pip install" in args]
    assert len(runs) == 1, runs
    install = normalised(shlex.split(runs[0]))
    assert install == "python -m pip install .", install
    assert install in documented_commands()
    # no test tools in the image: no extra, and no other pip install (checked above)
    assert not any("[test]" in args for _keyword, args in dockerfile())


def test_the_image_starts_the_bot_the_way_the_readme_documents() -> None:
    commands = [args for keyword, args in stages()[-1] if keyword in ("CMD", "ENTRYPOINT")]
    assert len(commands) == 1, commands
    start = normalised(exec_form(commands[0]))
    assert start == "python -m bot"
    assert start in documented_commands()
    assert (ROOT / "bot" / "__main__.py").is_file()


def test_the_image_copies_every_package_the_distribution_installs() -> None:
    """`pip install .` in the image builds from what was copied: a package pyproject.toml
    includes but the Dockerfile does not copy would be missing from the image."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = project["tool"]["setuptools"]["packages"]["find"]["include"]
    packages = {pattern.rstrip("*").rstrip(".") for pattern in patterns}
    copied = copied_by_build_stage()
    assert packages <= copied, packages - copied
    assert {"pyproject.toml", project["project"]["readme"]} <= copied


def test_the_build_context_holds_what_the_image_copies() -> None:
    """deploy/Dockerfile.dockerignore lets through exactly what the build stage copies."""
    ignore = (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()
    patterns = [line.strip() for line in ignore if line.strip() and not line.startswith("#")]
    assert patterns[0] == "*"  # everything else stays out (.env, data/, .venv, .git)
    let_through = {pattern[1:] for pattern in patterns if pattern.startswith("!")}
    assert let_through == copied_by_build_stage()


def test_the_image_runs_as_a_user_keeps_its_data_in_a_volume_and_checks_its_health() -> None:
    runtime = stages()[-1]
    values: dict[str, list[str]] = {}
    for keyword, args in runtime:
        values.setdefault(keyword, []).append(args)
    user = values["USER"][-1].split(":")[0]
    assert user not in ("root", "0"), user
    assert values["STOPSIGNAL"] == ["SIGTERM"]
    # DATABASE_PATH is relative: its folder, under the working directory, is the volume.
    default = Settings.model_fields["database_path"].default
    data = PurePosixPath(values["WORKDIR"][-1]) / PurePosixPath(default).parent
    assert str(data) in exec_form(values["VOLUME"][-1])
    healthcheck = values["HEALTHCHECK"][-1]
    probe = exec_form(healthcheck.split(" CMD ", 1)[1])
    assert probe[:2] == ["python", "-c"] and "/healthz" in probe[2]
    assert "WEB_PORT" in probe[2] and "WEB_PORT=" in " ".join(values["ENV"])


# --- compose.yaml ------------------------------------------------------------------------


def compose() -> dict[str, Any]:
    document = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    assert isinstance(document, dict)
    return document


def bot_services() -> dict[str, dict[str, Any]]:
    """The services built from deploy/Dockerfile: the bot's processes."""
    services = compose()["services"]
    return {
        name: service
        for name, service in services.items()
        if isinstance(service.get("build"), dict)
        and service["build"].get("dockerfile") == "deploy/Dockerfile"
    }


def env_file_names(path: Path) -> set[str]:
    """The names an env file sets or shows commented out (`# NAME=value`)."""
    pattern = re.compile(r"^#?\s?([A-Z][A-Z0-9_]*)=")
    return {m.group(1) for line in path.read_text().splitlines() if (m := pattern.match(line))}


def test_the_bot_services_set_only_settings_the_bot_reads() -> None:
    known = settings_names() | SETTINGS_BEING_ADDED
    services = bot_services()
    assert len(services) >= 2
    for name, service in services.items():
        environment = service.get("environment", {})
        assert isinstance(environment, dict), f"{name}: environment as a mapping"
        unknown = set(environment) - known
        assert not unknown, f"{name} sets {sorted(unknown)}, which the bot does not read"


def test_the_env_example_holds_settings_and_the_variables_compose_fills_in() -> None:
    text = (DEPLOY / "compose.yaml").read_text()
    interpolated = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", text))
    names = env_file_names(DEPLOY / ".env.example")
    assert "DISCORD_TOKEN" in names
    unknown = names - settings_names() - SETTINGS_BEING_ADDED - interpolated
    assert not unknown, f".env.example names {sorted(unknown)}, which nothing reads"
    assert interpolated <= names, "every variable compose.yaml fills in is in .env.example"
    for service in bot_services().values():
        assert service["env_file"] in (".env", [".env"])


def shard_ids(text: str) -> set[int]:
    """SHARD_IDS as the bot reads it: `0,1` or `0-3`."""
    ids: set[int] = set()
    for part in text.split(","):
        low, _, high = part.strip().partition("-")
        ids.update(range(int(low), int(high or low) + 1))
    return ids


def test_the_bot_services_split_every_shard_between_them_once() -> None:
    owned: list[set[int]] = []
    counts = set()
    for service in bot_services().values():
        environment = service["environment"]
        counts.add(int(environment["SHARD_COUNT"]))
        owned.append(shard_ids(str(environment["SHARD_IDS"])))
    assert len(counts) == 1, "one SHARD_COUNT for every process"
    (count,) = counts
    assert sorted(shard for ids in owned for shard in ids) == list(range(count))


def seconds(duration: str) -> float:
    """A compose duration such as `15s` or `1m30s`."""
    units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|h|m|s)", duration)
    assert parts and "".join(n + u for n, u in parts) == duration, duration
    return sum(float(n) * units[u] for n, u in parts)


def test_the_bot_services_wait_for_postgres_and_get_time_to_stop() -> None:
    document = compose()
    postgres = document["services"]["postgres"]
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    assert any(volume.split(":")[0] in document["volumes"] for volume in postgres["volumes"])
    for name, service in bot_services().items():
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy", name
        assert seconds(service["stop_grace_period"]) > 10, name  # the bot's SIGTERM budget
        assert str(service["environment"]["DATABASE_URL"]).startswith("postgresql://"), name
        assert service["restart"] in ("always", "unless-stopped", "on-failure"), name


# --- the systemd unit --------------------------------------------------------------------


def unit() -> dict[str, dict[str, list[str]]]:
    """deploy/creatorpulse.service as section -> key -> values (keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for raw in (DEPLOY / "creatorpulse.service").read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        assert current is not None, line
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def test_the_unit_starts_the_bots_entry_point() -> None:
    service = unit()["Service"]
    (exec_start,) = service["ExecStart"]
    command = shlex.split(exec_start)
    assert PurePosixPath(command[0]).is_absolute()  # systemd wants an absolute path
    assert normalised(command) == "python -m bot"
    assert normalised(command) in documented_commands()
    assert command[0].endswith("/.venv/bin/python")  # the virtual environment's interpreter


@pytest.mark.parametrize(
    ("key", "expected"),
    [("Restart", "on-failure"), ("NoNewPrivileges", "yes"), ("ProtectSystem", "strict")],
)
def test_the_unit_sets(key: str, expected: str) -> None:
    assert unit()["Service"][key] == [expected]


def test_the_unit_can_write_its_data_folder_and_waits_for_the_bot_to_stop() -> None:
    service = unit()["Service"]
    working = PurePosixPath(service["WorkingDirectory"][0])
    default = Settings.model_fields["database_path"].default
    writable = " ".join(service["ReadWritePaths"]).split()
    assert str(working / PurePosixPath(default).parent) in writable
    assert service["User"] != ["root"]
    assert service["EnvironmentFile"]
    assert seconds(service["TimeoutStopSec"][0]) > 10
