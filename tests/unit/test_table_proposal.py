"""Office tables read in process: header rows found, columns and rows proposed,
the plan built; fuzzed headers and cells never crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from table_books import TWO_ROW_EXPECTED, two_row_header

from cbdesk.xlsx.reader import Book
from cbdesk.xlsx.table import proposal as P
from cbdesk.xlsx.table import roles as R
from cbdesk.xlsx.table.build import build
from cbdesk.xlsx.table.grid import Grid, read_grid
from cbdesk.xlsx.table.proposal import propose


def _grid(rows, merged=()) -> Grid:
    width = max(len(r) for r in rows)
    return Grid("Sheet", [list(r) + [None] * (width - len(r)) for r in rows], list(merged))


def test_headers_offices_write_get_their_roles():
    year = 2025
    cases = {
        "STT": (R.CODE, None), "TT": (R.CODE, None), "Chỉ tiêu": (R.NAME, None),
        "Nội dung": (R.NAME, None), "ĐVT": (R.UNIT, None), "Đơn vị tính": (R.UNIT, None),
        "Kế hoạch năm 2025": (R.PLAN, None), "KH giao": (R.PLAN, None),
        "TH 6 tháng": (R.RESULT, "H1"), "Thực hiện 6 tháng đầu năm": (R.RESULT, "H1"),
        "Quý II": (R.RESULT, "Q2"), "Thực hiện tháng 3": (R.RESULT, "M03"),
        "TH 9 tháng": (R.RESULT, "9M"), "Lũy kế": (R.RESULT, None),
        "Ước TH cả năm": (R.ESTIMATE, None), "So với KH (%)": (R.COMPUTED, None),
        "So với cùng kỳ": (R.COMPUTED, None), "%": (R.COMPUTED, None),
        "TH cùng kỳ năm 2024": (R.SKIP, None), "Thực hiện năm 2024": (R.SKIP, None),
        "Ghi chú": (R.NOTE, None), "Đơn vị chủ trì": (R.SKIP, None), "": (R.SKIP, None),
        "Số lượng": (R.PLAN, None), "Mục tiêu phấn đấu năm 2025": (R.PLAN, None),
        "Ước thực hiện 6 tháng": (R.RESULT, "H1"), "Kết quả thực hiện Quý IV": (R.RESULT, "Q4"),
    }  # fmt: skip
    assert {h: R.guess(h, year) for h in cases} == cases


def test_a_two_row_merged_header_is_found_and_its_rows_classified(tmp_path):
    path = two_row_header(tmp_path / "b.xlsx")
    with Book(path, "b.xlsx") as book:
        grid = read_grid(book)
    prop = propose(grid, 2025)
    assert prop.header_rows == [5, 6]
    assert prop.first_row == 8  # the (1) (2) (3) numbering row skipped
    kinds = prop.row_kinds
    assert kinds[8] == P.SECTION and kinds[15] == P.SECTION
    assert kinds[10] == P.LABEL and kinds[17] == P.LABEL
    assert kinds[11] == kinds[12] == P.OF_WHICH
    assert kinds[18] == kinds[19] == P.BREAKDOWN
    assert kinds[14] == P.BLANK and kinds[22] == P.TOTAL
    built = build(grid, prop, 2025)
    assert {t.code: (t.name, t.target) for t in built.plan.targets} == {
        c: (v[0], v[2]) for c, v in TWO_ROW_EXPECTED.items()}


def test_numbering_that_runs_on_across_sections_keeps_the_tables_own_numbers():
    grid = _grid([
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện 6 tháng"],
        ["A", "CHỈ TIÊU KINH TẾ"],
        [1, "Tạo việc làm mới", "người", 100, 40],
        ["1.1", "Trong đó: lao động nữ", "người", 50, 20],
        ["B", "CHỈ TIÊU XÃ HỘI"],
        [2, "Giảm hộ nghèo", "hộ", 30, 10],
        ["a", "Hộ dân tộc thiểu số", "hộ", 20, 5],
    ])
    built = build(grid, propose(grid, 2025), 2025)
    assert [(t.code, t.name, t.parent_code, t.relation) for t in built.plan.targets] == [
        ("1", "Tạo việc làm mới", None, None),
        ("1.1", "lao động nữ", "1", "of_which"),
        ("2", "Giảm hộ nghèo", None, None),
        ("2.1", "Hộ dân tộc thiểu số", "2", "of_which"),
    ]


def test_a_figure_that_cannot_be_read_is_a_problem_on_its_row():
    grid = _grid([
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "TH 6 tháng"],
        [1, "Tạo việc làm mới", "người", "12.000", "1,234"],
        [2, "Giảm hộ nghèo", "hộ", "-", None],
    ])
    built = build(grid, propose(grid, 2025), 2025)
    first, second = built.rows
    assert first.plan == 12000 and first.problems and "TH 6 tháng" in first.problems[0][0]
    assert second.plan is None and not second.problems


def test_a_result_column_without_a_period_needs_one():
    grid = _grid([["STT", "Chỉ tiêu", "Kế hoạch", "Lũy kế"], [1, "Tạo việc làm", 10, 4]])
    prop = propose(grid, 2025)
    assert build(grid, prop, 2025).problems
    built = build(grid, prop, 2025, default_period="Q3")
    assert not built.problems
    assert [(r.period, r.value) for r in built.plan.results] == [("2025-Q3", 4)]


_cell = st.one_of(st.none(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                  st.text(max_size=30),
                  st.sampled_from(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "TH 6 tháng",
                                   "Quý II", "%", "Trong đó:", "I", "1.1", "-", "Tổng cộng",
                                   "Năm 2025", "12.000", "3,45", "Lũy kế", "Ước TH cả năm"]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_cell, min_size=1, max_size=8), min_size=1, max_size=12),
       st.lists(st.tuples(st.integers(1, 12), st.integers(1, 8), st.integers(0, 3),
                          st.integers(0, 3)), max_size=3),
       st.sampled_from([None, "H1", "Y"]))
def test_fuzzed_headers_and_cells_never_crash(rows, merges, period):
    merged = [(r, c, r + dr, c + dc) for r, c, dr, dc in merges]
    grid = _grid(rows, merged)
    prop = propose(grid, 2025)
    assert set(prop.row_kinds.values()) <= set(P.ROW_KINDS)
    assert all(c.role in R.ROLES for c in prop.columns)
    built = build(grid, prop, 2025, default_period=period)
    codes = [t.code for t in built.plan.targets]
    assert len(codes) == len(set(codes))
    for row in built.rows:
        row.line("vi"), row.line("en")


_header = st.one_of(st.none(), st.text(st.characters(blacklist_categories=("Cc", "Cs")),
                                      max_size=25),
                    st.sampled_from(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Năm 2025",
                                     "TH 6 tháng", "Quý II", "So với KH (%)", "Ghi chú",
                                     "Ước TH cả năm", "Lũy kế", "(1)", "1", "I", "=SUM(A1)"]))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(_header, min_size=1, max_size=7), min_size=1, max_size=4),
       st.lists(st.tuples(st.integers(1, 4), st.integers(1, 7), st.integers(0, 2),
                          st.integers(0, 2)), max_size=3))
def test_fuzzed_header_rows_in_a_real_workbook_never_crash(tmp_path, headers, merges):
    import openpyxl

    from cbdesk.xlsx.cells import WorkbookRefused
    from cbdesk.xlsx.table.importer import read

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in headers:
        ws.append(row)  # "=…" is written as a formula without a saved result
    ws.append([1, "Tạo việc làm mới", "người", "12.000", 6500, 54.2, None])
    for r, c, dr, dc in merges:
        if dr or dc:
            try:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + dr, end_column=c + dc)
            except ValueError:
                pass
    path = tmp_path / "fuzz.xlsx"
    wb.save(path)
    try:
        table = read(path, 2025)
    except WorkbookRefused:
        return  # a refusal in words is fine; a crash is not
    built = build(table.grid, table.proposal, 2025, default_period="H1")
    assert all(r.line() for r in built.rows)


def test_a_percentage_cell_reads_as_the_percent_offices_mean(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "TH 6 tháng"])
    ws.append([1, "Tỷ lệ lao động qua đào tạo", "%", 0.655, 0.602])
    for cell in ("D2", "E2"):
        ws[cell].number_format = "0.0%"
    wb.save(tmp_path / "pct.xlsx")
    with Book(tmp_path / "pct.xlsx", "pct.xlsx") as book:
        grid = read_grid(book)
    built = build(grid, propose(grid, 2025), 2025)
    assert [(t.target, t.unit) for t in built.plan.targets] == [(65.5, "%")]
    assert [r.value for r in built.plan.results] == [60.2]


def test_columns_about_another_year_than_the_plans_are_a_problem():
    grid = _grid([["STT", "Chỉ tiêu", "Kế hoạch năm 2025", "TH 6 tháng năm 2025"],
                  [1, "Tạo việc làm", 10, 4]])
    saved = {"columns": {"C": {"role": "plan"}, "D": {"role": "result", "period": "H1"}}}
    built = build(grid, propose(grid, 2024, saved), 2024)
    assert built.problems and "2025" in built.problems[0][0]
    assert not build(grid, propose(grid, 2025), 2025).problems


def test_three_header_rows_and_overlapping_periods_propose_one_result_per_moment():
    grid = _grid([
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Thực hiện", None, "So sánh (%)",
         None, "Ghi chú"],
        [None, None, None, None, "Quý II", "Lũy kế 6 tháng", "KH", "Cùng kỳ", None],
        [None, None, None, None, None, None, None, None, None],
        [1, "Tạo việc làm mới", "người", 12000, 3000, 6500, 54.2, 101.0],
    ], merged=[(1, 1, 3, 1), (1, 2, 3, 2), (1, 3, 3, 3), (1, 4, 3, 4), (1, 5, 1, 6),
               (1, 7, 1, 8), (1, 9, 3, 9), (2, 5, 3, 5), (2, 6, 3, 6), (2, 7, 3, 7),
               (2, 8, 3, 8)])
    prop = propose(grid, 2025)
    assert prop.header_rows == [1, 2, 3]
    assert [(c.role, c.period) for c in prop.columns] == [
        ("code", None), ("name", None), ("unit", None), ("plan", None), ("skip", "Q2"),
        ("result", "H1"), ("computed", None), ("computed", None), ("note", None)]
    built = build(grid, prop, 2025)
    assert [(r.period, r.value) for r in built.plan.results] == [("2025-H1", 6500)]


def test_numbers_written_in_the_name_column_and_lettered_children():
    grid = _grid([
        ["Nội dung chỉ tiêu", "Đơn vị tính", "Kế hoạch giao", "Ước thực hiện 6 tháng"],
        ["I. LĨNH VỰC VIỆC LÀM"],
        ["1. Tạo việc làm mới", "người", "12.000", "6.500"],
        ["a) Lao động nữ", "người", "5.000", "2.600"],
        ["b) Lao động nông thôn", "người", "7.000", "3.900"],
        ["II. GIẢM NGHÈO"],
        ["1. Giảm tỷ lệ hộ nghèo", "%", "4,0", "2,1"],
        ["Tổng số"],
    ])
    built = build(grid, propose(grid, 2025), 2025)
    assert [(t.code, t.name, t.target, t.parent_code, t.decimals)
            for t in built.plan.targets] == [
        ("I.1", "Tạo việc làm mới", 12000, None, 0),
        ("I.1.1", "Lao động nữ", 5000, "I.1", 0),
        ("I.1.2", "Lao động nông thôn", 7000, "I.1", 0),
        ("II.1", "Giảm tỷ lệ hộ nghèo", 4, None, 1),
    ]
    assert [r.value for r in built.plan.results] == [6500, 2600, 3900, 2.1]


def test_data_past_the_rows_read_is_a_problem_not_silently_dropped(tmp_path, monkeypatch):
    import openpyxl

    from cbdesk.xlsx.table import grid as G

    monkeypatch.setattr(G, "BLANK_RUN", 3)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Chỉ tiêu", "Kế hoạch"])
    ws.append([1, "Tạo việc làm mới", 100])
    ws["B20"] = "Giảm nghèo"
    ws["C20"] = 5
    wb.save(tmp_path / "gap.xlsx")
    with Book(tmp_path / "gap.xlsx", "gap.xlsx") as book:
        grid = read_grid(book)
    built = build(grid, propose(grid, 2025), 2025)
    assert built.problems and "20" in built.problems[0][0]
