"""SQLAlchemy 2.x typed models for every concept of SPEC §1.

Portable between SQLite and PostgreSQL: no engine-specific types. Text is NFC
on the way in (services normalise it). Figures are stored as floats (double
precision); the office's figures have at most a few decimals.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cbdesk.db.base import NAMING, Base
from cbdesk.db.models_attachments import Attachment, AttachmentBlob
from cbdesk.db.models_programme import Programme, ProgrammeLink, ProgrammeTarget

__all__ = [
    "Allocation", "AppUser", "Area", "Attachment", "AttachmentBlob", "AuditEntry", "Base",
    "ClosedPeriod", "IssuedReport", "NAMING", "Organisation", "Plan", "Programme", "ProgrammeLink",
    "ProgrammeTarget", "ProgressUpdate", "ReportDraft", "Result", "Setting", "Target", "Task",
    "TaskCoordinator", "Unit",
]


class Organisation(Base):
    """The issuing agency: header lines and report defaults."""

    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_agency: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    symbol: Mapped[str] = mapped_column(String(50), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    signer_authority: Mapped[str] = mapped_column(String(100), default="")
    signer_title: Mapped[str] = mapped_column(String(100), default="")
    signer_name: Mapped[str] = mapped_column(String(100), default="")
    archive_unit: Mapped[str] = mapped_column(String(50), default="")
    recipients: Mapped[list] = mapped_column(JSON, default=list)


class Unit(Base):
    """An organisational unit (phòng, trung tâm, UBND huyện…)."""

    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="internal")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A merged or renamed unit points at its successor; its history stays.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True)


class Area(Base):
    """An area: province, district-level unit or commune, with validity dates."""

    __tablename__ = "area"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20), default="district")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), nullable=True)
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), nullable=True)


class Plan(Base):
    """A year's action plan (kế hoạch)."""

    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(500))
    doc_number: Mapped[str] = mapped_column(String(50), default="")
    doc_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    abstract: Mapped[str] = mapped_column(Text, default="")
    addressee: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    intro: Mapped[list] = mapped_column(JSON, default=list)
    legal_bases: Mapped[list] = mapped_column(JSON, default=list)
    implementation: Mapped[list] = mapped_column(JSON, default=list)
    closing: Mapped[str] = mapped_column(Text, default="")
    recipients: Mapped[list] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")

    targets: Mapped[list[Target]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Target.sort_order"
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Task.sort_order"
    )


class Target(Base):
    """A numeric or qualitative target (chỉ tiêu) of a plan."""

    __tablename__ = "target"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(30))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("target.id", ondelete="CASCADE"), nullable=True
    )
    relation: Mapped[str | None] = mapped_column(String(20), nullable=True)
    name: Mapped[str] = mapped_column(String(500))
    unit: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[str] = mapped_column(String(20), default="cumulative")
    direction: Mapped[str] = mapped_column(String(20), default="increase")
    target_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    baseline: Mapped[float | None] = mapped_column(Float, nullable=True)
    decimals: Mapped[int] = mapped_column(Integer, default=0)
    lead_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    statement: Mapped[str] = mapped_column(Text, default="")
    group_no: Mapped[int] = mapped_column(Integer, default=0)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    profile: Mapped[list | None] = mapped_column(JSON, nullable=True)  # 12 monthly weights
    manual_achieved: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # Ước thực hiện cả năm: the estimate for the whole year, when entered.
    year_estimate: Mapped[float | None] = mapped_column(Float, nullable=True)
    search_key: Mapped[str] = mapped_column(String(600), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    plan: Mapped[Plan] = relationship(back_populates="targets")
    allocations: Mapped[list[Allocation]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class Allocation(Base):
    """A target's figure allocated to one area."""

    __tablename__ = "allocation"
    __table_args__ = (UniqueConstraint("target_id", "area_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("target.id", ondelete="CASCADE"))
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id"))
    value: Mapped[float] = mapped_column(Float)


class Result(Base):
    """The value of one target for one period and one area (None = province)."""

    __tablename__ = "result"
    __table_args__ = (
        Index("ix_result_target_period", "target_id", "period"),
        UniqueConstraint("target_id", "period", "area_key", name="uq_result_cell"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("target.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(12))  # period code, e.g. 2021-Q2
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), nullable=True)
    # area_id or 0: NULLs are distinct in unique constraints on both engines.
    area_key: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    entered_by: Mapped[str] = mapped_column(String(100), default="")
    entered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class TaskCoordinator(Base):
    __tablename__ = "task_coordinator"
    task_id: Mapped[int] = mapped_column(
        ForeignKey("task.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Task(Base):
    """A task (nhiệm vụ, giải pháp) with its section code."""

    __tablename__ = "task"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(30))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("task.id", ondelete="CASCADE"), nullable=True
    )
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    lead_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    deadline: Mapped[str] = mapped_column(String(20), default="")  # Deadline.code
    expected_output: Mapped[str] = mapped_column(Text, default="")
    percent_done: Mapped[float] = mapped_column(Float, default=0.0)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    search_key: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    plan: Mapped[Plan] = relationship(back_populates="tasks")
    coordinators: Mapped[list[TaskCoordinator]] = relationship(
        cascade="all, delete-orphan", order_by="TaskCoordinator.position"
    )
    updates: Mapped[list[ProgressUpdate]] = relationship(
        cascade="all, delete-orphan", order_by="ProgressUpdate.id"
    )

    __mapper_args__ = {"version_id_col": version}


class ProgressUpdate(Base):
    """A dated progress note on a task."""

    __tablename__ = "progress_update"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    date: Mapped[date] = mapped_column(Date)
    percent_done: Mapped[float] = mapped_column(Float, default=0.0)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(100), default="")
    entered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ClosedPeriod(Base):
    """A period whose figures are locked (chốt số liệu)."""

    __tablename__ = "closed_period"
    __table_args__ = (UniqueConstraint("plan_id", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(12))
    closed_by: Mapped[str] = mapped_column(String(100), default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class AuditEntry(Base):
    """One change: who, when, what, old value, new value. Never updated or deleted."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(100), default="")
    plan_year: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    entity: Mapped[str] = mapped_column(String(30))  # result, target, task, period…
    key: Mapped[str] = mapped_column(String(200), default="")  # e.g. "1|2021-Q1|040"
    field: Mapped[str] = mapped_column(String(50), default="")
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    new: Mapped[str | None] = mapped_column(Text, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class IssuedReport(Base):
    """An issued report and the exact PDF as issued."""

    __tablename__ = "issued_report"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(12), default="")
    number: Mapped[str] = mapped_column(String(20), default="")
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    meta: Mapped[dict] = mapped_column(JSON, default=dict)  # signer, recipients, sections
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    issued_by: Mapped[str] = mapped_column(String(100), default="")
    issued_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ReportDraft(Base):
    """The free-text sections of a report being prepared, kept between sessions."""

    __tablename__ = "report_draft"
    __table_args__ = (UniqueConstraint("plan_id", "kind", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(12), default="")
    fields: Mapped[dict] = mapped_column(JSON, default=dict)


class AppUser(Base):
    """A person who uses the app, with a role (viewer, staff, leader, admin)."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default="staff")
    password_hash: Mapped[str] = mapped_column(String(300), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Base):
    """A key/value setting shared by everyone using this database."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
