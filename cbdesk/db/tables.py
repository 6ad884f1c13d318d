"""The schema: every table as SQLAlchemy Core defines it, with named
constraints (one metadata for all tables: migrations and backups list the
tables from it). The ORM classes of :mod:`cbdesk.db.models` are mapped onto
these tables.

Reads that want rows, not objects, are built from these tables, not from the
ORM classes: a statement of ORM attributes (``select(Target.code)``) makes the
ORM configure every mapper the first time one runs in a process (about
45 ms) and compiles through the ORM's planning (about ten times a Core
statement's compile), and importing the ORM and its classes costs a command
about 150 ms more. `cbdesk report` reads and prints its plan without loading
the ORM at all (docs/benchmarks.md, "whole process";
tests/integration/test_report_without_orm.py).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Named constraints so that Alembic's batch mode can alter SQLite tables later.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

# Attachments and programmes first: the order the ORM classes made them in
# (their modules were imported before the others'), which is the order
# backups and dumps have always listed them in.

attachment_blob = Table(
    "attachment_blob",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
)

attachment = Table(
    "attachment",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plan.id", ondelete="CASCADE"),
           index=True, nullable=False),
    Column("owner_kind", String(10), nullable=False),  # plan, task, update, result
    Column("task_id", Integer, ForeignKey("task.id", ondelete="CASCADE"), nullable=True),
    Column("update_id", Integer, ForeignKey("progress_update.id", ondelete="CASCADE"),
           nullable=True),
    Column("target_id", Integer, ForeignKey("target.id", ondelete="CASCADE"), nullable=True),
    Column("period", String(12), nullable=True),
    Column("area_id", Integer, ForeignKey("area.id"), nullable=True),
    Column("file_name", String(255), nullable=False),
    Column("media_type", String(100), nullable=False, default="application/octet-stream"),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), ForeignKey("attachment_blob.sha256"), index=True, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("added_by", String(100), nullable=False, default=""),
    Column("added_at", DateTime, nullable=True),
)

programme = Table(
    "programme",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(20), unique=True, nullable=False),  # "2026-2030"
    Column("name", String(500), nullable=False, default=""),
    Column("start_year", Integer, nullable=False),
    Column("end_year", Integer, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("version", Integer, nullable=False, default=1),
)

programme_target = Table(
    "programme_target",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("programme_id", Integer, ForeignKey("programme.id", ondelete="CASCADE"),
           index=True, nullable=False),
    Column("code", String(30), nullable=False),
    Column("parent_id", Integer, ForeignKey("programme_target.id", ondelete="CASCADE"),
           nullable=True),
    Column("relation", String(20), nullable=True),
    Column("name", String(500), nullable=False),
    Column("unit", String(50), nullable=False, default=""),
    Column("kind", String(20), nullable=False, default="cumulative"),
    Column("direction", String(20), nullable=False, default="increase"),
    Column("target_value", Float, nullable=True),
    Column("baseline", Float, nullable=True),
    Column("baseline_year", Integer, nullable=True),
    Column("per_year", Boolean, nullable=False, default=False),
    Column("sort_order", Integer, nullable=False, default=0),
    UniqueConstraint("programme_id", "code"),
)

programme_link = Table(
    "programme_link",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("programme_target_id", Integer, ForeignKey("programme_target.id", ondelete="CASCADE"),
           index=True, nullable=False),
    Column("year", Integer, nullable=False),
    Column("target_code", String(30), nullable=False),
    UniqueConstraint("year", "target_code", name="uq_programme_link_target"),
)

organisation = Table(
    "organisation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("parent_agency", String(200), nullable=False, default=""),
    Column("name", String(200), nullable=False, default=""),
    Column("symbol", String(50), nullable=False, default=""),
    Column("place", String(100), nullable=False, default=""),
    Column("signer_authority", String(100), nullable=False, default=""),
    Column("signer_title", String(100), nullable=False, default=""),
    Column("signer_name", String(100), nullable=False, default=""),
    Column("archive_unit", String(50), nullable=False, default=""),
    Column("recipients", JSON, nullable=False, default=list),
)

unit = Table(
    "unit",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(50), unique=True, nullable=False),
    Column("name", String(300), nullable=False),
    Column("kind", String(20), nullable=False, default="internal"),
    Column("active", Boolean, nullable=False, default=True),
    # A merged or renamed unit points at its successor; its history stays.
    Column("merged_into_id", Integer, ForeignKey("unit.id"), nullable=True),
)

area = Table(
    "area",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(20), unique=True, nullable=False),
    Column("name", String(200), nullable=False),
    Column("level", String(20), nullable=False, default="district"),
    Column("parent_id", Integer, ForeignKey("area.id"), nullable=True),
    Column("valid_from", Date, nullable=True),
    Column("valid_to", Date, nullable=True),
    Column("merged_into_id", Integer, ForeignKey("area.id"), nullable=True),
)

plan = Table(
    "plan",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("year", Integer, unique=True, nullable=False),
    Column("title", String(500), nullable=False),
    Column("doc_number", String(50), nullable=False, default=""),
    Column("doc_date", Date, nullable=True),
    Column("abstract", Text, nullable=False, default=""),
    Column("addressee", Text, nullable=False, default=""),
    Column("status", String(20), nullable=False, default="draft"),
    Column("intro", JSON, nullable=False, default=list),
    Column("legal_bases", JSON, nullable=False, default=list),
    Column("implementation", JSON, nullable=False, default=list),
    Column("closing", Text, nullable=False, default=""),
    Column("recipients", JSON, nullable=False, default=list),
    Column("note", Text, nullable=False, default=""),
)

target = Table(
    "target",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plan.id", ondelete="CASCADE"),
           index=True, nullable=False),
    Column("code", String(30), nullable=False),
    Column("parent_id", Integer, ForeignKey("target.id", ondelete="CASCADE"), nullable=True),
    Column("relation", String(20), nullable=True),
    Column("name", String(500), nullable=False),
    Column("unit", String(50), nullable=False, default=""),
    Column("kind", String(20), nullable=False, default="cumulative"),
    Column("direction", String(20), nullable=False, default="increase"),
    Column("target_value", Float, nullable=True),
    Column("baseline", Float, nullable=True),
    Column("decimals", Integer, nullable=False, default=0),
    Column("lead_unit_id", Integer, ForeignKey("unit.id"), nullable=True),
    Column("statement", Text, nullable=False, default=""),
    Column("group_no", Integer, nullable=False, default=0),
    Column("sort_order", Integer, nullable=False, default=0),
    Column("profile", JSON, nullable=True),  # 12 monthly weights
    Column("manual_achieved", Boolean, nullable=True),
    # Ước thực hiện cả năm: the estimate for the whole year, when entered.
    Column("year_estimate", Float, nullable=True),
    Column("search_key", String(600), nullable=False, default=""),
    Column("version", Integer, nullable=False, default=1),
    UniqueConstraint("plan_id", "code"),
)

allocation = Table(
    "allocation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("target_id", Integer, ForeignKey("target.id", ondelete="CASCADE"), nullable=False),
    Column("area_id", Integer, ForeignKey("area.id"), nullable=False),
    Column("value", Float, nullable=False),
    UniqueConstraint("target_id", "area_id"),
)

result = Table(
    "result",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("target_id", Integer, ForeignKey("target.id", ondelete="CASCADE"), nullable=False),
    Column("period", String(12), nullable=False),  # period code, e.g. 2021-Q2
    Column("area_id", Integer, ForeignKey("area.id"), nullable=True),
    # area_id or 0: NULLs are distinct in unique constraints on both engines.
    Column("area_key", Integer, nullable=False, default=0),
    Column("value", Float, nullable=True),
    Column("note", Text, nullable=False, default=""),
    Column("source", String(200), nullable=False, default=""),
    Column("entered_by", String(100), nullable=False, default=""),
    Column("entered_at", DateTime, nullable=True),
    Column("version", Integer, nullable=False, default=1),
    UniqueConstraint("target_id", "period", "area_key", name="uq_result_cell"),
    Index("ix_result_target_period", "target_id", "period"),
)

task_coordinator = Table(
    "task_coordinator",
    metadata,
    Column("task_id", Integer, ForeignKey("task.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", Integer, ForeignKey("unit.id"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)

task = Table(
    "task",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plan.id", ondelete="CASCADE"),
           index=True, nullable=False),
    Column("code", String(30), nullable=False),
    Column("parent_id", Integer, ForeignKey("task.id", ondelete="CASCADE"), nullable=True),
    Column("title", Text, nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("lead_unit_id", Integer, ForeignKey("unit.id"), nullable=True),
    Column("deadline", String(20), nullable=False, default=""),  # Deadline.code
    Column("expected_output", Text, nullable=False, default=""),
    Column("percent_done", Float, nullable=False, default=0.0),
    Column("done", Boolean, nullable=False, default=False),
    Column("completed_on", Date, nullable=True),
    Column("sort_order", Integer, nullable=False, default=0),
    Column("search_key", Text, nullable=False, default=""),
    Column("version", Integer, nullable=False, default=1),
    UniqueConstraint("plan_id", "code"),
)

progress_update = Table(
    "progress_update",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("task_id", Integer, ForeignKey("task.id", ondelete="CASCADE"),
           index=True, nullable=False),
    Column("date", Date, nullable=False),
    Column("percent_done", Float, nullable=False, default=0.0),
    Column("done", Boolean, nullable=False, default=False),
    Column("note", Text, nullable=False, default=""),
    Column("entered_by", String(100), nullable=False, default=""),
    Column("entered_at", DateTime, nullable=True),
)

closed_period = Table(
    "closed_period",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plan.id", ondelete="CASCADE"), nullable=False),
    Column("period", String(12), nullable=False),
    Column("closed_by", String(100), nullable=False, default=""),
    Column("closed_at", DateTime, nullable=True),
    UniqueConstraint("plan_id", "period"),
)

audit_entry = Table(
    "audit_entry",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, index=True, nullable=False),
    Column("user", String(100), nullable=False, default=""),
    Column("plan_year", Integer, index=True, nullable=True),
    Column("entity", String(30), nullable=False),  # result, target, task, period…
    Column("key", String(200), nullable=False, default=""),  # e.g. "1|2021-Q1|040"
    Column("field", String(50), nullable=False, default=""),
    Column("old", Text, nullable=True),
    Column("new", Text, nullable=True),
    Column("reason", Text, nullable=False, default=""),
)

issued_report = Table(
    "issued_report",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plan.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("period", String(12), nullable=False, default=""),
    Column("number", String(20), nullable=False, default=""),
    Column("issued_on", Date, nullable=True),
    Column("meta", JSON, nullable=False, default=dict),  # signer, recipients, sections
    Column("pdf", LargeBinary, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("issued_by", String(100), nullable=False, default=""),
    Column("issued_at", DateTime, nullable=True),
)

report_draft = Table(
    "report_draft",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plan.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("period", String(12), nullable=False, default=""),
    Column("fields", JSON, nullable=False, default=dict),
    UniqueConstraint("plan_id", "kind", "period"),
)

app_user = Table(
    "app_user",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(100), unique=True, nullable=False),
    Column("full_name", String(200), nullable=False, default=""),
    Column("role", String(20), nullable=False, default="staff"),
    Column("password_hash", String(300), nullable=False, default=""),
    Column("unit_id", Integer, ForeignKey("unit.id"), nullable=True),
    Column("active", Boolean, nullable=False, default=True),
)

setting = Table(
    "setting",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False, default=""),
)
