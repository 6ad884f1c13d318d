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


_DRAFT = """KẾ HOẠCH
Thực hiện nhiệm vụ năm 2025

I. CHỈ TIÊU CHỦ YẾU

- Tuyển mới đào tạo nghề: 12.000 người, cụ thể: trình độ trung cấp: 450 người; sơ cấp và \
đào tạo dưới 3 tháng: 1.550 người.
- Hỗ trợ 1.500 hộ thoát nghèo thuộc Chương trình 135 trong năm 2025.

II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Đẩy mạnh đào tạo nghề
Tổ chức các lớp đào tạo nghề.

III. TỔ CHỨC THỰC HIỆN

1. Phòng Lao động - Việc làm chủ trì.
"""


def test_a_breakdown_that_does_not_sum_imports_as_a_draft_with_the_problem_shown(
        tmp_path, db_url):
    path = tmp_path / "du-thao.txt"
    path.write_text(_DRAFT, encoding="utf-8")
    r = run_cli("import-plan", str(path), "--year", "2025", "--dry-run", "--db", db_url)
    assert r.returncode == 0, r.stderr
    assert "Chỉ tiêu 1 Tuyển mới đào tạo nghề — 12.000 người ⚠ tổng các chỉ tiêu cơ cấu " \
           "(2.000) khác kế hoạch (12.000)" in r.stdout
    assert "Chỉ tiêu 1.2 Sơ cấp và đào tạo dưới 3 tháng — 1.550 người" in r.stdout
    assert "Chỉ tiêu 2 Hỗ trợ hộ thoát nghèo thuộc Chương trình 135 — 1.500 hộ" in r.stdout
    assert "Nhiệm vụ II.1 Đẩy mạnh đào tạo nghề" in r.stdout
    r = run_cli("import-plan", str(path), "--year", "2025", "--db", db_url)
    assert r.returncode == 0, r.stderr
    assert "⚠ tổng các chỉ tiêu cơ cấu (2.000)" in r.stdout
    data = dump(db_url, 2025)
    assert data["plan"]["status"] == "draft"
    assert {t["code"]: t["target"] for t in data["targets"]} == {
        "1": 12000, "1.1": 450, "1.2": 1550, "2": 1500}
    assert "Chỉ tiêu 1: tổng các chỉ tiêu cơ cấu (2.000) khác kế hoạch (12.000)" in \
        data["plan"]["note"]
