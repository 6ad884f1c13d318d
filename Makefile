# cbdesk — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

LOCK := requirements.lock
EXTRAS := test,postgres,dist

.PHONY: run test test-latest lock lint dist dist-check bench bench-quick clean screenshots translations mutation

# The versions tested are the versions users get: everything is installed from
# the lock file (exact pins), then cbdesk itself without resolving again.
$(STAMP): pyproject.toml $(LOCK)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Refresh the lock after changing a dependency in pyproject.toml: resolve the
# newest allowed versions of [$(EXTRAS)] in a scratch venv and freeze them.
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet -e '.[$(EXTRAS)]'
	.venv-lock/bin/python scripts/freeze_lock.py .venv-lock/bin/python $(LOCK)
	rm -rf .venv-lock

# Non-blocking: the test suite against the newest versions pyproject allows
# (a warning, not a failure, when they break something: then fix and `make lock`).
test-latest:
	rm -rf .venv-latest
	$(PYTHON) -m venv .venv-latest
	.venv-latest/bin/python -m pip install --quiet --upgrade -e '.[test,postgres]'
	QT_QPA_PLATFORM=offscreen .venv-latest/bin/python -m pytest -q -p no:cacheprovider \
	  || echo "test-latest: the newest allowed versions FAIL (the locked ones are what ships)"

# The sample plan in its own file (cbdesk-demo.sqlite in the data folder, made when
# missing, never the office's database): what Help → Open the sample plan opens.
run: $(STAMP)
	$(PY) -m cbdesk --db "$$($(PY) -c 'from cbdesk.services.setup.demo import ensure_demo_database as e; print(e())')"

# In parallel (pytest-xdist, one worker per CPU core; TEST_JOBS=0 for one
# process): tests that share one costly thing (the frozen build) carry
# @pytest.mark.xdist_group and run on one worker (--dist loadgroup). Each run
# and worker has its own PostgreSQL database and folders (docs/RELIABILITY.md,
# "The suite"): two `make test` at once do not disturb each other.
TEST_JOBS ?= auto
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n $(TEST_JOBS) --dist loadgroup

lint: $(STAMP)
	$(VENV)/bin/ruff check cbdesk tests benchmarks

clean:
	rm -rf build dist .pytest_cache

# The Windows program's folder (here built for Linux with the same spec):
# dist/cbdesk/ with cbdesk (windowed) and cbdesk-cli (console). docs/WINDOWS.md.
dist: $(STAMP)
	$(PY) scripts/build_translations.py
	$(VENV)/bin/pyinstaller build.spec --noconfirm --log-level WARN

# Size, frozen CLI + report + GUI smoke, start time against the source (JSON summary).
dist-check:
	test -x $(PY) || $(MAKE) $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/check_dist.py

# Budgets as ratios to floors measured in the same run (docs/benchmarks.md):
# prints each verdict and exits 1 when a budget fails. The PostgreSQL section
# runs on CBDESK_BENCH_PG_URL (default: the local CI server, when it answers).
CBDESK_BENCH_PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:54329/cbdesk_bench
export CBDESK_BENCH_PG_URL
# What users run is compiled (the installed program ships .pyc files); compile
# first so a PYTHONDONTWRITEBYTECODE environment does not time the compiler.
bench: $(STAMP)
	$(PY) -m compileall -q cbdesk benchmarks
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run --out docs/benchmarks.md

# A fast look (3 runs); writes docs/benchmarks.md only when asked:
# make bench-quick BENCH_OUT=docs/benchmarks.md
bench-quick: $(STAMP)
	$(PY) -m compileall -q cbdesk benchmarks
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run --quick $(if $(BENCH_OUT),--out $(BENCH_OUT))

# The Windows installer around dist/cbdesk: dist/cbdesk-<version>-setup.exe
# (packaging/installer.nsi; needs NSIS 3: apt install nsis). docs/WINDOWS.md.
.PHONY: installer
installer:
	$(PYTHON) packaging/build_installer.py
# Mutation testing (mutmut) over core and services, in a private copy of the
# tree; `make mutation MODULES="permissions db_errors"` for a subset. The score
# and survivors are recorded in docs/RELIABILITY.md.
mutation: $(STAMP)
	$(PY) -c "import mutmut, coverage" 2>/dev/null || $(PY) -m pip install -q -e '.[mutation]'
	$(PY) scripts/mutation.py $(MODULES)
