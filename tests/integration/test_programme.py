"""Five-year programmes end to end: a programme workbook and three yearly plans
linked to it, imported with `cbdesk import`, rolled up by `cbdesk dump
--programme`; figures worked out by hand in the comments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli
from openpyxl import Workbook


def _book(path: Path, sheets: dict[str, list[list]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


PROGRAMME = {
    "Thông tin": [["Mục", "Giá trị"], ["Giai đoạn", "2026-2030"],
                  ["Tên kế hoạch", "Kế hoạch phát triển lao động 5 năm 2026-2030"]],
    "Chỉ tiêu giai đoạn": [
        ["Mã", "Mã cha", "Quan hệ", "Tên chỉ tiêu", "Đơn vị tính", "Loại", "Chiều",
         "Kế hoạch giai đoạn", "Cơ sở", "Năm cơ sở", "Bình quân năm"],
        ["VL", None, None, "Giải quyết việc làm", "người", "Cộng dồn", "Tăng", 60000,
         None, None, None],
        ["DT", None, None, "Tỷ lệ lao động qua đào tạo", "%", "Thời điểm", "Tăng", 70, 60,
         2025, None],
        ["HN", None, None, "Giảm tỷ lệ hộ nghèo bình quân mỗi năm", "%", "Thay đổi",
         "Giảm", 1.5, 10.0, 2025, "Có"],
    ],
}

# year → (jobs H1, jobs H2, trained-labour rate, poverty rate); the yearly
# codes differ from year to year on purpose: the link is what ties them.
YEARS = {2026: (6000, 6500, 62, 8.6), 2027: (5800, 6000, 64.5, 7.2),
         2028: (6400, 6600, 66, 5.9)}


def _plan(tmp: Path, year: int) -> Path:
    jobs1, jobs2, rate, poor = YEARS[year]
    c = {2026: ("1", "2", "3"), 2027: ("2", "3", "1"), 2028: ("A", "B", "C")}[year]
    return _book(tmp / f"plan-{year}.xlsx", {
        "Thông tin": [["Mục", "Giá trị"], ["Năm", year],
                      ["Tên kế hoạch", f"Kế hoạch năm {year}"]],
        "Chỉ tiêu": [
            ["Mã", "Tên chỉ tiêu", "Đơn vị tính", "Loại", "Chiều", "Kế hoạch", "Cơ sở",
             "Mã chỉ tiêu giai đoạn"],
            [c[0], "Giải quyết việc làm", "người", "Cộng dồn", "Tăng", 12000, None, "VL"],
            [c[1], "Tỷ lệ lao động qua đào tạo", "%", "Thời điểm", "Tăng", rate, rate - 2,
             "DT"],
            [c[2], "Giảm tỷ lệ hộ nghèo", "%", "Thay đổi", "Giảm", 1.5, poor + 1.4,
             "HN"],
        ],
        "Kết quả": [
            ["Mã chỉ tiêu", "Kỳ", "Giá trị"],
            [c[0], f"6 tháng đầu năm {year}", jobs1],
            [c[0], f"6 tháng cuối năm {year}", jobs2],
            [c[1], str(year), rate],
            [c[2], str(year), poor],
        ],
    })


def _dump(db: str, *extra: str) -> dict:
    r = run_cli("dump", "--programme", "2026-2030", *extra, "--db", db)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_programme_rolls_up_three_linked_yearly_plans_imported_from_workbooks(db_url, tmp_path):
    assert run_cli("init", "--db", db_url).returncode == 0
    files = [str(_book(tmp_path / "programme.xlsx", PROGRAMME))]
    files += [str(_plan(tmp_path, y)) for y in YEARS]
    r = run_cli("import", "--yes", *files, "--db", db_url)
    assert r.returncode == 0, r.stderr
    assert "giai đoạn 2026-2030" in r.stdout

    out = _dump(db_url)
    assert out["programme"]["code"] == "2026-2030"
    assert out["programme"]["upto"] == 2028 and out["programme"]["plans"] == [2026, 2027, 2028]
    t = {x["code"]: x for x in out["targets"]}

    # Jobs: 12.500 + 11.800 + 13.000 = 37.300 of 60.000 → 62,17 %; due 3/5 × 60.000
    # = 36.000; pace 103,6 % → on track.
    assert t["VL"]["years"] == {"2026": 12500, "2027": 11800, "2028": 13000}
    assert t["VL"]["linked"] == {"2026": "1", "2027": "2", "2028": "A"}
    assert t["VL"]["to_date"] == 37300
    assert t["VL"]["percent"] == pytest.approx(62.166667)
    assert t["VL"]["due"] == 36000
    assert t["VL"]["status"] == "on_track"
    # Trained labour: the latest year, 66 %; due 60 + 10 × 3/5 = 66 → pace 100 %;
    # 66/70 = 94,29 % of the programme target.
    assert t["DT"]["years"] == {"2026": 62, "2027": 64.5, "2028": 66}
    assert t["DT"]["to_date"] == 66
    assert t["DT"]["percent"] == pytest.approx(94.285714)
    assert t["DT"]["pace"] == pytest.approx(100)
    assert t["DT"]["status"] == "on_track"
    # Poverty: 10,0 → 5,9 is 4,1 points over 3 years = 1,3667 a year, 91,11 % of 1,5.
    assert t["HN"]["years"] == {"2026": 8.6, "2027": 7.2, "2028": 5.9}
    assert t["HN"]["change"] == pytest.approx(4.1)
    assert t["HN"]["yearly_average"] == pytest.approx(1.366667)
    assert t["HN"]["percent"] == pytest.approx(91.111111)
    assert t["HN"]["status"] == "on_track"

    # Mid-term by 2027: 24.300 of the 24.000 due (2/5) → pace 101,25 %; 2028 not counted.
    mid = {x["code"]: x for x in _dump(db_url, "--year", "2027")["targets"]}
    assert mid["VL"]["to_date"] == 24300 and mid["VL"]["due"] == 24000
    assert mid["VL"]["pace"] == pytest.approx(101.25)
    assert list(mid["VL"]["years"]) == ["2026", "2027"]
    # By 2029 (no 2029 plan yet): the year is said, not hidden.
    late = {x["code"]: x for x in _dump(db_url, "--year", "2029")["targets"]}
    assert late["VL"]["missing"] == [2029] and late["VL"]["years"]["2029"] is None

    # The mid-term review, PDF and Word, read back.
    pdf, word = tmp_path / "review.pdf", tmp_path / "review.docx"
    for out in (pdf, word):
        r = run_cli("report", "--kind", "programme", "--programme", "2026-2030", "--year",
                    "2028", "-o", str(out), "--date", "2028-12-20", "--number", "7",
                    "--db", db_url)
        assert r.returncode == 0, r.stderr
    import docx
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)
    word_text = " ".join(" ".join(p.text.split()) for p in docx.Document(word).paragraphs)
    for got in (text, word_text):
        assert "Đánh giá giữa kỳ thực hiện kế hoạch phát triển lao động 5 năm 2026-2030" in got
        assert "3 năm 2026–2028 đạt 37.300 người, bằng 62,17% kế hoạch giai đoạn" in got
        assert "năm 2028 đạt 66%, bằng 94,29% mục tiêu" in got
        assert "bình quân mỗi năm giảm 1,37 điểm %, bằng 91,11% mục tiêu" in got
    assert "Số: 07/BC" in text and "Phụ lục I" in text and "37.300" in text
    assert "20 tháng 12 năm 2028" in text


def test_yearly_link_to_an_unknown_programme_target_refuses_the_whole_file(db_url, tmp_path):
    assert run_cli("init", "--db", db_url).returncode == 0
    r = run_cli("import", "--yes", str(_book(tmp_path / "p.xlsx", PROGRAMME)), "--db", db_url)
    assert r.returncode == 0, r.stderr
    bad = _plan(tmp_path, 2026)
    from openpyxl import load_workbook

    wb = load_workbook(bad)
    wb["Chỉ tiêu"]["H2"] = "XX"
    wb.save(bad)
    r = run_cli("import", "--yes", str(bad), "--db", db_url)
    assert r.returncode == 1
    assert "XX" in r.stderr and "Traceback" not in r.stderr
    # Nothing of the file was written: no 2026 plan.
    assert run_cli("dump", "--plan", "2026", "--db", db_url).returncode == 1


def test_programme_and_linked_plan_round_trip_through_their_workbooks(db_url, tmp_path):
    assert run_cli("init", "--db", db_url).returncode == 0
    files = [str(_book(tmp_path / "programme.xlsx", PROGRAMME)), str(_plan(tmp_path, 2026))]
    assert run_cli("import", "--yes", *files, "--db", db_url).returncode == 0
    before = _dump(db_url)
    prog, plan = tmp_path / "out-programme.xlsx", tmp_path / "out-2026.xlsx"
    r = run_cli("export", "--programme", "2026-2030", "-o", str(prog), "--db", db_url)
    assert r.returncode == 0, r.stderr
    r = run_cli("export", "--plan", "2026", "-o", str(plan), "--db", db_url)
    assert r.returncode == 0, r.stderr
    from openpyxl import load_workbook

    ws = load_workbook(plan)["Chỉ tiêu"]
    headers = [c.value for c in ws[1]]
    assert headers[-1] == "Mã chỉ tiêu giai đoạn"
    assert [row[-1] for row in ws.iter_rows(min_row=2, values_only=True)] == ["VL", "DT", "HN"]

    fresh = str(tmp_path / "fresh.sqlite")
    assert run_cli("init", "--db", fresh).returncode == 0
    r = run_cli("import", "--yes", str(prog), str(plan), "--db", fresh)
    assert r.returncode == 0, r.stderr
    assert _dump(fresh) == before


def test_demonstration_database_carries_the_2021_2025_programme_holding_the_2021_plan(db):
    from cbdesk.services.programmes import review
    from cbdesk.services.setup.demo import install_demo, state

    assert install_demo(db) is True
    assert state(db) == "sample"  # still the untouched sample
    demo_db = db

    r = review(demo_db, "2021-2025")
    assert r.code == "2021-2025" and r.plan_years == [2021] and r.upto == 2021
    assert "minh họa" in r.name
    from cbdesk.services.programmes import programme_data

    assert programme_data(demo_db, "2021-2025").note.startswith("Số liệu minh họa")
    rows = {row.target.code: row for row in r.rows}
    # Jobs: the sample's first half of 2021, 6.120 of the five years' 60.000 = 10,2 %.
    assert rows["GD.1"].linked == {2021: "1"}
    assert rows["GD.1"].rollup.to_date == 6120
    assert rows["GD.1"].rollup.percent == pytest.approx(10.2)
    assert rows["GD.1"].partial == {2021: 6}  # the sample has figures to June only
    assert all(row.linked for row in r.rows)


def test_programme_and_its_links_travel_in_a_portable_backup(db, tmp_path):
    # The rows a portable backup (services.backup_rows) carries, written into a
    # fresh database as a restore does.
    from cbdesk.services.backup_rows import build_sqlite, dump_payload
    from cbdesk.services.database import open_database
    from cbdesk.services.programmes.dump import programme_dump
    from cbdesk.services.setup.demo import install_demo

    install_demo(db)
    before = programme_dump(db, "2021-2025")
    tables = dump_payload(db)["tables"]
    assert tables["programme_link"]["count"] == 5 and tables["programme_target"]["count"] == 5
    target = tmp_path / "restored.sqlite"
    build_sqlite(tables, target)
    copy = open_database(str(target))
    try:
        assert programme_dump(copy, "2021-2025") == before
        assert before["targets"][0]["linked"] == {"2021": "1"}
    finally:
        copy.dispose()


def test_a_yearly_plan_started_from_the_programme_carries_the_years_share(db):
    from cbdesk.services.actors import system_actor
    from cbdesk.services.plans import plan_to_data
    from cbdesk.services.programmes import apply_programme, review
    from cbdesk.services.programmes.data import ProgrammeData, ProgrammeTargetData
    from cbdesk.services.programmes.start import start_plan

    actor = system_actor()
    apply_programme(db, ProgrammeData("2026-2030", "Kế hoạch 5 năm", "", [
        ProgrammeTargetData("VL", "Giải quyết việc làm", "người", "cumulative", "increase",
                            60000),
        ProgrammeTargetData("DT", "Tỷ lệ lao động qua đào tạo", "%", "level", "increase", 70,
                            60, 2025),
        ProgrammeTargetData("HN", "Giảm tỷ lệ hộ nghèo", "%", "change", "decrease", 1.5, 10.0,
                            2025, per_year=True)]), actor)
    start_plan(db, "2026-2030", 2027, actor)
    t = {x.code: x for x in plan_to_data(db, 2027).targets}
    # 60.000 / 5 = 12.000; 60 + (70 − 60) × (2027 − 2025)/(2030 − 2025) = 64; 1,5 a year.
    assert t["VL"].target == 12000
    assert t["DT"].target == 64 and t["DT"].baseline == 60
    assert t["HN"].target == 1.5 and t["HN"].baseline == 10.0
    rows = {row.target.code: row for row in review(db, "2026-2030", 2027).rows}
    assert rows["VL"].linked == {2027: "VL"}
    from cbdesk.services.errors import ValidationError

    with pytest.raises(ValidationError, match="đã có kế hoạch"):
        start_plan(db, "2026-2030", 2027, actor)


def test_the_programme_review_judges_by_the_offices_tolerance_setting(db_url, tmp_path):
    """The office's bands (Settings) decide "ahead" in the programme review as
    in the year's progress: jobs at a pace of 103,6 % are on track with the
    default 115 %, ahead once the office says anything above 101 % is ahead."""
    from cbdesk.core.enums import TargetStatus
    from cbdesk.services import settings
    from cbdesk.services.actors import system_actor
    from cbdesk.services.database import open_database
    from cbdesk.services.programmes.rollup import review

    assert run_cli("init", "--db", db_url).returncode == 0
    files = [str(_book(tmp_path / "programme.xlsx", PROGRAMME))]
    files += [str(_plan(tmp_path, y)) for y in YEARS]
    assert run_cli("import", "--yes", *files, "--db", db_url).returncode == 0
    db = open_database(db_url)
    try:
        jobs = {r.target.code: r for r in review(db, "2026-2030").rows}["VL"]
        assert jobs.rollup.pace == pytest.approx(103.611111)
        assert jobs.rollup.status is TargetStatus.ON_TRACK
        settings.write(db, {"tolerance.ahead_above": "1.01"}, system_actor())
        jobs = {r.target.code: r for r in review(db, "2026-2030").rows}["VL"]
        assert jobs.rollup.status is TargetStatus.AHEAD
    finally:
        db.dispose()
