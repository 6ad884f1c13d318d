"""The command line of the foundation: init, dump, check, and bad input."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from helpers import SEED, dump, run_cli


def _numbers_of_section_one() -> list[str]:
    text = unicodedata.normalize("NFC", SEED.read_text(encoding="utf-8"))
    section = text.split("I. CHỈ TIÊU CHỦ YẾU")[1].split("II. NHIỆM VỤ")[0]
    # "2016-2020" names the poverty standard, not a figure of the plan.
    section = section.replace("2016-2020", "")
    return re.findall(r"\d+(?:\.\d{3})*(?:,\d+)?", section)


def _vn_to_float(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


def test_init_demo_and_dump_carry_the_whole_seed(db_url):
    r = run_cli("init", "--demo", "--db", db_url)
    assert r.returncode == 0, r.stderr
    data = dump(db_url)
    figures = sorted(t["target"] for t in data["targets"] if t["target"] is not None)
    expected = sorted(_vn_to_float(n) for n in _numbers_of_section_one())
    assert figures == expected
    assert all(isinstance(t["target"], (int, float)) for t in data["targets"] if t["target"])
    assert any(t["kind"] == "qualitative" for t in data["targets"])
    # Tasks of sections 1, 2 and 3.1–3.7 with their full text.
    codes = [t["code"] for t in data["tasks"]]
    assert codes == ["II.1", "II.2", "II.3"] + [f"II.3.{i}" for i in range(1, 8)]
    seed = unicodedata.normalize("NFC", SEED.read_text(encoding="utf-8"))
    for task in data["tasks"]:
        assert task["title"] in seed
        for para in task["description"].split("\n"):
            assert para in seed
    plan = data["plan"]
    assert plan["organisation"]["parent_agency"] == "UBND TỈNH CAO BẰNG"
    assert plan["organisation"]["signer_name"] == "Hoàng Thị Mỹ Hảo"
    assert len(plan["legal_bases"]) == 3 and "3307/UBND-TH" in plan["legal_bases"][0]
    assert plan["recipients"] == ["UBND tỉnh", "Sở Kế hoạch - Đầu tư", "Lãnh đạo Sở",
                                  "Các phòng CM"]
    assert len(plan["implementation"]) == 3
    # Running init --demo again changes nothing.
    again = run_cli("init", "--demo", "--db", db_url)
    assert again.returncode == 0 and dump(db_url)["results"] == data["results"]


def test_check_passes_on_a_sound_database(sqlite_url):
    assert run_cli("init", "--db", sqlite_url).returncode == 0
    r = run_cli("check", "--db", sqlite_url)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("lang,word", [("vi", "kế hoạch"), ("en", "plan")])
def test_unknown_plan_is_one_line(sqlite_url, lang, word):
    run_cli("init", "--db", sqlite_url)
    r = run_cli("dump", "--plan", "1999", "--db", sqlite_url, "--lang", lang)
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert word in r.stderr.lower() and "1999" in r.stderr


def test_missing_file_is_not_created(tmp_path):
    missing = tmp_path / "nope.sqlite"
    r = run_cli("dump", "--plan", "2021", "--db", str(missing))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert not missing.exists()


def test_not_a_database_is_refused_and_kept(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("đây không phải cơ sở dữ liệu\n" * 20, encoding="utf-8")
    before = bogus.read_bytes()
    for args in (["dump", "--plan", "2021"], ["check"], ["init"]):
        r = run_cli(*args, "--db", str(bogus))
        assert r.returncode == 1, args
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert bogus.read_bytes() == before


def test_truncated_database_is_detected(tmp_path):
    path = tmp_path / "cut.sqlite"
    assert run_cli("init", "--demo", "--db", str(path)).returncode == 0
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    r = run_cli("check", "--db", str(path))
    assert r.returncode == 1 and "Traceback" not in r.stderr


def test_unreachable_server_is_one_line():
    r = run_cli("dump", "--plan", "2021", "--db",
                "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_bad_arguments_are_one_line():
    for args in (["dump"], ["dump", "--plan", "abc"], ["frobnicate"]):
        r = run_cli(*args)
        assert r.returncode == 1, args
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_newer_schema_is_refused(sqlite_url):
    import sqlite3

    run_cli("init", "--db", sqlite_url)
    with sqlite3.connect(sqlite_url) as c:
        c.execute("UPDATE alembic_version SET version_num='9999'")
    c.close()
    r = run_cli("dump", "--plan", "2021", "--db", sqlite_url)
    assert r.returncode == 1 and "9999" in r.stderr


def test_dump_is_json_with_numbers(sqlite_url):
    run_cli("init", "--demo", "--db", sqlite_url)
    r = run_cli("dump", "--plan", "2021", "--db", sqlite_url)
    data = json.loads(r.stdout)
    assert {"plan", "targets", "tasks", "results"} <= set(data)
    r0 = data["results"][0]
    assert isinstance(r0["value"], (int, float))
    assert unicodedata.is_normalized("NFC", r.stdout)


def test_db_may_stand_before_or_after_the_subcommand(sqlite_url):
    assert run_cli("--db", sqlite_url, "init", "--demo").returncode == 0
    before = run_cli("--db", sqlite_url, "dump", "--plan", "2021")
    after = run_cli("dump", "--plan", "2021", "--db", sqlite_url)
    assert before.returncode == after.returncode == 0
    assert before.stdout == after.stdout
