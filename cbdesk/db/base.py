"""The declarative base every ORM class shares, over the one metadata of
:mod:`cbdesk.db.tables` (the schema; migrations and backups list the tables
from it)."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from cbdesk.db.tables import NAMING, metadata

__all__ = ["NAMING", "Base"]


class Base(DeclarativeBase):
    metadata = metadata
