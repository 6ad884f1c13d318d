"""Start the desktop app: QApplication, translations, crash reports, the
database (first start: sample or empty), the window first, then the data."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="cbdesk", add_help=False)
    p.add_argument("--db")
    p.add_argument("--lang", choices=("vi", "en"))
    p.add_argument("--smoke", action="store_true")
    p.add_argument("--read-only", action="store_true")
    args, _unknown = p.parse_known_args(argv)
    return args


def _headless_smoke(smoke: bool) -> None:
    """A smoke check on a Linux box with no screen (CI, a build server) runs
    offscreen instead of aborting in Qt's xcb plugin."""
    if (smoke and sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _fonts() -> None:
    """Offscreen (tests, screenshots, CI) has no system font list on some
    hosts: point Qt at the usual folder so Vietnamese glyphs render."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and not os.environ.get("QT_QPA_FONTDIR"):
        for folder in ("/usr/share/fonts/truetype", "/usr/share/fonts"):
            if Path(folder).is_dir():
                os.environ["QT_QPA_FONTDIR"] = folder
                break


def make_app(argv: list[str] | None = None):
    from cbdesk.ui.none_guard import keep_none_alive

    keep_none_alive()  # before Qt's first call: PySide6 6.12.0 wears None down
    from PySide6.QtWidgets import QApplication

    _fonts()
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or ["cbdesk"])
    app.setOrganizationName("cbdesk")
    app.setApplicationName("cbdesk")
    from cbdesk.paths import resource_path

    icon = resource_path("icons", "cbdesk.png")
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    return app


def install_excepthook(smoke: bool = False) -> None:
    def hook(exc_type, exc, tb):
        from cbdesk.logging_setup import log_exception  # logging.handlers: only on a crash

        path = log_exception(exc)
        if smoke:
            print(f"smoke failed: {exc_type.__name__}: {exc}", file=sys.stderr)
            os._exit(1)
        try:
            from cbdesk.ui.dialogs import CrashDialog

            CrashDialog.show_report(exc_type, exc, tb, str(path))
        except Exception:  # never let the hook itself crash the app
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook


def run_gui(argv: list[str]) -> int:
    t0 = time.perf_counter()
    args = parse_args(argv)
    _headless_smoke(args.smoke)
    app = make_app([sys.argv[0] if sys.argv else "cbdesk"])
    probe = None
    if os.environ.get("CBDESK_STARTUP_PROBE") == "1":  # the benchmark's timing lines
        from cbdesk.ui import startup_probe

        probe = startup_probe.install(app)
    from cbdesk.ui import i18n
    from cbdesk.ui.main_window import MainWindow, app_settings
    from cbdesk.ui.menus import build_menus

    language = args.lang or str(app_settings().value("lang", "vi"))
    i18n.install(app, language)
    install_excepthook(args.smoke)
    from cbdesk.services.errors import ServiceError, message_of
    from cbdesk.ui.session import open_session

    early = None
    if not args.smoke:  # the frame and the plans painted before the database opens
        from cbdesk.ui.startup import EarlyWindow

        early = EarlyWindow(app, probe)
    try:
        # The database chosen in Settings, unless --db names one.
        target = args.db or (None if args.smoke else app_settings().value("database")) or None
        session = open_session(target, args.read_only, quiet=args.smoke,
                               before_open=early.before_open if early else None)
    except ServiceError as e:
        if early is not None:
            early.close()
        if args.smoke:
            print(f"smoke failed: {message_of(e, language)}", file=sys.stderr)
        else:
            from cbdesk.ui.dialogs import Notice

            Notice.error(None, i18n.tr("Cannot open the database"), message_of(e, language))
        return 1
    if session is None:
        if early is not None:
            early.close()
        return 0
    actor = None
    if not args.smoke:
        from cbdesk.ui.signin import sign_in

        actor = sign_in(session.db)  # asks nothing when nobody must sign in
        if actor is None:
            early.close()
            session.close(make_exit_backup=False)
            return 0
    if early is not None and early.window is not None:
        window = early.window
        window.attach(session.db)
        if actor is not None and actor != window.actor:  # a user appeared meanwhile
            window.actor = actor
            window.menuBar().clear()
            build_menus(window)
    else:
        window = MainWindow(session.db, actor=actor, read_only=session.read_only)
        if probe is not None:
            probe.watch(window)
        window.show()
        app.processEvents()
    window.session = session  # Tools → Restore… lets go of the lock while it restores
    if args.smoke:
        try:
            return smoke(app, window, t0)
        finally:
            session.close(make_exit_backup=False)
    window.load()
    if probe is not None:
        probe.interactive()
    _collect_from_now_on()
    _after_start(window, session)
    code = app.exec()
    _drain_background_work(app)
    session.close()
    return code


def _collect_from_now_on() -> None:
    """The garbage collector, off during the start (``cbdesk.__main__``), on
    again; what the start made stays out of its passes (``gc.freeze``)."""
    import gc

    gc.freeze()
    gc.enable()


def _after_start(window, session) -> None:
    """Once the first view shows its data: the daily backup, started before
    control goes back to the event loop, so before any write can happen
    (``services.write_gate`` holds writes until the copy is made); the status
    bar's backup note and the first-start setup come on the next turn of
    the loop, after the first view has been painted."""
    from PySide6.QtCore import QTimer

    backup = _start_daily_backup(window, session)

    def later() -> None:
        if backup is not None:
            backup.start_now()  # the copy starts once the first view is on screen
        _show_last_backup(window, session, backup)
        _first_start(window)

    QTimer.singleShot(0, later)


def _start_daily_backup(window, session):
    """The first start of a day makes a verified backup of the file as opened,
    off the UI thread; writes wait for it (None when read-only)."""
    if session.read_only:
        return None
    from cbdesk.services.write_gate import DailyBackup
    from cbdesk.ui import workers

    daily = DailyBackup(session.db)  # holds writes from now until the copy is made

    def failed(exc) -> None:
        from cbdesk.ui.dialogs import show_error

        show_error(window, exc)

    def done(_result) -> None:
        label = getattr(window, "backup_label", None)
        if label is not None:
            from cbdesk.ui.session import last_backup_text

            label.setText(last_backup_text(session.db))

    workers.run_in_background(daily.run, done, failed)
    return daily


def _show_last_backup(window, session, daily) -> None:
    """The status bar says when the newest backup was made."""
    from PySide6.QtWidgets import QLabel

    from cbdesk.ui.session import last_backup_text

    label = QLabel(last_backup_text(session.db))
    window.statusBar().addPermanentWidget(label)
    window.backup_label = label
    if daily is not None and daily.finished():  # done before the label existed
        label.setText(last_backup_text(session.db))


def _first_start(window) -> None:
    """A new, empty database: the setup, step by step (issue 18)."""
    from cbdesk.services.setup.first_start import needs_setup

    if not window.read_only and needs_setup(window.db):
        from cbdesk.ui.setup.wizard import run_setup

        run_setup(window)


def _drain_background_work(app, timeout: float = 30.0) -> None:
    """Let running background jobs finish and deliver their signals before the
    window and the database go away (closing under a running job crashes)."""
    from PySide6.QtCore import QThreadPool

    from cbdesk.ui import workers

    deadline = time.perf_counter() + timeout
    while workers.busy() and time.perf_counter() < deadline:
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()
    QThreadPool.globalInstance().waitForDone(int(timeout * 1000))
    app.processEvents()


def check_text_support() -> None:
    """Qt's Unicode services for Vietnamese work (raises when not): locale-aware
    ordering (QCollator), upper case (QLocale), the Windows-1258 codec. ICU
    provides them on Linux, and the Linux bundle carries a trimmed ICU data
    library (packaging/trim_icu.py): this is where a cut too deep would show.
    Without working collation, Đ (U+0110) would sort after Ô (U+00D4)."""
    import functools

    from PySide6.QtCore import QCollator, QLocale, QStringDecoder

    vi = QLocale("vi_VN")
    names = ["Ông", "Đức", "Bình", "Dũng", "Anh"]
    ordered = sorted(names, key=functools.cmp_to_key(QCollator(vi).compare))
    if ordered != ["Anh", "Bình", "Dũng", "Đức", "Ông"]:
        raise RuntimeError(f"Vietnamese collation: {ordered}")
    if vi.toUpper("đường phố") != "ĐƯỜNG PHỐ":
        raise RuntimeError(f"Vietnamese upper case: {vi.toUpper('đường phố')}")
    if not QStringDecoder("windows-1258").isValid():
        raise RuntimeError("no Windows-1258 codec")


def smoke(app, window, t0: float) -> int:
    """Show every view once, render a small report if the reports module is
    there, and say so (SPEC §3.1)."""
    import importlib.util

    try:
        window.load()
        for key in window.keys:
            window.show_view(key)
            app.processEvents()
            _drain_background_work(app)
        check_text_support()
        if importlib.util.find_spec("cbdesk.reports.build") is not None:
            import importlib

            build = importlib.import_module("cbdesk.reports.build")
            build.smoke(window.db)
        _drain_background_work(app)
        window.close()
        _drain_background_work(app)
    except Exception as e:  # the reason, in one line
        print(f"smoke failed: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    print(f"smoke ok ({time.perf_counter() - t0:.2f} s)")
    return 0
