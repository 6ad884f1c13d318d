"""The ORM classes for every concept of SPEC §1, mapped onto the tables of
:mod:`cbdesk.db.tables` (the schema, with each column's type, default and
meaning), with their relationships.

Portable between SQLite and PostgreSQL: no engine-specific types. Text is NFC
on the way in (services normalise it). Figures are stored as floats (double
precision); the office's figures have at most a few decimals.
"""

from __future__ import annotations

from sqlalchemy.orm import Mapped, relationship

from cbdesk.db import tables
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

    __table__ = tables.organisation


class Unit(Base):
    """An organisational unit (phòng, trung tâm, UBND huyện…)."""

    __table__ = tables.unit


class Area(Base):
    """An area: province, district-level unit or commune, with validity dates."""

    __table__ = tables.area


class Plan(Base):
    """A year's action plan (kế hoạch)."""

    __table__ = tables.plan

    targets: Mapped[list[Target]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Target.sort_order"
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Task.sort_order"
    )


class Target(Base):
    """A numeric or qualitative target (chỉ tiêu) of a plan."""

    __table__ = tables.target

    plan: Mapped[Plan] = relationship(back_populates="targets")
    allocations: Mapped[list[Allocation]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": tables.target.c.version}


class Allocation(Base):
    """A target's figure allocated to one area."""

    __table__ = tables.allocation


class Result(Base):
    """The value of one target for one period and one area (None = province)."""

    __table__ = tables.result

    __mapper_args__ = {"version_id_col": tables.result.c.version}


class TaskCoordinator(Base):
    __table__ = tables.task_coordinator


class Task(Base):
    """A task (nhiệm vụ, giải pháp) with its section code."""

    __table__ = tables.task

    plan: Mapped[Plan] = relationship(back_populates="tasks")
    coordinators: Mapped[list[TaskCoordinator]] = relationship(
        cascade="all, delete-orphan", order_by="TaskCoordinator.position"
    )
    updates: Mapped[list[ProgressUpdate]] = relationship(
        cascade="all, delete-orphan", order_by="ProgressUpdate.id"
    )

    __mapper_args__ = {"version_id_col": tables.task.c.version}


class ProgressUpdate(Base):
    """A dated progress note on a task."""

    __table__ = tables.progress_update


class ClosedPeriod(Base):
    """A period whose figures are locked (chốt số liệu)."""

    __table__ = tables.closed_period


class AuditEntry(Base):
    """One change: who, when, what, old value, new value. Never updated or deleted."""

    __table__ = tables.audit_entry


class IssuedReport(Base):
    """An issued report and the exact PDF as issued."""

    __table__ = tables.issued_report


class ReportDraft(Base):
    """The free-text sections of a report being prepared, kept between sessions."""

    __table__ = tables.report_draft


class AppUser(Base):
    """A person who uses the app, with a role (viewer, staff, leader, admin)."""

    __table__ = tables.app_user


class Setting(Base):
    """A key/value setting shared by everyone using this database."""

    __table__ = tables.setting
