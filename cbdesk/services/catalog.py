"""Catalogs: units, areas (with validity dates, merging), units of measure and
the organisation's header and signer. Reads are open to everyone; writes need
the admin role and run in one transaction with an audit entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from cbdesk.core import text as vtext
from cbdesk.core.enums import AreaLevel, UnitKind
from cbdesk.core.plandata import OrganisationData
from cbdesk.db.engine import Database
from cbdesk.db.models import Area, Organisation, Target, Unit
from cbdesk.services import permissions
from cbdesk.services.actors import Actor
from cbdesk.services.audit import record
from cbdesk.services.errors import NotFound, ValidationError
from cbdesk.services.plans import organisation as _organisation

DEFAULT_UNITS_OF_MEASURE = ("người", "lượt người", "hộ", "%", "xã", "gia đình", "doanh nghiệp",
                            "trẻ em", "cơ sở")


@dataclass(frozen=True)
class UnitRow:
    code: str
    name: str
    kind: UnitKind
    active: bool
    merged_into: str | None


@dataclass(frozen=True)
class AreaRow:
    code: str
    name: str
    level: AreaLevel
    parent_code: str | None
    valid_from: date | None
    valid_to: date | None
    merged_into: str | None


def list_units(db: Database) -> list[UnitRow]:
    """Every unit, internal ones first, in catalog order."""
    with db.session() as s:
        units = s.scalars(select(Unit).order_by(Unit.id)).all()
        code = {u.id: u.code for u in units}
        rows = [UnitRow(u.code, u.name, UnitKind(u.kind), u.active, code.get(u.merged_into_id))
                for u in units]
    return sorted(rows, key=lambda r: r.kind is not UnitKind.INTERNAL)


def save_unit(db: Database, actor: Actor, code: str, name: str, kind: str = "internal",
              active: bool = True) -> None:
    """Add a unit or rename an existing one (its history stays with its code)."""
    permissions.require(actor, "catalog.units", db)
    code, name = vtext.clean_line(code), vtext.clean_line(name)
    if not code or not name:
        raise ValidationError("Đơn vị cần có mã và tên.", "A unit needs a code and a name.")
    with db.session() as s:
        u = s.scalars(select(Unit).where(Unit.code == code)).first()
        if u is None:
            s.add(Unit(code=code, name=name, kind=UnitKind(kind).value, active=active))
            record(s, actor, "unit", code, "created", None, name)
        else:
            for attr, new in (("name", name), ("kind", UnitKind(kind).value),
                              ("active", active)):
                if getattr(u, attr) != new:
                    record(s, actor, "unit", code, attr, getattr(u, attr), new)
            u.name, u.kind, u.active = name, UnitKind(kind).value, active


def list_areas(db: Database, on: date | None = None) -> list[AreaRow]:
    """Every area by code; with ``on``, only those valid that day."""
    with db.session() as s:
        areas = s.scalars(select(Area).order_by(Area.code)).all()
        code = {a.id: a.code for a in areas}
        return [AreaRow(a.code, a.name, AreaLevel(a.level), code.get(a.parent_id), a.valid_from,
                        a.valid_to, code.get(a.merged_into_id))
                for a in areas
                if on is None or ((a.valid_from is None or a.valid_from <= on)
                                  and (a.valid_to is None or a.valid_to >= on))]


def save_area(db: Database, actor: Actor, code: str, name: str, level: str = "district",
              parent_code: str | None = None, valid_from: date | None = None,
              valid_to: date | None = None) -> None:
    """Add an area or edit its name, level, parent and validity dates."""
    permissions.require(actor, "catalog.areas", db)
    code, name = vtext.clean_line(code), vtext.clean_line(name)
    if not code or not name:
        raise ValidationError("Địa bàn cần có mã và tên.", "An area needs a code and a name.")
    if valid_from and valid_to and valid_to < valid_from:
        raise ValidationError("Ngày hết hiệu lực phải sau ngày có hiệu lực.",
                              "The end of validity must follow its start.")
    with db.session() as s:
        parent = None
        if parent_code:
            parent = s.scalars(select(Area).where(Area.code == parent_code)).first()
            if parent is None:
                raise NotFound(f"Không có địa bàn cấp trên '{parent_code}'.",
                               f"No parent area '{parent_code}'.")
        a = s.scalars(select(Area).where(Area.code == code)).first()
        if a is None:
            a = Area(code=code, name=name)
            s.add(a)
            record(s, actor, "area", code, "created", None, name)
        else:
            codes = dict(s.execute(select(Area.id, Area.code)).all())
            for attr, old, new in (("name", a.name, name),
                                   ("level", a.level, AreaLevel(level).value),
                                   ("parent", codes.get(a.parent_id), parent_code or None),
                                   ("valid_from", a.valid_from, valid_from),
                                   ("valid_to", a.valid_to, valid_to)):
                if old != new:
                    record(s, actor, "area", code, attr, old, new)
        a.name, a.level = name, AreaLevel(level).value
        a.parent_id = parent.id if parent else None
        a.valid_from, a.valid_to = valid_from, valid_to


def merge_areas(db: Database, actor: Actor, source: str, into: str, on: date) -> None:
    """Merge area ``source`` into ``into`` from day ``on``: the source stops being
    valid the day before and points at its successor; its figures stay."""
    permissions.require(actor, "catalog.merge", db)
    if source == into:
        raise ValidationError("Không thể sáp nhập một địa bàn vào chính nó.",
                              "An area cannot be merged into itself.")
    with db.session() as s:
        found = {a.code: a for a in s.scalars(select(Area).where(Area.code.in_([source, into])))}
        for c in (source, into):
            if c not in found:
                raise NotFound(f"Không có địa bàn '{c}'.", f"No area '{c}'.")
        src, dst = found[source], found[into]
        old_to = src.valid_to
        src.merged_into_id = dst.id
        src.valid_to = on - timedelta(days=1)
        record(s, actor, "area", source, "merged_into", None, into,
               reason=f"sáp nhập từ {on.isoformat()}")
        if old_to != src.valid_to:
            record(s, actor, "area", source, "valid_to", old_to, src.valid_to)


def units_of_measure(db: Database) -> list[str]:
    """Units of measure in use, plus the usual ones, in Vietnamese order."""
    with db.session() as s:
        used = {u for u in s.scalars(select(Target.unit).distinct()) if u}
    return sorted(used | set(DEFAULT_UNITS_OF_MEASURE), key=vtext.collation_key)


def get_organisation(db: Database) -> OrganisationData:
    """The organisation's header lines, place, signer and default recipients."""
    with db.session() as s:
        return _organisation(s)


def save_organisation(db: Database, actor: Actor, org: OrganisationData) -> None:
    """Replace the organisation's header and signer (admin only)."""
    permissions.require(actor, "catalog.organisation", db)
    with db.session() as s:
        row = s.scalars(select(Organisation)).first()
        if row is None:
            row = Organisation()
            s.add(row)
        for attr in ("parent_agency", "name", "symbol", "place", "signer_authority",
                     "signer_title", "signer_name", "archive_unit"):
            new = vtext.clean_line(getattr(org, attr))
            if (getattr(row, attr) or "") != new:
                record(s, actor, "organisation", "", attr, getattr(row, attr), new)
            setattr(row, attr, new)
        recipients = [vtext.clean_line(r) for r in org.recipients if r.strip()]
        if list(row.recipients or []) != recipients:
            record(s, actor, "organisation", "", "recipients", list(row.recipients or []),
                   recipients)
        row.recipients = recipients
