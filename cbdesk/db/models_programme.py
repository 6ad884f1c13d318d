"""Five-year programmes (giai đoạn): the programme, its targets and the links
from the yearly plans' targets that carry them. Re-exported by
:mod:`cbdesk.db.models`; import them from there."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cbdesk.db.base import Base


class Programme(Base):
    """A five-year programme (giai đoạn, e.g. 2026-2030) the yearly plans carry."""

    __tablename__ = "programme"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # "2026-2030"
    name: Mapped[str] = mapped_column(String(500), default="")
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    targets: Mapped[list[ProgrammeTarget]] = relationship(
        cascade="all, delete-orphan", order_by="ProgrammeTarget.sort_order"
    )

    __mapper_args__ = {"version_id_col": version}


class ProgrammeTarget(Base):
    """A target set for the whole programme; ``per_year`` marks a change target
    stated as a yearly average (bình quân mỗi năm)."""

    __tablename__ = "programme_target"
    __table_args__ = (UniqueConstraint("programme_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(30))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_target.id", ondelete="CASCADE"), nullable=True
    )
    relation: Mapped[str | None] = mapped_column(String(20), nullable=True)
    name: Mapped[str] = mapped_column(String(500))
    unit: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[str] = mapped_column(String(20), default="cumulative")
    direction: Mapped[str] = mapped_column(String(20), default="increase")
    target_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    baseline: Mapped[float | None] = mapped_column(Float, nullable=True)
    baseline_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    per_year: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ProgrammeLink(Base):
    """A yearly plan's target (by year and code) carrying one programme target.
    Keyed by code so a plan re-imported or restored keeps its links."""

    __tablename__ = "programme_link"
    __table_args__ = (UniqueConstraint("year", "target_code", name="uq_programme_link_target"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_target_id: Mapped[int] = mapped_column(
        ForeignKey("programme_target.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    target_code: Mapped[str] = mapped_column(String(30))
