"""cbdesk.db.bulk.insert_rows (imports' results, updates and audit entries):
many rows in one statement — the driver's executemany on SQLite, one COPY on
PostgreSQL (issue 24) — stored exactly as SQLAlchemy's own INSERT stores them:
text with tabs, newlines, backslashes and Vietnamese, NULLs, floats, dates,
booleans, JSON, and a column's scalar default; in the caller's transaction."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    event,
    select,
)

TRICKY = ["Hà Nội\tquý II", "dòng 1\ndòng 2\r\n", r"C:\thư mục\n", "\\N", "", "'; DROP --",
          "Nguyễn Thị Ánh — 12.000,5%"]


def _table():
    md = MetaData()
    t = Table("bulk_probe", md,
              Column("id", Integer, primary_key=True),
              Column("name", String(200), nullable=False),
              Column("note", Text, nullable=True),
              Column("value", Float, nullable=True),
              Column("at", DateTime, nullable=True),
              Column("day", Date, nullable=True),
              Column("done", Boolean, nullable=False),
              Column("meta", JSON, nullable=True),
              Column("version", Integer, nullable=False, default=1))
    return md, t


def _rows(n: int) -> list[dict]:
    now = datetime(2025, 6, 30, 17, 45, 12, 123456)
    return [dict(name=TRICKY[i % len(TRICKY)] + f" {i}",
                 note=None if i % 3 == 0 else TRICKY[(i + 1) % len(TRICKY)],
                 value=None if i % 5 == 0 else (i if i % 2 else i + 0.25) * -1.5,
                 at=None if i % 4 == 0 else now,
                 day=date(2025, 1 + i % 12, 1 + i % 28),
                 done=bool(i % 2),
                 meta=None if i % 6 == 0 else {"k": TRICKY[i % len(TRICKY)], "n": [i, 1.5]})
            for i in range(n)]


def test_insert_rows_stores_every_value_as_written_in_one_statement(db):
    from cbdesk.db.bulk import COPY_FROM, insert_rows

    md, table = _table()
    md.create_all(db.engine)
    rows = _rows(COPY_FROM + 37)
    sent = []

    def count(conn, cursor, statement, parameters, context, executemany):
        sent.append(statement.split()[0].upper())

    event.listen(db.engine, "before_cursor_execute", count)
    with db.session() as s:
        insert_rows(s, table, rows)
        s.commit()
    event.remove(db.engine, "before_cursor_execute", count)
    assert sent == (["INSERT"] if db.is_sqlite else ["COPY"])
    with db.session() as s:
        stored = [dict(r._mapping) for r in s.execute(select(table).order_by(table.c.id))]
    assert [{k: v for k, v in r.items() if k not in ("id", "version")} for r in stored] == rows
    assert {r["version"] for r in stored} == {1}  # the column's default filled in


def test_insert_rows_of_a_few_rows_goes_with_the_transaction(db):
    """A handful of rows (a grid's save): one statement too, rolled back with
    the caller's transaction like the COPY of many."""
    from cbdesk.db.bulk import COPY_FROM, insert_rows

    md, table = _table()
    md.create_all(db.engine)
    for n in (3, COPY_FROM):
        with db.session() as s:
            insert_rows(s, table, _rows(n))
            assert s.execute(select(table.c.id)).all().__len__() == n
            s.rollback()
        with db.session() as s:
            assert s.execute(select(table.c.id)).all() == []
    with db.session() as s:
        insert_rows(s, table, _rows(4))
        s.commit()
    with db.session() as s:
        names = s.scalars(select(table.c.name).order_by(table.c.id)).all()
    assert names == [r["name"] for r in _rows(4)]


def test_bulk_rows_wait_for_the_daily_backup_like_any_write(db):
    """The start-up backup holds every write until the copy is made
    (services/write_gate.py): the COPY of many rows too."""
    import threading

    from cbdesk.db.bulk import COPY_FROM, insert_rows
    from cbdesk.services.write_gate import DailyBackup

    md, table = _table()
    md.create_all(db.engine)
    daily = DailyBackup(db)
    wrote = threading.Event()

    def write():
        with db.session() as s:
            insert_rows(s, table, _rows(COPY_FROM + 1))
        wrote.set()

    writer = threading.Thread(target=write)
    writer.start()
    assert not wrote.wait(0.5)  # held: no backup yet
    daily.run()
    writer.join(60)
    assert wrote.is_set()
    with db.session() as s:
        assert len(s.execute(select(table.c.id)).all()) == COPY_FROM + 1


def test_a_duplicate_among_bulk_rows_is_an_integrity_error_and_nothing_is_written(db):
    """A row breaking a unique constraint fails the whole statement with
    SQLAlchemy's IntegrityError (what services turn into a ConflictError), on
    both engines, and the transaction writes none of the rows."""
    import pytest
    from sqlalchemy import UniqueConstraint
    from sqlalchemy.exc import IntegrityError

    from cbdesk.db.bulk import COPY_FROM, insert_rows

    md, table = _table()
    table.append_constraint(UniqueConstraint("name", name="uq_bulk_probe_name"))
    md.create_all(db.engine)
    rows = _rows(COPY_FROM + 5)
    rows[-1] = dict(rows[-1], name=rows[0]["name"])  # the same name twice
    with pytest.raises(IntegrityError), db.session() as s:
        insert_rows(s, table, rows)
    with db.session() as s:
        assert s.execute(select(table.c.id)).all() == []
