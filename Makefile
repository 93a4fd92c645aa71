# CreatorPulse: `make run` starts the bot (or, with no DISCORD_TOKEN at a terminal, the offline
# sandbox in the browser), `make sandbox` the sandbox explicitly, `make test` runs lint, type
# check and every test (then the date-sensitive end-to-end tests again with the machine's clock
# a year ahead), `make screenshots` regenerates the README's sandbox pictures.
# Each creates the virtual environment in .venv when it is missing or stale: running the bot
# installs the bot alone, testing adds the test tools (pytest, mypy, ruff, Playwright).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime
STAMP := $(VENV)/.installed

.PHONY: run sandbox test lint shifted-clock bench screenshots clean

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

run: $(RUNTIME)
	$(BIN)/python -m bot $(ARGS)

sandbox: $(RUNTIME)
	$(BIN)/python -m bot sandbox $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -n auto --durations=15 $(PYTEST_ARGS)
	bash tests/shifted_clock.sh

shifted-clock: $(STAMP)
	bash tests/shifted_clock.sh

bench: $(STAMP)
	$(BIN)/python bench/interactions.py $(ARGS)

screenshots: $(STAMP)
	SANDBOX_SCREENSHOTS=docs $(BIN)/python -m pytest -q -p no:cacheprovider tests/browser

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
