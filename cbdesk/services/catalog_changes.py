"""Catalog changes beyond add-or-rename (issue 18): ending an area or a unit on a
date, splitting an area into new ones, merging units, several areas at once
(the first-start setup, a pasted list). Admin only, one transaction each, every
change in the audit trail with its true old value. Adding and renaming are
``services.catalog.save_area`` / ``save_unit``; merging areas ``merge_areas``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from cbdesk.core import text as vtext
from cbdesk.core.enums import AreaLevel, Role, UnitKind
from cbdesk.db.engine import Database
from cbdesk.db.models import Area, Unit
from cbdesk.services.actors import Actor
from cbdesk.services.audit import record
from cbdesk.services.errors import NotFound, ValidationError


@dataclass(frozen=True)
class NewArea:
    code: str
    name: str
    level: str = AreaLevel.DISTRICT.value
    valid_from: date | None = None
    valid_to: date | None = None


def _area(s, code: str) -> Area:
    a = s.scalars(select(Area).where(Area.code == code)).first()
    if a is None:
        raise NotFound(f"Không có địa bàn '{code}'.", f"No area '{code}'.")
    return a


def _unit(s, code: str) -> Unit:
    u = s.scalars(select(Unit).where(Unit.code == code)).first()
    if u is None:
        raise NotFound(f"Không có đơn vị '{code}'.", f"No unit '{code}'.")
    return u


def end_area(db: Database, actor: Actor, code: str, last_day: date) -> None:
    """Area ``code`` stops being valid after ``last_day`` (its figures stay)."""
    actor.require(Role.ADMIN, "kết thúc hiệu lực địa bàn", "end an area")
    with db.session() as s:
        a = _area(s, code)
        if a.valid_from and last_day < a.valid_from:
            raise ValidationError(
                "Ngày kết thúc phải sau ngày địa bàn có hiệu lực.",
                "The last day must follow the day the area became valid.")
        record(s, actor, "area", code, "valid_to", a.valid_to, last_day.isoformat()
               if last_day else None)
        a.valid_to = last_day


def end_unit(db: Database, actor: Actor, code: str, on: date) -> None:
    """Unit ``code`` is no longer used from ``on`` (tasks keep their history)."""
    actor.require(Role.ADMIN, "ngừng sử dụng đơn vị", "end a unit")
    with db.session() as s:
        u = _unit(s, code)
        if not u.active:
            raise ValidationError(f"Đơn vị '{code}' đã ngừng sử dụng.",
                                  f"Unit '{code}' is already ended.")
        record(s, actor, "unit", code, "active", 1, 0, reason=f"từ {on.isoformat()}")
        u.active = False


def merge_units(db: Database, actor: Actor, source: str, into: str, on: date) -> None:
    """Unit ``source`` merges into ``into`` from ``on``: it is no longer used
    and points at its successor; its tasks and history stay with it."""
    actor.require(Role.ADMIN, "sáp nhập đơn vị", "merge units")
    if source == into:
        raise ValidationError("Không thể sáp nhập một đơn vị vào chính nó.",
                              "A unit cannot be merged into itself.")
    with db.session() as s:
        src, dst = _unit(s, source), _unit(s, into)
        if not dst.active:
            raise ValidationError(f"Đơn vị '{into}' đã ngừng sử dụng.",
                                  f"Unit '{into}' is no longer in use.")
        record(s, actor, "unit", source, "merged_into", None, into,
               reason=f"sáp nhập từ {on.isoformat()}")
        src.merged_into_id, src.active = dst.id, False


def split_area(db: Database, actor: Actor, source: str, parts: list[NewArea], on: date) -> None:
    """Area ``source`` is split into ``parts`` (new areas, valid from ``on``,
    under the same parent); the source stops the day before. Figures entered
    for the source stay with it."""
    actor.require(Role.ADMIN, "chia tách địa bàn", "split an area")
    if len(parts) < 2:
        raise ValidationError("Chia tách cần ít nhất hai địa bàn mới.",
                              "A split needs at least two new areas.")
    codes = [vtext.clean_line(p.code) for p in parts]
    if len(set(codes)) != len(codes) or not all(codes):
        raise ValidationError("Các địa bàn mới cần mã riêng, không trùng nhau.",
                              "The new areas need distinct codes.")
    with db.session() as s:
        src = _area(s, source)
        taken = set(s.scalars(select(Area.code).where(Area.code.in_(codes))))
        if taken:
            raise ValidationError(f"Mã địa bàn đã có: {', '.join(sorted(taken))}.",
                                  f"Area codes already used: {', '.join(sorted(taken))}.")
        for p, code in zip(parts, codes, strict=True):
            name = vtext.clean_line(p.name)
            if not name:
                raise ValidationError(f"Địa bàn '{code}' cần có tên.",
                                      f"Area '{code}' needs a name.")
            s.add(Area(code=code, name=name, level=AreaLevel(p.level or src.level).value,
                       parent_id=src.parent_id, valid_from=on, valid_to=None))
            record(s, actor, "area", code, "created", None, name, reason=f"tách từ {source}")
        record(s, actor, "area", source, "split_into", None, ",".join(codes),
               reason=f"chia tách từ {on.isoformat()}")
        src.valid_to = on - timedelta(days=1)


def add_areas(db: Database, actor: Actor, areas: list[NewArea]) -> int:
    """Add several areas in one transaction (a list typed, pasted or chosen
    from the built-in list); codes already there are left as they are.
    Returns how many were added."""
    actor.require(Role.ADMIN, "thêm địa bàn", "add areas")
    problems = []
    for a in areas:
        if not vtext.clean_line(a.code) or not vtext.clean_line(a.name):
            problems.append((f"Địa bàn '{a.code or a.name}' cần có mã và tên.",
                             f"Area '{a.code or a.name}' needs a code and a name."))
        if a.valid_from and a.valid_to and a.valid_to < a.valid_from:
            problems.append((f"Địa bàn '{a.code}': ngày hết hiệu lực trước ngày có hiệu lực.",
                             f"Area '{a.code}': validity ends before it starts."))
    if problems:
        raise ValidationError(problems[0][0], problems[0][1], problems=problems)
    added = 0
    with db.session() as s:
        have = set(s.scalars(select(Area.code)))
        for a in areas:
            code = vtext.clean_line(a.code)
            if code in have:
                continue
            have.add(code)
            name = vtext.clean_line(a.name)
            s.add(Area(code=code, name=name, level=AreaLevel(a.level).value,
                       valid_from=a.valid_from, valid_to=a.valid_to))
            record(s, actor, "area", code, "created", None, name)
            added += 1
    return added


def add_units(db: Database, actor: Actor, units: list[tuple[str, str, str]]) -> int:
    """Add several units (code, name, kind) in one transaction; codes already
    there are left alone. Returns how many were added."""
    actor.require(Role.ADMIN, "thêm đơn vị", "add units")
    added = 0
    with db.session() as s:
        have = set(s.scalars(select(Unit.code)))
        for code, name, kind in units:
            code, name = vtext.clean_line(code), vtext.clean_line(name)
            if not code or not name:
                raise ValidationError(f"Đơn vị '{code or name}' cần có mã và tên.",
                                      f"Unit '{code or name}' needs a code and a name.")
            if code in have:
                continue
            have.add(code)
            s.add(Unit(code=code, name=name, kind=UnitKind(kind).value, active=True))
            record(s, actor, "unit", code, "created", None, name)
            added += 1
    return added


def parse_area_lines(text: str, level: str = AreaLevel.DISTRICT.value) -> list[NewArea]:
    """Areas typed or pasted from a spreadsheet, one a line: ``code<TAB>name``,
    ``code – name``, ``code, name`` or ``code name``; optional third and
    fourth columns (tab-separated) are the validity dates (dd/mm/yyyy).
    A line with a name only gets a code from its position (01, 02…)."""
    from cbdesk.core.vnformat import parse_date

    out: list[NewArea] = []
    for n, raw in enumerate([ln for ln in vtext.nfc(text).splitlines() if ln.strip()], 1):
        cells = [c.strip() for c in raw.split("\t")] if "\t" in raw else None
        if cells is None:
            line = raw.strip()
            for sep in (" – ", " - ", ", ", ","):
                if sep in line:
                    cells = [c.strip() for c in line.split(sep, 1)]
                    break
            else:
                head, _, rest = line.partition(" ")
                cells = [head, rest] if head.isdigit() and rest else [f"{n:02d}", line]
        try:
            start = parse_date(cells[2]) if len(cells) > 2 and cells[2] else None
            end = parse_date(cells[3]) if len(cells) > 3 and cells[3] else None
        except Exception as e:
            raise ValidationError(f"Dòng {n}: ngày không đọc được ({e}).",
                                  f"Line {n}: unreadable date ({e}).") from e
        out.append(NewArea(cells[0], cells[1], level, start, end))
    return out
