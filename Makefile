# Every target creates .venv and installs the pinned dependencies first, so a fresh clone needs nothing else.
VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1
# Date the build by the last commit, so two builds of one commit are byte-identical on any day.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
READY := $(VENV)/.ready

.PHONY: site serve test check bench audit mutate clean

site: $(READY)
	$(VENV)/bin/mkdocs build --strict

serve: $(READY)
	$(VENV)/bin/mkdocs serve

test: $(READY)
	test -d tests/node_modules || npm ci --prefix tests --no-audit --no-fund
	$(PY) -m pytest

check: $(READY)
	$(PY) -m generator check

bench: $(READY)
	$(PY) tests/bench.py

# Lighthouse (mobile profile) over four pages with Debian's Chromium; fails if any score is below 95.
audit: $(READY)
	test -d tests/node_modules || npm ci --prefix tests --no-audit --no-fund
	$(VENV)/bin/mkdocs build --strict
	$(PY) tests/audit.py

# Mutation testing, outside `make test` (about 10-30 minutes): mutmut mutates generator/ and runs the fast suite
# against each mutant; StrykerJS does the same for the plan picker's logic with tests/js. Fails below 85%.
mutate: $(READY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r tests/requirements-mutate.txt
	test -d tests/node_modules/@stryker-mutator/core || npm ci --prefix tests --no-audit --no-fund
	rm -rf mutants
	$(VENV)/bin/mutmut run --max-children 2
	tests/node_modules/.bin/stryker run tests/stryker.config.json
	$(PY) tests/mutation_scores.py

clean:
	rm -rf site $(VENV) mutants tests/.stryker-tmp tests/.mutation

$(READY): requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@
