"""A plan's own information — its header and the fixed parts of the plan
document: title, number, date, abstract (V/v), addressee, legal bases
(căn cứ), opening paragraphs, the organisation-of-implementation items
(section III), closing sentence, recipients (Nơi nhận), status — read and
edited in the window; and new plans: empty, or carrying over the targets
and tasks of an earlier year (a new year's plan mostly repeats the last).

Edits are leaders' (as targets are), audited field by field, and refused
with ConflictError when someone else changed the plan's information since it
was read (the values as read are compared; the plan row has no version)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from cbdesk.core import text as vtext
from cbdesk.core.deadlines import Deadline
from cbdesk.core.enums import PlanStatus
from cbdesk.core.periods import Period
from cbdesk.core.plandata import PlanData
from cbdesk.db.engine import Database
from cbdesk.services import permissions
from cbdesk.services.actors import Actor
from cbdesk.services.audit import record
from cbdesk.services.errors import ConflictError, ValidationError
from cbdesk.services.plans import get_plan, plan_exists, plan_to_data

TITLE_MAX = 500  # Plan.title
NUMBER_MAX = 50  # Plan.doc_number


@dataclass(frozen=True)
class PlanHeader:
    """What the plan-information dialog shows and saves. Lists are one item
    per line (a legal basis, an item of section III, a recipient); ``intro``
    holds the opening paragraphs."""

    year: int
    title: str
    doc_number: str = ""
    doc_date: date | None = None
    abstract: str = ""  # trích yếu: "V/v …"
    addressee: str = ""  # Kính gửi …
    legal_bases: tuple[str, ...] = ()
    intro: tuple[str, ...] = ()
    implementation: tuple[str, ...] = ()
    closing: str = ""
    recipients: tuple[str, ...] = ()
    status: str = PlanStatus.DRAFT.value

    def cleaned(self) -> PlanHeader:
        """NFC, invisible characters gone, blank list items dropped."""
        def items(values) -> tuple[str, ...]:
            return tuple(c for c in (vtext.clean(v) for v in values) if c)

        return replace(
            self, title=vtext.clean_line(self.title), doc_number=vtext.clean_line(self.doc_number),
            abstract=vtext.clean(self.abstract), addressee=vtext.clean(self.addressee),
            legal_bases=items(self.legal_bases), intro=items(self.intro),
            implementation=items(self.implementation), closing=vtext.clean(self.closing),
            recipients=items(self.recipients))


EDITABLE = tuple(f.name for f in fields(PlanHeader) if f.name != "year")
_LISTS = {"legal_bases", "intro", "implementation", "recipients"}


def _header_of(plan) -> PlanHeader:
    values = {name: getattr(plan, name) for name in EDITABLE}
    for name in _LISTS:
        values[name] = tuple(values[name] or ())
    return PlanHeader(year=plan.year, **values)


def read_header(db: Database, year: int) -> PlanHeader:
    with db.session() as s:
        return _header_of(get_plan(s, year))


def validate(header: PlanHeader) -> None:
    """Raises ValidationError naming what is wrong (the header as cleaned)."""
    if not header.title:
        raise ValidationError("Kế hoạch phải có tên.", "The plan needs a title.")
    if len(header.title) > TITLE_MAX:
        raise ValidationError(f"Tên kế hoạch dài quá {TITLE_MAX} ký tự.",
                              f"The plan's title is longer than {TITLE_MAX} characters.")
    if len(header.doc_number) > NUMBER_MAX:
        raise ValidationError(f"Số văn bản dài quá {NUMBER_MAX} ký tự.",
                              f"The document number is longer than {NUMBER_MAX} characters.")
    try:
        PlanStatus.parse(header.status)
    except ValueError as e:
        raise ValidationError(f"Trạng thái kế hoạch '{header.status}' không hợp lệ.",
                              f"Unknown plan status '{header.status}'.") from e


def save_header(db: Database, actor: Actor, before: PlanHeader, after: PlanHeader) -> list[str]:
    """Save the plan information ``after``, edited from ``before`` (as read).
    Returns the names of the fields that changed. Leaders only."""
    permissions.require(actor, "plans.edit", db)
    after = after.cleaned()
    if after.year != before.year:
        raise ValidationError("Không đổi được năm của kế hoạch.", "A plan's year cannot change.")
    validate(after)
    changed = []
    with db.session() as s:
        plan = get_plan(s, before.year)
        if _header_of(plan) != before:
            raise ConflictError(
                f"Thông tin kế hoạch năm {before.year} vừa được người khác sửa. "
                "Hãy mở lại để xem bản mới rồi sửa lại.",
                f"Someone else has just changed the {before.year} plan's information. "
                "Open it again to see theirs, then make your changes.")
        for name in EDITABLE:
            old, new = getattr(before, name), getattr(after, name)
            if old == new:
                continue
            record(s, actor, "plan", str(before.year), name,
                   list(old) if name in _LISTS else old, list(new) if name in _LISTS else new,
                   before.year)
            setattr(plan, name, list(new) if name in _LISTS else new)
            changed.append(name)
    return changed


# ------------------------------------------------------------------ new plans


def suggested_title(year: int, earlier_title: str | None = None, earlier_year: int = 0) -> str:
    """The title offered for a new plan: the earlier plan's with its year
    replaced, or a plain one."""
    if earlier_title and str(earlier_year) in earlier_title:
        return earlier_title.replace(str(earlier_year), str(year))
    return f"Kế hoạch năm {year}"


def _shifted(code: str, years: int) -> str:
    """A task deadline's code moved ``years`` years on (29/2 → 28/2)."""
    if not code:
        return code
    d = Deadline.parse(code)
    if d.day is not None:
        try:
            return d.day.replace(year=d.day.year + years).isoformat()
        except ValueError:  # 29 February in a year without one
            return d.day.replace(year=d.day.year + years, day=28).isoformat()
    if d.period is not None:
        p = d.period
        return Period(p.year + years, p.kind, p.index).code
    return code


