# cbdesk — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint dist dist-check bench clean screenshots translations mutation

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m cbdesk init --demo
	$(PY) -m cbdesk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check cbdesk tests benchmarks

clean:
	rm -rf build dist .pytest_cache

# The Windows program's folder (here built for Linux with the same spec):
# dist/cbdesk/ with cbdesk (windowed) and cbdesk-cli (console). docs/WINDOWS.md.
dist:
	test -x $(PY) || $(MAKE) $(STAMP)
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install -q -e '.[dist]'
	$(PY) scripts/build_translations.py
	$(VENV)/bin/pyinstaller build.spec --noconfirm --log-level WARN

# Size, frozen CLI + report + GUI smoke, start time against the source (JSON summary).
dist-check:
	test -x $(PY) || $(MAKE) $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/check_dist.py

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run --out docs/benchmarks.md

# Mutation testing (mutmut) over core and services, in a private copy of the
# tree; `make mutation MODULES="permissions db_errors"` for a subset. The score
# and survivors are recorded in docs/RELIABILITY.md.
mutation: $(STAMP)
	$(PY) -c "import mutmut" 2>/dev/null || $(PY) -m pip install -q -e '.[mutation]'
	$(PY) scripts/mutation.py $(MODULES)
