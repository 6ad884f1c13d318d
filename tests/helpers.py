"""Small helpers shared by the tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "samples" / "seed_2021.txt"
REQUIRE_ALL = os.environ.get("CBDESK_REQUIRE_ALL") == "1"


def require_tool(name: str) -> str:
    """The path of an outside tool; skip without it locally, fail in CI."""
    path = shutil.which(name)
    if path:
        return path
    if REQUIRE_ALL:
        pytest.fail(f"{name} is required (CBDESK_REQUIRE_ALL=1) but not installed")
    pytest.skip(f"{name} is not installed")


def run_cli(*args: str, input: str | None = None, env: dict | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `python -m cbdesk …` as a user would, in a separate process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "cbdesk", *args], capture_output=True,
                          text=True, input=input, env=full_env, timeout=timeout, cwd=ROOT)


def dump(db: str, year: int = 2021) -> dict:
    r = run_cli("dump", "--plan", str(year), "--db", db)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)
