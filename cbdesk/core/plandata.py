"""A whole plan as plain data: the one shape that the sample plan, `cbdesk dump`,
the interchange workbook (export and import), and the draft plans read from
documents all share. Services turn it into database rows and back.

Codes (unit, area, target, task, parent) are the keys; nothing here holds a
database id, so a PlanData can cross from one database to another unchanged.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass
class OrganisationData:
    """The issuing agency's header and defaults for reports (SPEC §1)."""

    parent_agency: str = ""  # e.g. "UBND TỈNH CAO BẰNG"
    name: str = ""  # e.g. "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    symbol: str = ""  # document-number suffix, e.g. "SLĐTBXH"
    place: str = ""  # place name of the date line, e.g. "Cao Bằng"
    signer_authority: str = ""  # e.g. "GIÁM ĐỐC" or "KT. GIÁM ĐỐC"
    signer_title: str = ""  # e.g. "PHÓ GIÁM ĐỐC" ("" when the head signs)
    signer_name: str = ""
    archive_unit: str = ""  # the unit in "Lưu: VT, <unit>."
    recipients: list[str] = field(default_factory=list)  # default Nơi nhận


@dataclass
class UnitData:
    code: str
    name: str
    kind: str = "internal"  # UnitKind value


@dataclass
class AreaData:
    code: str
    name: str
    level: str = "district"  # AreaLevel value
    parent_code: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass
class TargetData:
    code: str
    name: str
    unit: str = ""  # unit of measure: người, %, hộ…
    kind: str = "cumulative"  # TargetKind value
    direction: str = "increase"  # Direction value
    target: float | None = None  # the year's target; None for qualitative
    baseline: float | None = None
    parent_code: str | None = None
    relation: str | None = None  # Relation value when parent_code is set
    lead_unit: str | None = None  # unit code
    decimals: int = 0  # decimals shown for the plan figure (3,45 → 2)
    # The sentence of the plan document that states this target, with
    # "{value}" where the figure goes ("{value2}" pads it to two digits, as in
    # "02 xã"); statements of the same group are joined into one bullet.
    statement: str = ""
    group: int = 0
    allocations: dict[str, float] = field(default_factory=dict)  # area code → figure


@dataclass
class TaskData:
    code: str  # section code as in the document: "II.1", "II.3.1"
    title: str
    description: str = ""
    parent_code: str | None = None
    lead_unit: str | None = None
    coordinating_units: list[str] = field(default_factory=list)
    deadline: str = ""  # Deadline code: "2021-06-30", "2021-Q2", "ongoing" or ""
    expected_output: str = ""
    percent_done: float = 0.0
    done: bool = False
    completed_on: date | None = None


@dataclass
class ResultData:
    target: str  # target code
    period: str  # period code
    area: str | None  # area code, None for the whole province
    value: float | None
    note: str = ""
    source: str = ""


@dataclass
class ProgressUpdateData:
    task: str  # task code
    date: date
    percent_done: float
    note: str = ""
    done: bool = False


@dataclass
class PlanData:
    year: int
    title: str
    doc_number: str = ""
    doc_date: date | None = None
    abstract: str = ""  # trích yếu (V/v …)
    addressee: str = ""  # Kính gửi …
    status: str = "draft"  # PlanStatus value
    intro: list[str] = field(default_factory=list)  # opening paragraphs
    legal_bases: list[str] = field(default_factory=list)
    implementation: list[str] = field(default_factory=list)  # section III items
    closing: str = ""  # "Trên đây là …"
    recipients: list[str] = field(default_factory=list)
    note: str = ""  # e.g. which figures are demonstration data
    organisation: OrganisationData = field(default_factory=OrganisationData)
    units: list[UnitData] = field(default_factory=list)
    areas: list[AreaData] = field(default_factory=list)
    targets: list[TargetData] = field(default_factory=list)
    tasks: list[TaskData] = field(default_factory=list)
    results: list[ResultData] = field(default_factory=list)
    updates: list[ProgressUpdateData] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)
