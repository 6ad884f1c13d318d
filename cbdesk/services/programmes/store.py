"""Programmes in the database: create or update from data (checked, guarded by
the permission table, audited with old values), read back, and the links from
yearly targets to programme targets."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cbdesk.core.enums import Direction, Relation, TargetKind
from cbdesk.core.text import nfc
from cbdesk.db.engine import Database
from cbdesk.db.models import Programme, ProgrammeLink, ProgrammeTarget
from cbdesk.services import audit, permissions
from cbdesk.services.actors import Actor
from cbdesk.services.changes import ApplySummary, Change
from cbdesk.services.errors import NotFound, ValidationError
from cbdesk.services.programmes.data import (
    ProgrammeData,
    ProgrammeTargetData,
    code_of,
    parse_code,
)

_FIELDS = ("name", "unit", "kind", "direction", "target_value", "baseline", "baseline_year",
           "per_year", "relation")


def check(data: ProgrammeData) -> list[tuple[str, str]]:
    """Every problem of ``data`` (Vietnamese, English)."""
    problems: list[tuple[str, str]] = []
    try:
        parse_code(data.code)
    except ValidationError as e:
        problems.append((e.message_vi, e.message_en))
    seen: set[str] = set()
    codes = {t.code for t in data.targets}
    for t in data.targets:
        where = f"chỉ tiêu giai đoạn {t.code}"
        where_en = f"programme target {t.code}"
        if not t.code:
            problems.append(("Có chỉ tiêu giai đoạn thiếu mã.", "A programme target has no code."))
        if t.code in seen:
            problems.append((f"Mã {t.code} lặp lại.", f"The code {t.code} is repeated."))
        seen.add(t.code)
        if not t.name:
            problems.append((f"{where}: thiếu tên.", f"{where_en}: no name."))
        if t.kind not in {k.value for k in TargetKind}:
            problems.append((f"{where}: loại '{t.kind}' không hợp lệ.",
                             f"{where_en}: invalid kind '{t.kind}'."))
        if t.direction not in {d.value for d in Direction}:
            problems.append((f"{where}: chiều '{t.direction}' không hợp lệ.",
                             f"{where_en}: invalid direction '{t.direction}'."))
        if t.per_year and t.kind != TargetKind.CHANGE:
            problems.append((f"{where}: chỉ chỉ tiêu thay đổi mới tính bình quân mỗi năm.",
                             f"{where_en}: only change targets can be a yearly average."))
        if t.parent_code and t.parent_code not in codes:
            problems.append((f"{where}: mã cha {t.parent_code} không có trong giai đoạn.",
                             f"{where_en}: parent {t.parent_code} is not in the programme."))
        if t.relation and t.relation not in {r.value for r in Relation}:
            problems.append((f"{where}: quan hệ '{t.relation}' không hợp lệ.",
                             f"{where_en}: invalid relation '{t.relation}'."))
    return problems


def _overlap(s: Session, code: str, start: int, end: int) -> Programme | None:
    for p in s.scalars(select(Programme).where(Programme.code != code)):
        if p.start_year <= end and start <= p.end_year:
            return p
    return None


def apply_programme(db: Database, data: ProgrammeData, actor: Actor,
                    dry_run: bool = False) -> ApplySummary:
    """Create or update the programme ``data.code`` and its targets (by code;
    nothing is deleted) in one transaction. Raises ValidationError listing
    every problem; nothing is written then. Returns what changed (for a
    preview and the import's one-line report)."""
    permissions.require(actor, "programmes.edit", db)
    problems = check(data)
    if problems:
        raise ValidationError(problems[0][0], problems[0][1], problems=problems)
    start, end = parse_code(data.code)
    summary = ApplySummary(year=start)
    changes = summary.changes
    with db.session() as s:
        other = _overlap(s, data.code, start, end)
        if other is not None:
            raise ValidationError(
                f"Giai đoạn {data.code} trùng năm với giai đoạn {other.code} đã có.",
                f"The programme {data.code} overlaps the existing programme {other.code}.")
        prog = s.scalars(select(Programme).where(Programme.code == data.code)).first()
        key = data.code
        if prog is None:
            prog = Programme(code=data.code, name=nfc(data.name), start_year=start,
                             end_year=end, note=data.note)
            s.add(prog)
            s.flush()
            summary.created_plan = True
            changes.append(Change("programme", key, "*", None, data.name))
            audit.record(s, actor, "programme", key, "", None, data.name)
        else:
            for attr, new in (("name", nfc(data.name)), ("note", data.note)):
                old = getattr(prog, attr)
                if new != old and (new or attr == "note"):
                    audit.record(s, actor, "programme", key, attr, old, new)
                    setattr(prog, attr, new)
                    changes.append(Change("programme", key, attr, old, new))
        existing = {t.code: t for t in s.scalars(
            select(ProgrammeTarget).where(ProgrammeTarget.programme_id == prog.id))}
        order = len(existing)
        for t in data.targets:
            row = existing.get(t.code)
            values = _values(t)
            if row is None:
                order += 1
                row = ProgrammeTarget(programme_id=prog.id, code=t.code, sort_order=order,
                                      **values)
                s.add(row)
                existing[t.code] = row
                changes.append(Change("programme_target", t.code, "*", None, values["name"]))
                audit.record(s, actor, "programme_target", f"{key}|{t.code}", "", None,
                             values["name"])
                continue
            for attr in _FIELDS:
                old, new = getattr(row, attr), values[attr]
                if old != new:
                    audit.record(s, actor, "programme_target", f"{key}|{t.code}", attr, old, new)
                    setattr(row, attr, new)
                    changes.append(Change("programme_target", t.code, attr, old, new))
        s.flush()
        for t in data.targets:
            row = existing[t.code]
            parent = existing[t.parent_code].id if t.parent_code else None
            if row.parent_id != parent:
                row.parent_id = parent
        if dry_run:
            s.rollback()
    return summary


def _values(t: ProgrammeTargetData) -> dict:
    return {
        "name": nfc(t.name), "unit": nfc(t.unit), "kind": t.kind, "direction": t.direction,
        "target_value": t.target, "baseline": t.baseline, "baseline_year": t.baseline_year,
        "per_year": bool(t.per_year), "relation": t.relation if t.parent_code else None,
    }


def list_programmes(db: Database) -> list[tuple[str, str]]:
    """(code, name) of every programme, oldest first."""
    with db.session() as s:
        return [(p.code, p.name) for p in s.scalars(
            select(Programme).order_by(Programme.start_year))]


def _get(s: Session, code: str) -> Programme:
    try:
        norm = code_of(*parse_code(code))
    except ValidationError:
        norm = str(code)
    prog = s.scalars(select(Programme).where(Programme.code == norm)).first()
    if prog is None:
        raise NotFound(f"Không có giai đoạn {code}.", f"There is no programme {code}.")
    return prog


def programme_data(db: Database, code: str) -> ProgrammeData:
    with db.session() as s:
        prog = _get(s, code)
        by_id = {t.id: t for t in prog.targets}
        return ProgrammeData(prog.code, prog.name, prog.note, [
            ProgrammeTargetData(
                t.code, t.name, t.unit, t.kind, t.direction, t.target_value, t.baseline,
                t.baseline_year, bool(t.per_year),
                by_id[t.parent_id].code if t.parent_id in by_id else None, t.relation)
            for t in sorted(prog.targets, key=lambda t: (t.sort_order, t.id))
        ])


def programme_of_year(s: Session, year: int) -> Programme | None:
    return s.scalars(select(Programme).where(
        Programme.start_year <= year, Programme.end_year >= year)).first()


def check_links(s: Session, year: int, links: dict[str, str]) -> list[tuple[str, str]]:
    """Problems with linking ``year``'s targets (code → programme target code)."""
    if not links:
        return []
    prog = programme_of_year(s, year)
    if prog is None:
        return [(f"Năm {year} không thuộc giai đoạn nào; hãy nhập giai đoạn trước khi ghi "
                 "'Mã chỉ tiêu giai đoạn'.",
                 f"The year {year} is in no programme; import the programme before filling "
                 "'Mã chỉ tiêu giai đoạn'.")]
    known = {t.code for t in prog.targets}
    return [(f"Chỉ tiêu {code}: mã chỉ tiêu giai đoạn {ptc} không có trong giai đoạn "
             f"{prog.code}.",
             f"Target {code}: programme target {ptc} is not in the programme {prog.code}.")
            for code, ptc in links.items() if ptc and ptc not in known]


def write_links(s: Session, year: int, links: dict[str, str], actor: Actor) -> int:
    """Set the programme target of ``year``'s targets (an empty code unlinks),
    inside the caller's transaction, audited. Returns how many changed."""
    if not links:
        return 0
    permissions.require(actor, "programmes.edit")
    prog = programme_of_year(s, year)
    by_code = {t.code: t for t in prog.targets} if prog else {}
    by_id = {t.id: t.code for t in by_code.values()}
    current = {link.target_code: link for link in s.scalars(
        select(ProgrammeLink).where(ProgrammeLink.year == year))}
    changed = 0
    for code, ptc in links.items():
        link = current.get(code)
        old = by_id.get(link.programme_target_id) if link else None
        new = ptc or None
        if old == new:
            continue
        audit.record(s, actor, "programme_link", f"{year}|{code}", "programme_target", old, new,
                     plan_year=year)
        if new is None:
            s.delete(link)
        elif link is None:
            s.add(ProgrammeLink(programme_target_id=by_code[new].id, year=year,
                                target_code=code))
        else:
            link.programme_target_id = by_code[new].id
        changed += 1
    s.flush()
    return changed


def links_of_year(db: Database, year: int) -> dict[str, str]:
    """Yearly target code → programme target code, for ``year``."""
    with db.session() as s:
        rows = s.execute(select(ProgrammeLink.target_code, ProgrammeTarget.code)
                         .join(ProgrammeTarget)
                         .where(ProgrammeLink.year == year)).all()
        return dict(rows)


def link_in_session(s: Session, year: int, links: dict[str, str], actor: Actor,
                    summary: ApplySummary | None = None) -> int:
    """Check then write ``links`` for ``year`` inside the caller's transaction
    (an import's), after the yearly targets are in place. ValidationError
    listing every bad link; the caller's transaction is then rolled back."""
    problems = check_links(s, year, {c: p for c, p in links.items() if p})
    if problems:
        raise ValidationError(problems[0][0], problems[0][1], problems=problems)
    prog = programme_of_year(s, year)
    if prog is None:  # only unlinking asked, and nothing to unlink
        return 0
    ids = {t.id: t.code for t in prog.targets}
    before = {link.target_code: ids.get(link.programme_target_id) for link in s.scalars(
        select(ProgrammeLink).where(ProgrammeLink.year == year))}
    n = write_links(s, year, links, actor)
    if summary is not None:
        for code, ptc in links.items():
            if before.get(code) != (ptc or None):
                summary.changes.append(Change("programme_link", f"{year}|{code}",
                                              "programme_target", before.get(code), ptc or None))
    return n
