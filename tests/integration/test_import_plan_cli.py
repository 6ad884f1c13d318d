"""`cbdesk import-plan`: the seed read into a draft plan equal to the sample."""

from __future__ import annotations

from helpers import SEED, dump, run_cli

from cbdesk.db.sample import sample_plan


def test_the_seed_imports_into_the_sample_plans_figures_and_tasks(db_url):
    r = run_cli("import-plan", str(SEED), "--year", "2021", "--db", db_url)
    assert r.returncode == 0, r.stderr
    assert "0 chỗ chưa đọc được" in r.stdout
    data = dump(db_url)
    assert data["plan"]["status"] == "draft"
    sample = sample_plan()
    got = {t["code"]: (t["target"], t["kind"], t["direction"], t["parent"], t["relation"])
           for t in data["targets"]}
    want = {t.code: (t.target, t.kind, t.direction, t.parent_code, t.relation)
            for t in sample.targets}
    assert got == want
    assert [(t["code"], t["title"], t["description"]) for t in data["tasks"]] == [
        (t.code, t.title, t.description) for t in sample.tasks]
    assert data["plan"]["implementation"] == sample.implementation
    assert data["plan"]["organisation"]["signer_name"] == "Hoàng Thị Mỹ Hảo"


def test_a_draft_never_overwrites_an_existing_plan(sqlite_url):
    assert run_cli("init", "--demo", "--db", sqlite_url).returncode == 0
    before = dump(sqlite_url)
    r = run_cli("import-plan", str(SEED), "--year", "2021", "--db", sqlite_url)
    assert r.returncode == 1 and r.stderr.count("\n") == 1
    assert dump(sqlite_url) == before


def test_bad_files_are_one_line(tmp_path, sqlite_url):
    odd = tmp_path / "plan.pdf"
    odd.write_bytes(b"%PDF-1.4")
    for path in (tmp_path / "missing.docx", odd):
        r = run_cli("import-plan", str(path), "--year", "2022", "--db", sqlite_url)
        assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
