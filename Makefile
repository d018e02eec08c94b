# Two commands for a new user: `make run` and `make test`. Both set up first.
# Uses the machine's Python 3.11 (no interpreter downloads) and the pinned requirements.lock.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Quiet, offline, project-local Prefect.
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: setup run test bench clean lock

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "solieu needs Python 3.11+, found " + sys.version'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

run: setup
	$(BIN)/solieu run seeds

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/run.py

# Re-pin after changing pyproject.toml's dependencies (needs the registry).
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -e '.[test]'
	.lock-venv/bin/pip freeze --exclude-editable | grep -v '^solieu' > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) .prefect warehouse/solieu.duckdb* warehouse/exports warehouse/published warehouse/data_docs
