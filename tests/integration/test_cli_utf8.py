"""The command line writes UTF-8 whatever the console's code page: with
PYTHONIOENCODING=cp1252 (an English Windows PC's redirected output) and the
output redirected to a file, `dump > d.json`, `backup > log.txt` and an error
message all come out whole, in UTF-8, with the right exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.helpers import ROOT

CP1252 = {"PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"}


def run_redirected(tmp_path, *args: str) -> tuple[int, bytes, bytes]:
    """`python -m cbdesk ARGS > out 2> err` with a cp1252 'console'."""
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        code = subprocess.run([sys.executable, "-m", "cbdesk", *args], stdout=stdout,
                              stderr=stderr, env={**os.environ, **CP1252}, cwd=ROOT,
                              timeout=120).returncode
    return code, out.read_bytes(), err.read_bytes()


def test_dump_redirected_under_cp1252_is_whole_utf8_json(demo_sqlite, tmp_path):
    code, out, err = run_redirected(tmp_path, "dump", "--plan", "2021", "--db",
                                    str(demo_sqlite))
    assert code == 0, err.decode("utf-8", "replace")
    data = json.loads(out.decode("utf-8"))
    assert data["plan"]["organisation"]["signer_name"] == "Hoàng Thị Mỹ Hảo"
    assert "Hoàng Thị Mỹ Hảo".encode() in out


def test_backup_logged_to_a_file_under_cp1252_succeeds(demo_sqlite, tmp_path):
    target = tmp_path / "sao lưu" / "bản sao.sqlite"
    target.parent.mkdir()
    code, out, err = run_redirected(tmp_path, "backup", "-o", str(target), "--db",
                                    str(demo_sqlite))
    assert code == 0, err.decode("utf-8", "replace")
    assert target.exists()
    assert out.decode("utf-8").startswith("Đã sao lưu và kiểm tra:")
    assert "bản sao.sqlite" in out.decode("utf-8")


def test_error_message_under_cp1252_is_one_vietnamese_line(demo_sqlite, tmp_path):
    code, out, err = run_redirected(tmp_path, "dump", "--plan", "1999", "--db",
                                    str(demo_sqlite))
    assert code == 1 and out == b""
    text = err.decode("utf-8")
    assert text.strip() == "cbdesk: Không có kế hoạch năm 1999 trong cơ sở dữ liệu."
    assert "Traceback" not in text
