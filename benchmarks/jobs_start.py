"""Start-up as a person sees it: the real command ``python -m cbdesk --db
FILE`` spawned with ``CBDESK_STARTUP_PROBE=1``; the app prints JSON lines
``{"event": "first_paint"}`` (main window painted with its plan selector) and
``{"event": "interactive"}`` (first view shows the plan's data, event loop
free). The harness times spawn → each line, then kills the process. The floor
is a bare PySide6 QMainWindow (benchmarks/gui_probe.py floor) that prints the
same lines after its first paint, seen by a paint event filter.

Measured offscreen and under Xvfb (a real X server, QT_QPA_PLATFORM=xcb).
While cbdesk/ui/startup_probe.py is missing, the subject falls back to
benchmarks/gui_probe.py (which wraps run_gui and polls for the window and its
data) and the row's note says "probe missing".
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.datasets import ROOT
from benchmarks.harness import Row, median, probe_times

EVENTS = ("first_paint", "interactive")
TIMEOUT_S = 60.0


def read_events(p: subprocess.Popen, t0: float, want=EVENTS,
                timeout: float = TIMEOUT_S) -> tuple[dict[str, float], list[str]]:
    """Read ``p``'s stdout until every event in ``want`` is seen, the pipe
    closes or ``timeout`` passes: ({event: seconds since t0}, raw lines)."""
    fd = p.stdout.fileno()
    buf = b""
    lines: list[tuple[float, str]] = []
    deadline = t0 + timeout
    while True:
        left = deadline - time.perf_counter()
        if left <= 0:
            break
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            break
        chunk = os.read(fd, 65536)
        now = time.perf_counter() - t0
        if not chunk:
            break
        buf += chunk
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            lines.append((now, line.decode("utf-8", "replace")))
        got = probe_times(lines)
        if all(w in got for w in want):
            break
    return probe_times(lines), [s for _, s in lines]


def _kill(p: subprocess.Popen) -> str:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(p.pid, signal.SIGKILL)
    p.wait()
    err = p.stderr.read().decode("utf-8", "replace") if p.stderr else ""
    p.stdout.close()
    if p.stderr:
        p.stderr.close()
    return err


def spawn(cmd: list[str], env: dict, cwd: Path) -> dict[str, float]:
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                         cwd=str(cwd), start_new_session=True)
    got, lines = read_events(p, t0)
    err = _kill(p)
    missing = [e for e in EVENTS if e not in got]
    if missing:
        raise RuntimeError(f"{' '.join(cmd[1:3])}: no {missing} line within {TIMEOUT_S:.0f} s; "
                           f"stdout {lines[-3:]!r}; stderr {err[-600:]!r}")
    return got


def probe_available() -> bool:
    return importlib.util.find_spec("cbdesk.ui.startup_probe") is not None


def sample_database(tmp: Path) -> Path:
    """The sample plan's own database (what `make run` opens)."""
    from cbdesk.services.setup.demo import ensure_demo_database

    path = tmp / "sample.sqlite"
    if not path.exists():
        ensure_demo_database(path)
    return path


def measure_start(db: Path, tmp: Path, reps: int, env_extra: dict) -> tuple[dict, dict, str]:
    """Medians {event: s} of the app and of the floor, alternated run by run."""
    data_dir = tmp / "gui-data"
    data_dir.mkdir(exist_ok=True)
    env = dict(os.environ, CBDESK_DATA_DIR=str(data_dir), CBDESK_STARTUP_PROBE="1",
               XDG_CONFIG_HOME=str(tmp / "gui-config"), PYTHONPATH=str(ROOT), **env_extra)
    probe = str(ROOT / "benchmarks" / "gui_probe.py")
    fallback_cmd = [sys.executable, probe, "app", "--db", str(db)]
    fallback = ("fallback benchmarks/gui_probe.py app — run_gui wrapped, first paint = main "
                "window visible, interactive = a view with rows")
    floor_cmd = [sys.executable, probe, "floor"]
    spawn(floor_cmd, env, tmp)  # warm the file cache for both
    if probe_available():
        app_cmd = [sys.executable, "-m", "cbdesk", "--db", str(db)]
        how = ("the real `python -m cbdesk --db FILE` with CBDESK_STARTUP_PROBE=1; interactive ="
               " the Targets view painted with the plan's figures, read before SQLAlchemy loads"
               " (keys and clicks of the next ~0,4 s wait until the database is open)")
        try:
            spawn(app_cmd, env, tmp)
        except RuntimeError as e:  # the module is there but said nothing
            print(f"start-up probe gave no line: {e}", file=sys.stderr)
            app_cmd, how = fallback_cmd, "probe missing (no line arrived): " + fallback
            spawn(app_cmd, env, tmp)
    else:
        app_cmd = fallback_cmd
        how = "probe missing (cbdesk/ui/startup_probe.py): " + fallback
        spawn(app_cmd, env, tmp)
    app, floor = {e: [] for e in EVENTS}, {e: [] for e in EVENTS}
    for _ in range(reps):
        for e, t in spawn(floor_cmd, env, tmp).items():
            floor.setdefault(e, []).append(t)
        for e, t in spawn(app_cmd, env, tmp).items():
            app.setdefault(e, []).append(t)
    return ({e: median(app[e]) for e in EVENTS}, {e: median(floor[e]) for e in EVENTS}, how)


def _rows(section: str, app: dict | None, floor: dict | None, note: str,
          failure: str = "") -> list[Row]:
    app, floor = app or {}, floor or {}
    return [
        Row("Cold start → first paint (window, frame, plan selector)", app.get("first_paint"),
            floor.get("first_paint"), max_ratio=2.0, section=section, note=note,
            failure=failure),
        Row("Cold start → interactive with the sample plan", app.get("interactive"),
            floor.get("interactive"), max_ratio=3.0, section=section, note=note,
            failure=failure),
    ]


def job_start_offscreen(ctx) -> list[Row]:
    db = sample_database(ctx.tmp)
    app, floor, how = measure_start(db, ctx.tmp, ctx.reps, {"QT_QPA_PLATFORM": "offscreen"})
    return _rows("Start (offscreen)", app, floor, f"{how}; floor: bare PySide6 QMainWindow "
                 "printing the same lines after its first paint (paint event filter)")


def free_display() -> int:
    for n in range(91, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


@contextlib.contextmanager
def xvfb():
    """A private Xvfb for the run, killed after: yields its DISPLAY."""
    exe = shutil.which("Xvfb")
    if exe is None:
        raise FileNotFoundError("Xvfb is not installed (apt-get install xvfb)")
    n = free_display()
    p = subprocess.Popen([exe, f":{n}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         start_new_session=True)
    try:
        sock = Path(f"/tmp/.X11-unix/X{n}")
        deadline = time.monotonic() + 10
        while not sock.exists():
            if p.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Xvfb :{n} did not start: "
                                   f"{p.stderr.read().decode(errors='replace')[-300:]}")
            time.sleep(0.05)
        yield f":{n}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(p.pid, signal.SIGTERM)
        try:
            p.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
        p.stderr.close()


def job_start_xvfb(ctx) -> list[Row]:
    section = "Start (Xvfb, xcb)"
    db = sample_database(ctx.tmp)
    try:
        with xvfb() as display:
            app, floor, how = measure_start(db, ctx.tmp, ctx.reps,
                                            {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display})
    except FileNotFoundError as e:
        return _rows(section, None, None, "", failure=f"not measured: {e}")
    return _rows(section, app, floor, f"{how}; a real X server: Xvfb {display} -screen 0 "
                 "1366x768x24, QT_QPA_PLATFORM=xcb; floor as offscreen")
