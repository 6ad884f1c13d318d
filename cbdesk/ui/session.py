"""Opening the database for the window, safely: one writer per SQLite file
(a second instance is offered read-only), a warning for files on a network
share, the offer to restore the newest good backup when the file is damaged,
a daily backup on start and one on exit."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cbdesk.services import instance_lock
from cbdesk.services.errors import message_of
from cbdesk.ui import preload
from cbdesk.ui.i18n import lang, tr


@dataclass
class Session:
    """The open database and what must be let go when the window closes."""

    db: object
    read_only: bool
    lock: instance_lock.InstanceLock | None = None
    notes: list[str] = field(default_factory=list)

    def close(self, make_exit_backup: bool = True) -> None:
        from cbdesk.services import backup

        try:
            if make_exit_backup and not self.read_only:
                backup.backup_on_exit(self.db)
        except Exception as e:  # a failed exit backup must not lose the close
            self.notes.append(message_of(e, lang()))
        finally:
            self.db.dispose()
            if self.lock is not None:
                self.lock.release()


def _take_lock(path: Path, read_only: bool, quiet: bool):
    """The write lock, or (None, True) for read-only when someone holds it and
    the user agrees; (None, None) to quit."""
    if read_only:
        return None, True
    try:
        return instance_lock.acquire(path), False
    except instance_lock.AlreadyOpen as e:
        if quiet:
            return None, True
        from cbdesk.ui.dialogs import ConfirmDialog

        if ConfirmDialog.ask(None, tr("Database in use"),
                             message_of(e, lang()) + "\n\n"
                             + tr("Open it read-only (you can look but not change)?")):
            return None, True
        return None, None


def open_session(target: str | None, read_only: bool = False, quiet: bool = False,
                 before_open=None) -> Session | None:
    """Open the database named by ``--db`` (or the default file) for the window.

    ``quiet`` (the smoke check) asks nothing. Returns None when the user chose
    to quit; raises the services' errors for anything else that goes wrong.
    ``before_open(path, read_only)`` is called for a SQLite file once the lock
    is taken (or read-only chosen) and before the file is opened: the window's
    first paint (``ui.startup``).
    """
    from cbdesk.services.startup_peek import sqlite_file

    path = sqlite_file(target)  # without SQLAlchemy: a plain path, or the default file
    if path is None:  # a URL
        preload.wait()
        from cbdesk.services import database

        path = database.sqlite_path(database.resolve(target))
    lock = None
    if path is not None:
        warning = instance_lock.network_warning(path, lang())
        if warning and not quiet:
            from cbdesk.ui.dialogs import Notice

            Notice.info(None, tr("Database on a network share"), warning)
        if not path.exists() and not quiet:
            from cbdesk.ui.dialogs import FirstRunDialog

            choice = FirstRunDialog.ask()
            if choice is None:
                return None
            if choice == "sample":  # the sample's own file; the office's is not made yet
                preload.wait()
                from cbdesk.services.setup.demo import ensure_demo_database

                path = ensure_demo_database()
                target = str(path)
            else:  # an empty database; the window then runs the setup
                preload.wait()
                from cbdesk.services import database

                database.open_database(target, create=True).dispose()
        lock, ro = _take_lock(path, read_only, quiet)
        if ro is None:
            return None
        read_only = ro
        if before_open is not None:
            before_open(path, read_only)
    try:
        db = _open_or_restore(target, read_only, quiet, lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if db is None:
        if lock is not None:
            lock.release()
        return None
    return Session(db, read_only, lock)


def _open_or_restore(target, read_only: bool, quiet: bool, lock):
    """Open; on a damaged file offer the newest good backup (never recreate it
    empty: the damaged file is kept as it is)."""
    preload.wait()
    from cbdesk.services import backup, database, restore
    from cbdesk.ui.dialogs import ConfirmDialog

    try:
        return database.open_database(target, read_only=read_only)
    except database.DamagedDatabase as e:
        good = backup.newest_good_backup(target)
        if quiet or good is None or read_only:
            raise
        text = (message_of(e, lang()) + "\n\n" + backup.restore_advice(good, target)[lang() != "vi"] + "\n\n"
                + tr("Restore the newest good backup now? The damaged file is kept."))
        if not ConfirmDialog.ask(None, tr("Damaged database"), text):
            return None
        # restore takes the write lock itself
        if lock is not None:
            lock.release()
        restore.restore_backup(target, good.path)
        if lock is not None:
            lock.acquire()
        return database.open_database(target, read_only=read_only)


def last_backup_text(db) -> str:
    """For the status bar: when the newest backup of ``db`` was made."""
    from cbdesk.services import backup

    newest = next(iter(backup.list_backups(db)), None)
    if newest is None:
        return tr("No backup yet")
    return tr("Last backup: {0}").format(newest.created.strftime("%d/%m/%Y %H:%M"))
