"""The fast judge behind `make mutation`: mutmut 2.5 makes the mutants, one
process that has already imported pytest and the libraries judges them, each
in a forked child (no interpreter start, no plugin loading per mutant).

Each module is mutated in a private copy of the tree (never in the working
tree). For every mutant the parent writes the mutated file into that copy and
forks; the child forgets every module loaded from the copy (cbdesk, tests),
so it imports the mutant afresh, runs the module's tests with ``-x`` and exits
with pytest's code. A child that outlives its time limit is killed and counted
as a timeout (a mutant that loops). Bytecode is never written, so a mutant of
the same size and second cannot be served from a stale .pyc.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
PYTEST_ARGS = ["-x", "-q", "-p", "no:cacheprovider", "-p", "no:pytestqt",
               "-p", "no:hypothesispytest", "--no-header", "-W", "ignore"]


@dataclass
class Outcome:
    module: str
    killed: int = 0
    timeout: int = 0
    survivors: list[tuple[int, str, str]] = field(default_factory=list)  # line, before, after
    seconds: float = 0.0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # annotation-only / no compile
    uncovered: list[tuple[int, str, str]] = field(default_factory=list)  # run by no test
    broken: list[str] = field(default_factory=list)  # tests that fail without a mutant
    found: int = 0  # mutants made (all judged unless a sample was asked for)
    caught: list[tuple[str, str]] = field(default_factory=list)  # (before, after) of each caught

    @property
    def total(self) -> int:
        return self.killed + self.timeout + len(self.survivors) + len(self.uncovered)


def copy_tree(dest: Path) -> None:
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split("\n")
    for f in filter(None, files):
        src = ROOT / f
        if src.is_file():
            (dest / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / f)


def _meaning(source: str) -> str | None:
    """The code without its type annotations (never evaluated here: every module
    has ``from __future__ import annotations``), or None when it does not compile."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign):
            node.annotation = ast.Constant(None)
        elif isinstance(node, ast.arg):
            node.annotation = None
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            node.returns = None
    return ast.dump(tree)


def mutants(path: Path, skipped: list | None = None) -> list[tuple[str, int, str, str]]:
    """(mutated source, line number, line before, line after) for each mutant.
    Mutants that only change a type annotation, or do not compile, are not
    mutants of the behaviour: they go to ``skipped`` instead."""
    import mutmut

    # The wording of messages is checked by key words, not letter by letter:
    # string mutants would only measure that.
    config = SimpleNamespace(covered_lines_by_filename=None, mutation_types_to_apply=set(
        mutmut.mutations_by_type) - {"string", "fstring"})
    source = path.read_text(encoding="utf-8")
    ids = mutmut.list_mutations(mutmut.Context(source=source, filename=str(path), config=config))
    found = []
    before = source.split("\n")
    meaning = _meaning(source)
    for mid in ids:
        ctx = mutmut.Context(source=source, mutation_id=mid, filename=str(path), config=config)
        mutated, n = mutmut.mutate(ctx)
        if n != 1:
            continue
        after = mutated.split("\n")
        line = mid.line_number
        if _meaning(mutated) in (None, meaning):
            if skipped is not None:
                skipped.append((line + 1, before[line].strip()))
            continue
        found.append((mutated, line + 1, before[line].strip(),
                      after[line].strip() if line < len(after) else ""))
    return found


def _forget(work: Path) -> None:
    """Drop every module loaded from the copy (cbdesk, the tests, conftest)."""
    for name, mod in list(sys.modules.items()):
        f = getattr(mod, "__file__", None) or ""
        if f.startswith(str(work)) or name.startswith(("cbdesk", "tests", "conftest", "test_")):
            del sys.modules[name]


