"""Which tests run which lines: the map that lets `make mutation` judge each
mutant of a service by the tests that execute it, not by the whole suite.

One run of tests/unit and tests/integration (SQLite, in parallel) under
coverage.py with one context per test records, for every line of cbdesk/core
and cbdesk/services, the tests that executed it, and how long each test took.
The map is kept in .mutation/ and made again when any source or test changes.

A mutant is then judged by the tests that executed its function (the whole
function, not only its line: a statement spread over lines is reported on one
of them), the tests that ran its very line first, each group fastest first.
A mutant of a function's signature is judged by the tests that ran its body;
a mutant outside any function (a constant, a class attribute) by every test
that ran any line of its module. A mutant that no test executes
survives without a run: no test could have noticed it.

tests/ui is left out: its tests need pytest-qt, which the judge does not load
(a forked child cannot start a second QApplication safely).
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".mutation"
MAP_FILE = CACHE / "who-runs-what.json"
TEST_DIRS = ["tests/unit", "tests/integration"]
MEASURED = ["cbdesk/core", "cbdesk/services"]


def fingerprint() -> str:
    """Of every tracked or new Python file under cbdesk/ and tests/, and of this script."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "cbdesk", "tests",
                            "scripts/mutation_cover.py"], cwd=ROOT, capture_output=True,
                           text=True, check=True).stdout.split("\n")
    h = hashlib.sha256()
    for f in sorted(filter(None, files)):
        p = ROOT / f
        if p.is_file() and p.suffix in (".py", ".toml", ".ini"):
            h.update(f.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


# -- the pytest plugin (loaded with -p mutation_cover in each xdist worker) --------------

class _Recorder:
    def __init__(self) -> None:
        import coverage

        self.cov = coverage.Coverage(
            data_file=str(CACHE / "raw" / "cov"), data_suffix=True,
            source=[str(ROOT / d) for d in MEASURED], config_file=False)
        self.durations: dict[str, float] = {}
        self.cov.start()

    def switch(self, nodeid: str) -> None:
        self.cov.switch_context(nodeid)

    def finish(self) -> None:
        self.cov.stop()
        self.cov.save()
        name = f"durations.{os.getpid()}.json"
        (CACHE / "raw" / name).write_text(json.dumps(self.durations), encoding="utf-8")


_recorder: _Recorder | None = None


def pytest_configure(config) -> None:
    global _recorder
    if os.environ.get("CBDESK_MUTATION_MAP") == "1" and _recorder is None:
        _recorder = _Recorder()


def pytest_unconfigure(config) -> None:
    global _recorder
    if _recorder is not None:
        _recorder.finish()
        _recorder = None


def pytest_runtest_setup(item) -> None:
    if _recorder is not None:
        _recorder.switch(item.nodeid)


def pytest_runtest_logreport(report) -> None:
    if _recorder is not None and report.when in ("setup", "call", "teardown"):
        d = _recorder.durations
        d[report.nodeid] = d.get(report.nodeid, 0.0) + report.duration


# -- making and reading the map ------------------------------------------------------------

def build(log=print) -> dict:
    """Run the tests once under coverage and write the map (a few minutes)."""
    import shutil

    import coverage

    raw = CACHE / "raw"
    shutil.rmtree(raw, ignore_errors=True)
    raw.mkdir(parents=True)
    env = dict(os.environ, CBDESK_MUTATION_MAP="1", CBDESK_TEST_PG_URL="",
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "scripts"))
    env.pop("CBDESK_REQUIRE_ALL", None)
    start = time.monotonic()
    log("mutation map: running tests/unit and tests/integration under coverage …", flush=True)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "mutation_cover",
         "-n", os.environ.get("MUTATION_JOBS", "2"), "-W", "ignore", *TEST_DIRS],
        cwd=ROOT, env=env, capture_output=True, text=True)
    tail = done.stdout.strip().split("\n")[-1:]
    log(f"mutation map: tests done in {(time.monotonic() - start) / 60:.1f} min: {tail}",
        flush=True)
    if done.returncode not in (0,):
        raise SystemExit("the tests fail without any mutant; the map is not made:\n"
                         + done.stdout[-3000:])
    combiner = coverage.Coverage(data_file=str(raw / "cov"), config_file=False)
    combiner.combine([str(raw)], keep=False)
    data = combiner.get_data()
    tests: dict[str, float] = {}
    for f in raw.glob("durations.*.json"):
        tests.update(json.loads(f.read_text(encoding="utf-8")))
    names = sorted(tests)
    index = {n: i for i, n in enumerate(names)}
    lines: dict[str, dict[str, list[int]]] = {}
    for measured in data.measured_files():
        rel = str(Path(measured).resolve().relative_to(ROOT))
        per_line = {}
        for line, contexts in data.contexts_by_lineno(measured).items():
            ids = sorted(index[c] for c in contexts if c in index)
            if ids:
                per_line[str(line)] = ids
        lines[rel] = per_line
    out = {"fingerprint": fingerprint(), "tests": names,
           "seconds": [round(tests[n], 3) for n in names], "lines": lines}
    MAP_FILE.write_text(json.dumps(out), encoding="utf-8")
    shutil.rmtree(raw, ignore_errors=True)
    return out


def load(log=print) -> dict:
    """The map, made again when the sources or tests changed since it was made."""
    if MAP_FILE.exists():
        found = json.loads(MAP_FILE.read_text(encoding="utf-8"))
        if found.get("fingerprint") == fingerprint():
            return found
    return build(log)


def _functions(source: str) -> list[tuple[int, int, int]]:
    """(first line with decorators, first line of the body, last line) of every
    function. Its ``def`` line runs when the module (or the outer function)
    does, so only the body tells which tests call it."""
    spans = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            spans.append((first, node.body[0].lineno, node.end_lineno or node.lineno))
    return spans


class Selector:
    """The tests that judge one module's mutants, by line."""

    def __init__(self, the_map: dict, module: str, source: str) -> None:
        self.names = the_map["tests"]
        self.seconds = the_map["seconds"]
        self.lines = {int(k): v for k, v in the_map["lines"].get(module, {}).items()}
        self.functions = _functions(source)
        self.where = {n: i for i, n in enumerate(self.names)}

    def _fastest(self, ids) -> list[int]:
        return sorted(set(ids), key=lambda i: (self.seconds[i], i))

    def tests_for(self, line: int) -> list[str]:
        inside = [s for s in self.functions if s[0] <= line <= s[2]]
        if not inside:  # a constant, a class attribute: whoever ran the module
            return [self.names[i] for i in self._fastest(
                i for ids in self.lines.values() for i in ids)]
        _, body, last = min(inside, key=lambda s: s[2] - s[0])  # the innermost
        callers = self._fastest(i for ln in range(body, last + 1) for i in self.lines.get(ln, []))
        if line < body:  # the signature or a decorator: whoever called it
            return [self.names[i] for i in callers]
        exact = self._fastest(i for i in self.lines.get(line, []) if i in set(callers))
        return [self.names[i] for i in exact + [i for i in callers if i not in set(exact)]]

    def seconds_of(self, tests: list[str]) -> float:
        return sum(self.seconds[self.where[t]] for t in tests if t in self.where)
