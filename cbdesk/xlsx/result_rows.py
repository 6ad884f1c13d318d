"""The `Kết quả` sheet overlaid on a plan's results: one row per target,
period and area (blank area = the whole province), checked as the plan will
check it — known target and area, a period of the plan's year, a value in
range, no overlapping periods for a cumulative target — but reported with the
row and column."""

from __future__ import annotations

from functools import lru_cache

from cbdesk.core.enums import TargetKind
from cbdesk.core.periods import Period
from cbdesk.core.plandata import ResultData
from cbdesk.services import validation
from cbdesk.xlsx.cells import read_code, read_number, read_period, read_text
from cbdesk.xlsx.reader import Table
from cbdesk.xlsx.rows import SheetRows, ok


def _long(value: object) -> str:
    return read_text(value, long=True)


_period_code = lru_cache(maxsize=4096)(read_period)
_parse = lru_cache(maxsize=4096)(Period.parse)


def overlay_results(ov, sh: SheetRows, table: Table) -> None:
    """Overlay the rows of ``table`` on ``ov``'s results (an Overlay)."""
    seen: dict[tuple, int] = {}
    cumulative = {c for c, t in ov.targets_.items() if t.kind == TargetKind.CUMULATIVE}
    spans: dict[tuple[str, str | None], list[Period]] = {}
    for target, period, area in ov.results_:
        if target in cumulative:
            spans.setdefault((target, area), []).append(_parse(period))
    for row in table.rows:
        code, period = sh.read(row, "target", read_code), sh.read(row, "period", _period_code)
        area, value = sh.read(row, "area", read_code), sh.read(row, "value", read_number)
        note, source = sh.read(row, "note", _long), sh.read(row, "source", _long)
        if not ok(code, period, area, value, note, source):
            continue
        missing = [k for k, v in (("target", code), ("period", period)) if not v]
        for key in missing:
            sh.issue(row, key, "ô này không được để trống.", "this cell must not be blank.")
        if missing:
            continue
        code = sh.resolve(row, "target", code, ov.targets_, "chỉ tiêu", "target")
        if area:
            area = sh.resolve(row, "area", area, ov.areas_, "địa bàn", "area")
            if area is None:
                continue
        if code is None:
            continue
        p = _parse(period)
        if p.year != ov.year:
            sh.issue(row, "period", f"kỳ {p.label('vi')} nằm ngoài năm kế hoạch {ov.year}.",
                     f"{p.label('en')} is outside the plan year {ov.year}.",
                     row.cells.get("period"), reading=False)
            continue
        key = (code, period, area or None)
        if key in seen:
            sh.issue(row, "period", f"trùng chỉ tiêu, kỳ và địa bàn với dòng {seen[key]}.",
                     f"same target, period and area as row {seen[key]}.",
                     row.cells.get("period"), reading=False)
            continue
        seen[key] = row.number
        t = ov.targets_[code]
        bad = validation.check_value(code, t.unit, t.kind, value, "giá trị", "value")
        for vi, en in bad:
            sh.issue(row, "value", vi, en, row.cells.get("value"), reading=False)
        old = ov.results_.get(key)
        if old is None and code in cumulative:
            cell = spans.setdefault((code, area or None), [])
            clash = next((q for q in cell if q.overlaps(p)), None)
            if clash is not None:
                sh.issue(row, "period",
                         f"đã có số liệu {clash.label('vi')} trùng thời gian với kỳ này "
                         "(chỉ tiêu cộng dồn sẽ bị tính hai lần).",
                         f"a value for {clash.label('en')} overlaps this period (a "
                         "cumulative target would count it twice).",
                         row.cells.get("period"), reading=False)
                continue
            cell.append(p)
        if bad:
            continue
        if old is None:
            ov.results_[key] = ResultData(code, period, area or None, value, note or "",
                                          source or "")
        else:
            old.value = value
            if sh.has("note"):
                old.note = note or ""
            if source:
                old.source = source