class _FirstFailure:
    """Notes the first test that failed (the one that caught the mutant)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def pytest_runtest_logreport(self, report) -> None:
        if report.failed and not self.path.exists():
            self.path.write_text(report.nodeid, encoding="utf-8")


def _run_child(work: Path, tests: list[str], limit: int) -> int:
    """pytest's exit code for ``tests`` on the copy as it is now, run in a
    forked child; -1 when the child had to be killed (a mutant that loops)."""
    killer = work / ".tmp" / "first-failure"
    killer.unlink(missing_ok=True)
    pid = os.fork()
    if pid == 0:  # the child: forget the tree's modules, run the tests, exit
        try:
            signal.alarm(limit)
            _forget(work)
            tmp = work / ".tmp"
            tmp.mkdir(exist_ok=True)
            tempfile.tempdir = str(tmp)  # conftest's data folders go with the copy
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            import pytest

            code = pytest.main([*PYTEST_ARGS, *tests], plugins=[_FirstFailure(killer)])
        except BaseException:
            code = 3
        os._exit(int(code))
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return -1
    return os.WEXITSTATUS(status)


def _first_failure(work: Path) -> str | None:
    killer = work / ".tmp" / "first-failure"
    return killer.read_text(encoding="utf-8") if killer.exists() else None


# A share of each module's mutants, drawn by a hash of the mutant (the same
# share on every run of the same code): a score estimated from a random sample
# of mutants, when judging them all would take longer than the time there is.
SAMPLE = float(os.environ.get("MUTATION_SAMPLE", "1"))


def sampled(module: str, found: list) -> list:
    import hashlib

    def draw(m) -> float:
        key = f"{module}:{m[1]}:{m[2]}:{m[3]}".encode()
        return int(hashlib.sha256(key).hexdigest()[:8], 16) / 2**32

    return [m for m in found if draw(m) < SAMPLE]


# MUTATION_ONLY: a JSON list of [line before, line after] pairs (the survivors
# of an earlier run): only those mutants are judged, e.g. after new tests.
ONLY = os.environ.get("MUTATION_ONLY", "")


# The most test time one mutant may cost (as measured for the map): a mutant of
# a function every test runs (opening the database) would otherwise run the
# whole suite each time it survives. The tests that ran its very line come
# first, then the fastest.
BUDGET_S = float(os.environ.get("MUTATION_BUDGET_S", "30"))


# Test files that check the promises of docs/RELIABILITY.md across services.
PROMISE_FILES = ("test_losses", "test_permission", "test_audit", "test_service_rule",
                 "test_conflicts")


def _related_first(module: str, tests: list[str]) -> list[str]:
    """The tests of files named after the module (test_backup*.py for
    services/backup.py, its folder for a package) or after a promise first, the
    rest after them, each part in the order given (the tests that ran the very
    line first, fastest first): the budget is spent where a catch is likely."""
    path = Path(module)
    words = {path.stem, path.parent.name} - {"services", "core", "__init__"}

    def related(test: str) -> bool:
        name = Path(test.split("::")[0]).stem
        return any(w in name for w in words) or name.startswith(PROMISE_FILES)

    return sorted(tests, key=lambda t: not related(t))


def _within(selector, tests: list[str]) -> list[str]:
    chosen, spent = [], 0.0
    for t in tests:
        cost = selector.seconds_of([t])
        if chosen and spent + cost > BUDGET_S:
            break
        chosen.append(t)
        spent += cost
    return chosen


def _most_used_files(selector, found: list, most: int = 8) -> list[str]:
    from collections import Counter

    used = Counter(t.split("::")[0] for m in found for t in selector.tests_for(m[1])[:5])
    return [f for f, _ in used.most_common(most)] or ["tests/unit/test_mutation_selection.py"]


def judge(module: str, tests: list[str] | None, log=print, selector_of=None) -> Outcome:
    """Judge every mutant of ``module``: by the fixed list ``tests``, or, with
    ``selector_of`` (module source -> mutation_cover.Selector), by the tests
    that execute the mutated function (see scripts/mutation_cover.py)."""
    outcome = Outcome(module)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="cbdesk-mutation-") as tmp:
        work = Path(tmp)
        copy_tree(work)
        (work / ".tmp").mkdir()
        os.chdir(work)
        sys.path.insert(0, str(work))
        sys.dont_write_bytecode = True
        os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # The command-line processes that tests start import the mutant too (the
        # venv's editable install would give them the working tree).
        os.environ["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(work), os.environ.get("PYTHONPATH", "")]))
        target = work / module
        original = target.read_text(encoding="utf-8")
        selector = selector_of(original) if selector_of else None
        found = mutants(target, outcome.skipped)
        outcome.found = len(found)
        if SAMPLE < 1:
            found = sampled(module, found)
        if ONLY:  # the survivors of an earlier run, judged again (by text: lines move)
            wanted = {tuple(pair) for pair in json.loads(Path(ONLY).read_text(encoding="utf-8"))}
            found = [m for m in found if (m[2], m[3]) in wanted]
        # Warm the parent: the libraries the tests use, imported once (collecting
        # the test files this module's mutants will run, the most used first).
        files = tests or _most_used_files(selector, found)
        with contextlib.redirect_stdout(io.StringIO()):
            import pytest

            pytest.main([*PYTEST_ARGS, "--collect-only", *files])
        clean = 0.0
        if tests is not None:
            t0 = time.monotonic()
            if _run_child(work, tests, 600) != 0:
                raise SystemExit(f"{module}: the tests fail without any mutant: {tests}")
            clean = time.monotonic() - t0
        log(f"{module}: {len(found)} mutants ({len(outcome.skipped)} annotation-only or not "
            f"compiling, not run)", flush=True)
        sound: set[str] = set()  # tests seen passing on the unmutated module
        broken: set[str] = set()  # tests failing on it in the judge (never used)

        def verdict(chosen: list[str], limit: int) -> int:
            while True:
                code = _run_child(work, chosen, limit)
                who = _first_failure(work) if code not in (0, -1) else None
                if who is None or who in sound:
                    return code
                # A test that catches a mutant must pass without it, or it caught nothing.
                target.write_text(original, encoding="utf-8")
                alone = _run_child(work, [who], max(limit, 60))
                target.write_text(mutated, encoding="utf-8")
                if alone == 0:
                    sound.add(who)
                    return code
                broken.add(who)
                log(f"  {who} fails without a mutant: not used", flush=True)
                chosen = [t for t in chosen if t not in broken]
                if not chosen:
                    return 0

        try:
            for i, (mutated, line, before, after) in enumerate(found, 1):
                if selector is not None:
                    chosen = _within(selector, _related_first(module, [
                        t for t in selector.tests_for(line) if t not in broken]))
                    limit = max(20, int(selector.seconds_of(chosen) * 5) + 15)
                else:
                    chosen, limit = list(tests), max(10, int(clean * 5) + 5)
                if not chosen:
                    outcome.uncovered.append((line, before, after))
                    continue
                target.write_text(mutated, encoding="utf-8")
                code = verdict(chosen, limit)
                if code == -1:
                    outcome.timeout += 1
                elif code == 0:
                    outcome.survivors.append((line, before, after))
                    log(f"  survived line {line}: {before}  ->  {after}", flush=True)
                else:
                    outcome.killed += 1
                if code != 0:
                    outcome.caught.append((before, after))
                if i % 50 == 0:
                    log(f"  {module}: {i}/{len(found)} judged", flush=True)
        finally:
            target.write_text(original, encoding="utf-8")
            sys.path.remove(str(work))
            _forget(work)
            os.chdir(ROOT)
    outcome.broken = sorted(broken)
    outcome.seconds = time.monotonic() - start
    log(f"{module}: {outcome.total} mutants, {outcome.killed} killed, "
        f"{len(outcome.survivors)} survived, {len(outcome.uncovered)} run by no test, "
        f"{outcome.timeout} timeouts, {outcome.seconds / 60:.1f} min", flush=True)
    return outcome


def main(argv: list[str]) -> int:
    """``mutation_fork.py MODULE OUT.json [TEST …]``: judge one module and write
    its outcome (what scripts/mutation.py runs, several at once). With no
    tests named, each mutant is judged by the tests that execute it."""
    import mutation_cover

    module, out, *tests = argv
    log = lambda *a, **k: print(*a, file=sys.stderr, **k)  # noqa: E731
    if tests:
        outcome = judge(module, tests, log=log)
    else:
        the_map = mutation_cover.load(log)
        outcome = judge(module, None, log=log,
                        selector_of=lambda src: mutation_cover.Selector(the_map, module, src))
    Path(out).write_text(json.dumps(asdict(outcome)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
