"""Opening the database for the window: one writer, damaged files, backups."""

from __future__ import annotations

import pytest


@pytest.fixture
def private_data(tmp_path, monkeypatch):
    """A data folder of this test's own, so backups of other tests don't show."""
    folder = tmp_path / "data"
    monkeypatch.setenv("CBDESK_DATA_DIR", str(folder))
    return folder


def _answer(monkeypatch, value: bool, asked: list):
    from cbdesk.ui import dialogs

    def ask(cls, parent, title, text):
        asked.append(text)
        return value

    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(ask))


def test_a_second_instance_is_offered_read_only(qapp, demo_sqlite, private_data, monkeypatch):
    from cbdesk.services import instance_lock
    from cbdesk.services.plans import list_plans
    from cbdesk.ui.session import open_session

    holder = instance_lock.acquire(demo_sqlite)
    try:
        asked: list[str] = []
        _answer(monkeypatch, True, asked)
        session = open_session(str(demo_sqlite))
        assert session is not None and session.read_only and asked
        assert [p.year for p in list_plans(session.db)] == [2021]
        session.close()
        _answer(monkeypatch, False, asked)
        assert open_session(str(demo_sqlite)) is None
    finally:
        holder.release()
    # Free again: the window takes the write lock, and gives it back on close.
    session = open_session(str(demo_sqlite))
    assert session is not None and not session.read_only and session.lock.held
    session.close(make_exit_backup=False)
    instance_lock.acquire(demo_sqlite).release()


def test_a_damaged_file_offers_the_newest_good_backup(qapp, demo_sqlite, private_data,
                                                       monkeypatch):
    from cbdesk.services import backup
    from cbdesk.services.database import open_database
    from cbdesk.services.plans import list_plans
    from cbdesk.ui.session import open_session

    db = open_database(str(demo_sqlite))
    backup.make_backup(db, reason="test")
    db.dispose()
    data = bytearray(demo_sqlite.read_bytes())
    data[:100] = b"\0" * 100  # the header scribbled over
    demo_sqlite.write_bytes(bytes(data))

    asked: list[str] = []
    _answer(monkeypatch, False, asked)
    assert open_session(str(demo_sqlite)) is None
    assert asked and "cbdesk restore" in asked[0]
    assert demo_sqlite.read_bytes() == bytes(data)  # declined: nothing touched

    _answer(monkeypatch, True, asked)
    session = open_session(str(demo_sqlite))
    assert [p.year for p in list_plans(session.db)] == [2021]
    session.close(make_exit_backup=False)
    kept = list(demo_sqlite.parent.glob("*damaged*"))
    assert kept and kept[0].read_bytes() == bytes(data)


def test_closing_makes_a_backup_and_the_status_says_when(qapp, demo_sqlite, private_data):
    from cbdesk.services import backup
    from cbdesk.ui.session import last_backup_text, open_session

    assert last_backup_text(str(demo_sqlite)) == "Chưa có bản sao lưu"
    session = open_session(str(demo_sqlite))
    session.close()
    made = backup.list_backups(str(demo_sqlite))
    assert len(made) == 1 and not backup.verify_backup(made[0].path)
    assert last_backup_text(str(demo_sqlite)).startswith("Lần sao lưu gần nhất:")
