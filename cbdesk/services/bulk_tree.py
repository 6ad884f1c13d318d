"""Bulk inserts of coded tree rows (targets, tasks) for imports: one
executemany INSERT … RETURNING per tree level, each row's parent id already
known, so no per-row INSERT and no UPDATE of the parent afterwards."""

from __future__ import annotations

from sqlalchemy import insert


def insert_tree(s, table, rows: list[dict], parents: dict[str, str | None],
                ids: dict[str, int]) -> dict[str, int]:
    """Insert ``rows`` (column dicts with a ``code``, no ``id``/``parent_id``)
    of ``table``, parents before children, with ``parent_id`` taken from
    ``ids`` (code → id of rows already stored), which gains the new ids.

    ``parents`` maps a row's code to its parent's code (or None). A row whose
    parent can never be placed (a cycle) is inserted without one and its
    parent set afterwards with one executemany UPDATE.
    """
    pending = list(rows)
    while pending:
        ready, later = [], []
        for r in pending:
            p = parents.get(r["code"])
            (ready if p is None or p in ids else later).append(r)
        orphans = False
        if not ready:  # a cycle: place the rest now, parents afterwards
            ready, later, orphans = later, [], True
        batch = [{**r, "parent_id": None if orphans or parents.get(r["code"]) is None
                  else ids[parents[r["code"]]]} for r in ready]
        for row_id, code in s.execute(insert(table).returning(table.c.id, table.c.code),
                                      batch):
            ids[code] = row_id
        if orphans:
            fix = [{"i": ids[r["code"]], "p": ids.get(parents.get(r["code"]))}
                   for r in ready if parents.get(r["code"]) is not None]
            if fix:
                from sqlalchemy import bindparam, update

                s.execute(update(table).where(table.c.id == bindparam("i"))
                          .values(parent_id=bindparam("p")), fix)
        pending = later
    return ids
