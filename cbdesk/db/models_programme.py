"""Five-year programmes (giai đoạn): the programme, its targets and the links
from the yearly plans' targets that carry them. Re-exported by
:mod:`cbdesk.db.models`; import them from there."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, relationship

from cbdesk.db import tables
from cbdesk.db.base import Base


class Programme(Base):
    """A five-year programme (giai đoạn, e.g. 2026-2030) the yearly plans carry."""

    __table__ = tables.programme

    targets: Mapped[list[ProgrammeTarget]] = relationship(
        cascade="all, delete-orphan", order_by="ProgrammeTarget.sort_order"
    )

    __mapper_args__ = {"version_id_col": tables.programme.c.version}


class ProgrammeTarget(Base):
    """A target set for the whole programme; ``per_year`` marks a change target
    stated as a yearly average (bình quân mỗi năm)."""

    __table__ = tables.programme_target


class ProgrammeLink(Base):
    """A yearly plan's target (by year and code) carrying one programme target.
    Keyed by code so a plan re-imported or restored keeps its links."""

    __table__ = tables.programme_link
