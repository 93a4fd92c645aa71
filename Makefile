# CreatorPulse: `make run` starts the bot (or, with no DISCORD_TOKEN at a terminal, the offline
# sandbox in the browser), `make sandbox` the sandbox explicitly, `make test` runs lint, type
# check and every test, then the storage and end-to-end tests again on a throwaway PostgreSQL
# with the machine's clock a year ahead (tests/second_pass.sh); `make test-postgres` and `make
# shifted-clock` run either check alone; `make screenshots` regenerates the README's pictures.
# Each creates the virtual environment in .venv when it is missing or stale: running the bot
# installs the bot alone, testing adds the test tools (pytest, mypy, ruff, Playwright).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime
STAMP := $(VENV)/.installed

.PHONY: run sandbox test test-postgres lint shifted-clock bench screenshots clean

$(RUNTIME): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -e .
	@touch $(RUNTIME)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(RUNTIME) $(STAMP)

# Test processes: two per core (at most 8). An end-to-end test spends about half its time
# waiting for the bot and the local Discord, so one process per core leaves a core idle.
JOBS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); j=$$((n * 2)); [ $$j -gt 8 ] && j=8; echo $$j)
export JOBS

# The project's modules compiled ahead (what a pip install does for installed packages):
# Python writes no bytecode cache of its own where PYTHONDONTWRITEBYTECODE is set, and then
# compiles every module from source at each start. compileall skips what is up to date.
COMPILE = $(BIN)/python -m compileall -q bot cogs storage sandbox

run: $(RUNTIME)
	@$(COMPILE)
	$(BIN)/python -m bot $(ARGS)

sandbox: $(RUNTIME)
	@$(COMPILE)
	$(BIN)/python -m bot sandbox $(ARGS)

# The deployment kit cannot be built or started here, so it is checked statically: the
# Dockerfile with hadolint, compose.yaml against the compose specification (check-jsonschema's
# vendored copy, no network), the systemd unit with systemd-analyze when systemd is installed.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/hadolint deploy/Dockerfile
	$(BIN)/check-jsonschema --builtin-schema vendor.compose-spec deploy/compose.yaml
	bash tests/check_unit.sh

test: lint
	@$(COMPILE) tests bench
	$(BIN)/python -m pytest -n $(JOBS) --durations=15 $(PYTEST_ARGS)
	bash tests/second_pass.sh $(PYTEST_ARGS)

# The storage and end-to-end tests again on a throwaway PostgreSQL server the run starts
# itself (initdb into a temporary folder; it fails when PostgreSQL cannot be started).
test-postgres: $(STAMP)
	@$(COMPILE) tests bench
	$(BIN)/python -m tests.support.pgserver -- \
		$(BIN)/python -m pytest -n $(JOBS) --durations=10 tests/storage tests/e2e tests/postgres $(PYTEST_ARGS)

shifted-clock: $(STAMP)
	bash tests/shifted_clock.sh

# Two views of every interaction: the loop's CPU (bot and emulator in one process), then the
# round trip a member feels (the bot as its own process). ARGS="--database postgres" runs
# both on a throwaway PostgreSQL server.
bench: $(STAMP)
	@$(COMPILE) tests bench
	$(BIN)/python bench/interactions.py $(ARGS)
	$(BIN)/python bench/roundtrip.py $(ARGS)

screenshots: $(STAMP)
	SANDBOX_SCREENSHOTS=docs $(BIN)/python -m pytest -q -p no:cacheprovider tests/browser

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