def carried_over(earlier: PlanData, year: int, title: str) -> PlanData:
    """A draft plan of ``year`` with the targets (names, figures, allocations,
    document sentences) and tasks (deadlines moved on, progress cleared) of
    ``earlier``, and its standing text (addressee, legal bases, section III,
    closing, recipients); no number, date, results or progress."""
    years = year - earlier.year
    tasks = [replace(t, deadline=_shifted(t.deadline, years), percent_done=0.0, done=False,
                     completed_on=None) for t in earlier.tasks]
    return replace(
        earlier, year=year, title=title, doc_number="", doc_date=None, abstract="",
        status=PlanStatus.DRAFT.value, intro=[], note="", tasks=tasks, results=[], updates=[])


def create_plan(db: Database, actor: Actor, year: int, title: str,
                carry_from: int | None = None) -> None:
    """A new draft plan of ``year``: empty, or carrying over the plan of
    ``carry_from`` (see :func:`carried_over`). Leaders only; one transaction."""
    from cbdesk.services.plan_apply import apply_in_session

    permissions.require(actor, "plans.create", db)
    title = vtext.clean_line(title)
    validate(PlanHeader(year=year, title=title))
    if not 2000 <= int(year) <= 2100:
        raise ValidationError(f"Năm kế hoạch '{year}' không hợp lệ.", f"Invalid plan year '{year}'.")
    if plan_exists(db, year):
        raise ValidationError(f"Đã có kế hoạch năm {year}.", f"A plan for {year} exists already.")
    if carry_from is None:
        data = PlanData(year=year, title=title)
    else:
        data = carried_over(plan_to_data(db, carry_from, with_results=False), year, title)
    with db.session() as s:  # audited as one act, not as a list of new rows
        apply_in_session(s, data, actor)
        record(s, actor, "plan", str(year), "created", None, title, year,
               f"từ kế hoạch năm {carry_from}" if carry_from else "")
