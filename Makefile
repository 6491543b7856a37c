# Karigar Saathi: `make run` and `make test` are all a newcomer needs; everything else is a step
# they depend on. The bot's Python 3.11+ virtualenv is .venv/, Rasa's Python 3.10 one .venv-rasa/.
SHELL := /bin/bash
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

# The first interpreter that actually runs and is 3.11+ (pyenv shims exist for inactive versions).
PYTHON ?= $(shell for p in python3.11 python3.12 python3.13 python3; do \
  $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { command -v $$p; break; }; done)
VENV := .venv
RASA_VENV := .venv-rasa
BOT := $(VENV)/bin/python
PIP_QUIET := --quiet --disable-pip-version-check
# The Rasa token is a secret shared by the bot and the Rasa server: taken from the environment,
# or generated once into var/rasa.token (git-ignored) so that `make run` needs no setup.
WITH_RASA_TOKEN = RASA_TOKEN="$${RASA_TOKEN:-$$(cat var/rasa.token)}"

CATALOGS := $(patsubst %.po,%.mo,$(wildcard locales/*/LC_MESSAGES/messages.po))
NLU_INPUTS := rasa_project/config.yml rasa_project/domain.yml $(wildcard rasa_project/data/*/*.yml) \
              $(wildcard rasa_project/components/*.py)

.PHONY: help run test install catalogs migrate train rasa-up rasa-down lint format bench \
        bench-answers bench-classifiers lock rasa-lock clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 20

run: install catalogs migrate train rasa-up  ## start Rasa and the bot (Telegram if TELEGRAM_BOT_TOKEN is set, else a console chat)
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then \
	  $(WITH_RASA_TOKEN) $(BOT) -m bot run; \
	else \
	  echo "TELEGRAM_BOT_TOKEN is not set: starting the console chat (Rasa keeps running; 'make rasa-down' stops it)"; \
	  $(WITH_RASA_TOKEN) $(BOT) -m bot chat; \
	fi

test: install catalogs train lint  ## lint, type-check and run every test (real Rasa, SQLite and PostgreSQL)
	$(BOT) -m pytest

install: $(VENV)/.installed $(RASA_VENV)/.installed var/rasa.token  ## create both virtualenvs from the lock files

$(VENV)/.installed: requirements.lock pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is required" >&2; exit 1; }
	test -x $(BOT) || $(PYTHON) -m venv $(VENV)
	$(BOT) -m pip install $(PIP_QUIET) -r requirements.lock
	$(BOT) -m pip install $(PIP_QUIET) --no-deps -e .
	touch $@

$(RASA_VENV)/.installed: rasa_project/requirements.lock
	test -x $(RASA_VENV)/bin/python || "$$(scripts/find-python3.10)" -m venv $(RASA_VENV)
	$(RASA_VENV)/bin/python -m pip install $(PIP_QUIET) --no-deps -r rasa_project/requirements.lock
	SQLALCHEMY_SILENCE_UBER_WARNING=1 $(RASA_VENV)/bin/rasa --version >/dev/null
	touch $@

var/rasa.token:
	mkdir -p var
	umask 077 && $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(32))' > $@

catalogs: $(CATALOGS)  ## compile the translation catalogs (.po -> .mo)

%/LC_MESSAGES/messages.mo: %/LC_MESSAGES/messages.po $(VENV)/.installed
	$(BOT) scripts/babel_runner.py compile

migrate: $(VENV)/.installed  ## bring the database (DATABASE_URL or SQLite) to the newest schema
	$(BOT) -m bot db upgrade

train: $(VENV)/.installed $(RASA_VENV)/.installed $(NLU_INPUTS)  ## train the NLU model if its data or config changed
	$(BOT) -m bot rasa train

rasa-up: install train  ## start the Rasa server in the background and wait until it answers
	$(WITH_RASA_TOKEN) $(BOT) -m bot rasa up

rasa-down:  ## stop the Rasa server started by rasa-up
	$(WITH_RASA_TOKEN) $(BOT) -m bot rasa down

lint: $(VENV)/.installed  ## ruff (lint and format check) and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(VENV)/.installed  ## apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install catalogs train  ## NLU accuracy per script, latency/throughput/RSS through the emulator
	$(BOT) -m benchmarks.run

bench-answers: install catalogs train  ## only the answer-level check: held-out questions through the bot and real Rasa
	$(BOT) -m benchmarks.answers

bench-classifiers: install  ## retrain with LogisticRegression and DIET and compare them (slow)
	$(BOT) -m benchmarks.compare_classifiers

lock: $(VENV)/.installed  ## re-resolve requirements.lock from pyproject.toml
	$(VENV)/bin/pip-compile --quiet --extra dev --strip-extras --no-emit-index-url \
	  --no-emit-find-links --output-file requirements.lock pyproject.toml

rasa-lock:  ## re-resolve rasa_project/requirements.lock in a throwaway Python 3.10 venv
	rm -rf var/rasa-lock && "$$(scripts/find-python3.10)" -m venv var/rasa-lock
	var/rasa-lock/bin/pip install $(PIP_QUIET) rasa==3.6.21
	{ sed -n '1,3p' rasa_project/requirements.lock; var/rasa-lock/bin/pip freeze --all; } > var/rasa.lock.new
	mv var/rasa.lock.new rasa_project/requirements.lock && rm -rf var/rasa-lock

clean:  ## remove virtualenvs, models, compiled catalogs and local data
	-$(MAKE) rasa-down
	rm -rf $(VENV) $(RASA_VENV) rasa_project/models var $(CATALOGS)
