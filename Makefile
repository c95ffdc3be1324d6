# Every target creates .venv and installs the pinned dependencies first, so a fresh clone needs nothing else.
VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1
# Date the build by the last commit, so two builds of one commit are byte-identical on any day. Without git
# (a source archive) the newest source file's time stands in: `git archive` gives every file the commit's.
ifeq ($(origin SOURCE_DATE_EPOCH),undefined)
SOURCE_DATE_EPOCH := $(shell git log -1 --format=%ct 2>/dev/null)
endif
ifeq ($(strip $(SOURCE_DATE_EPOCH)),)
SOURCE_DATE_EPOCH := $(shell python3 -c 'import pathlib as p; print(max(int(f.stat().st_mtime) for f in [p.Path("mkdocs.yml"), p.Path("exercises.yaml"), *p.Path("content").rglob("*")]))')
endif
export SOURCE_DATE_EPOCH
READY := $(VENV)/.ready

.PHONY: site serve test check bench audit deploy mutate clean

# ENGINE=zensical builds and previews with Zensical instead of MkDocs (see "Engines" in the README).
ENGINE ?= mkdocs
ifeq ($(ENGINE),zensical)
BUILD = $(PY) -m generator.zensical build
SERVE = $(PY) -m generator.zensical serve
else ifeq ($(ENGINE),mkdocs)
BUILD = $(VENV)/bin/mkdocs build --strict
SERVE = $(VENV)/bin/mkdocs serve
else
$(error ENGINE must be mkdocs or zensical, not '$(ENGINE)')
endif

site: $(READY)
	$(BUILD)

serve: $(READY)
	$(SERVE)

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

# Publish to the gh-pages branch of origin: refuse a placeholder site_url, uncommitted data or no origin, run the
# fast tests, build strictly, push. FAST_TESTS can be replaced on the command line (make deploy FAST_TESTS=...).
FAST_TESTS = $(PY) -m pytest -q -m "not browser"
deploy: $(READY)
	$(PY) -m generator.deploy --check
	$(FAST_TESTS)
	$(PY) -m generator.deploy

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
	rm -rf site .zensical .zensical.yml $(VENV) mutants tests/.stryker-tmp tests/.mutation

$(READY): requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@
