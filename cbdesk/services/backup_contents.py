"""What a backup holds, and what restoring it would change (issue 18: backups
in the window). Reads backups through ``backup_rows.tables_of_backup`` and
checks them with ``backup.verify_backup``; makes and restores nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cbdesk.db.engine import Database
from cbdesk.services import backup
from cbdesk.services.backup_rows import read_rows, tables_of_backup


@dataclass(frozen=True)
class PlanCounts:
    year: int
    title: str
    targets: int
    tasks: int
    results: int
    issued: int


@dataclass(frozen=True)
class Contents:
    plans: tuple[PlanCounts, ...]
    areas: int
    units: int
    audit: int

    def summary(self, lang: str = "vi") -> str:
        """One line: ``Kế hoạch 2021 (14 chỉ tiêu, 230 kết quả); 11 địa bàn``."""
        if lang == "vi":
            plans = "; ".join(f"Kế hoạch {p.year} ({p.targets} chỉ tiêu, {p.results} kết quả, "
                              f"{p.tasks} nhiệm vụ)" for p in self.plans) or "Chưa có kế hoạch"
            return f"{plans}; {self.areas} địa bàn, {self.units} đơn vị"
        plans = "; ".join(f"Plan {p.year} ({p.targets} targets, {p.results} results, "
                          f"{p.tasks} tasks)" for p in self.plans) or "No plan"
        return f"{plans}; {self.areas} areas, {self.units} units"


@dataclass(frozen=True)
class BackupEntry:
    """A backup as the restore list shows it."""

    info: backup.BackupInfo
    problems: tuple[str, ...]  # empty when the backup passed verification
    contents: Contents | None

    @property
    def good(self) -> bool:
        return not self.problems


def _rows(tables: dict, name: str) -> list[dict]:
    t = tables.get(name) or {"columns": [], "rows": []}
    cols = t["columns"]
    return [dict(zip(cols, r, strict=False)) for r in t["rows"]]


def contents_of(tables: dict) -> Contents:
    plans = {p["id"]: p for p in _rows(tables, "plan")}
    target_plan = {t["id"]: t["plan_id"] for t in _rows(tables, "target")}

    def per_plan(name: str, key=lambda r: r["plan_id"]) -> dict[int, int]:
        out: dict[int, int] = {}
        for r in _rows(tables, name):
            pid = key(r)
            out[pid] = out.get(pid, 0) + 1
        return out

    targets = per_plan("target")
    tasks = per_plan("task")
    issued = per_plan("issued_report")
    results = per_plan("result", lambda r: target_plan.get(r["target_id"]))
    return Contents(
        plans=tuple(sorted((PlanCounts(int(p["year"]), p["title"] or "", targets.get(pid, 0),
                                       tasks.get(pid, 0), results.get(pid, 0),
                                       issued.get(pid, 0))
                            for pid, p in plans.items()), key=lambda c: c.year)),
        areas=len(_rows(tables, "area")), units=len(_rows(tables, "unit")),
        audit=len(_rows(tables, "audit_entry")))


def current_contents(db: Database) -> Contents:
    with db.engine.connect() as conn:
        return contents_of(read_rows(conn))


def backup_entries(db: Database, lang: str = "vi", folder: Path | None = None
                   ) -> list[BackupEntry]:
    """The backups of ``db`` (newest first), each verified and summarised."""
    out = []
    for info in backup.list_backups(db, folder):
        out.append(entry_of(info, lang))
    return out


def entry_of(info: backup.BackupInfo, lang: str = "vi") -> BackupEntry:
    problems = tuple(backup.verify_backup(info.path, lang))
    contents = None
    if not problems:
        try:
            contents = contents_of(tables_of_backup(info.path)[1])
        except Exception as e:  # unreadable after all: shown as a problem
            problems = (str(e),)
    return BackupEntry(info, problems, contents)


def entry_of_file(path: Path, lang: str = "vi") -> BackupEntry:
    """A backup file chosen by hand (another folder, a USB stick)."""
    from datetime import datetime

    path = Path(path)
    st = path.stat()
    kind = "json" if path.name.endswith((".json.gz", ".json")) else "sqlite"
    return entry_of(backup.BackupInfo(path, datetime.fromtimestamp(st.st_mtime), "by-hand",
                                      st.st_size, kind, ""), lang)


def changes(current: Contents, restored: Contents, lang: str = "vi") -> list[str]:
    """What restoring would change, plan by plan, in words."""
    vi = lang == "vi"
    now = {p.year: p for p in current.plans}
    then = {p.year: p for p in restored.plans}
    lines = []
    for year in sorted(set(now) | set(then)):
        a, b = now.get(year), then.get(year)
        if a is None:
            lines.append(f"Kế hoạch {year} sẽ có lại ({b.targets} chỉ tiêu, {b.results} kết quả)."
                         if vi else f"The {year} plan comes back ({b.targets} targets, "
                         f"{b.results} results).")
            continue
        if b is None:
            lines.append(f"Kế hoạch {year} sẽ mất (bản sao lưu không có kế hoạch này)." if vi
                         else f"The {year} plan goes (the backup does not have it).")
            continue
        diffs = []
        for attr, w_vi, w_en in (("targets", "chỉ tiêu", "targets"),
                                 ("results", "kết quả", "results"),
                                 ("tasks", "nhiệm vụ", "tasks"),
                                 ("issued", "báo cáo đã ban hành", "issued reports")):
            x, y = getattr(a, attr), getattr(b, attr)
            if x != y:
                diffs.append(f"{w_vi}: {x} → {y}" if vi else f"{w_en}: {x} → {y}")
        if diffs:
            lines.append((f"Kế hoạch {year}: " if vi else f"Plan {year}: ") + ", ".join(diffs))
    for attr, w_vi, w_en in (("areas", "Địa bàn", "Areas"), ("units", "Đơn vị", "Units"),
                             ("audit", "Dòng nhật ký", "Audit entries")):
        x, y = getattr(current, attr), getattr(restored, attr)
        if x != y:
            lines.append(f"{w_vi}: {x} → {y}" if vi else f"{w_en}: {x} → {y}")
    if not lines:
        lines.append("Không khác gì dữ liệu hiện tại (theo số lượng)." if vi
                     else "No difference from the current data (by counts).")
    return lines
