# Two commands for a fresh machine:  make run   and   make test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint format bench bench-server bench-load bench-replicas bench-all reference evaluate validate screenshots i18n clean

run: $(VENV)/.runtime
	$(BIN)/streamlit run app.py

test: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: $(VENV)/.dev
	$(BIN)/ruff check --fix . && $(BIN)/ruff format .

bench: $(VENV)/.dev
	$(BIN)/python bench/engine.py

bench-server: $(VENV)/.dev
	$(BIN)/python bench/server.py --checkboxes 138

bench-load: $(VENV)/.dev
	$(BIN)/python bench/load.py

bench-replicas: $(VENV)/.dev
	$(BIN)/python bench/replicas.py

bench-all: bench bench-server bench-load bench-replicas

reference: $(VENV)/.dev
	$(BIN)/python -m explorer.reference

evaluate: $(VENV)/.dev
	$(BIN)/python -m explorer.evaluation

# After changing explorer/messages.py (or a name in schema.py): refresh the template and every
# language's .po, translate the new entries, then compile (explorer/locale/README.md).
i18n: $(VENV)/.dev
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output --omit-header -o explorer/locale/messages.pot .
	$(BIN)/pybabel update -i explorer/locale/messages.pot -d explorer/locale -D messages --no-fuzzy-matching --ignore-pot-creation-date
	$(BIN)/pybabel compile --statistics -d explorer/locale -D messages

screenshots: $(VENV)/.dev
	$(BIN)/python scripts/screenshots.py

validate: $(VENV)/.runtime
	$(BIN)/python -m explorer validate

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pybabel compile --statistics -d explorer/locale -D messages
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/pybabel compile --statistics -d explorer/locale -D messages
	touch $@ $(VENV)/.runtime

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache artifacts
