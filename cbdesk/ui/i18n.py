"""Translations: English source strings, Vietnamese by default.

Every UI string goes through :func:`tr` (one context, ``cbdesk``). The
Vietnamese text lives in ``resources/i18n/cbdesk_vi.ts``; :func:`ensure_translations`
compiles it to ``.qm`` with ``pyside6-lrelease`` when the ``.qm`` is missing or
older, and :func:`install` falls back to reading the ``.ts`` itself when no
compiler is at hand (a fresh clone without the tool, a frozen build).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from cbdesk.paths import resource_path

CONTEXT = "cbdesk"
_current = {"lang": "vi"}
_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """The translation of an English source string in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


def lang() -> str:
    return _current["lang"]


def ts_path(language: str = "vi", name: str = "cbdesk") -> Path:
    """``cbdesk_vi.ts`` (our strings) or ``qt_vi.ts`` (Qt's own text-field menus)."""
    return resource_path("i18n", f"{name}_{language}.ts")


def _lrelease() -> str | None:
    import shutil

    exe = Path(sys.executable).with_name("pyside6-lrelease")
    if exe.exists():
        return str(exe)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def ensure_translations(language: str = "vi", name: str = "cbdesk") -> Path | None:
    """The compiled ``.qm`` of ``language``, built from the ``.ts`` when missing
    or stale; None when it cannot be built (the ``.ts`` is then read directly)."""
    ts = ts_path(language, name)
    qm = ts.with_suffix(".qm")
    if not ts.exists():
        return None
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        return None
    import subprocess

    # Compiled under a private name, then renamed: two programs (or two test
    # runs) starting at once never read a half-written .qm.
    part = qm.with_name(f"{qm.stem}.{os.getpid()}.qm.part")
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(part)], check=True,
                       capture_output=True, timeout=60)
        os.replace(part, qm)
    except (OSError, subprocess.SubprocessError):
        part.unlink(missing_ok=True)
        return qm if qm.exists() else None
    return qm if qm.exists() else None


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation from a Qt Linguist ``.ts`` file."""
    import xml.etree.ElementTree as ET

    out: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            if tr_el is not None and (tr_el.text or "") and tr_el.get("type") != "unfinished":
                out[(name, src)] = tr_el.text or ""
    return out


class TsTranslator(QTranslator):
    """A translator reading the ``.ts`` directly (no compiled ``.qm`` needed)."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self._table = read_ts(path)

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401
        # None (a null string) lets Qt fall back to the source; "" would blank it.
        return self._table.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self._table


def install(app, language: str = "vi") -> None:
    """Install the translation of ``language`` (``vi`` or ``en``) into ``app``."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _current["lang"] = "en" if language == "en" else "vi"
    if _current["lang"] == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    for name in ("qt", "cbdesk"):  # Qt's text-field menus, then ours (looked up first)
        qm = ensure_translations("vi", name)
        translator = QTranslator(app)
        if qm is None or not translator.load(str(qm)):
            if not ts_path("vi", name).exists():
                continue
            translator = TsTranslator(ts_path("vi", name), app)
        app.installTranslator(translator)
        _installed.append(translator)


SOURCE_PATTERN = r"""\btr\(\s*(["'])((?:\\.|(?!\1).)*)\1|translate\(\s*["'][^"']*["']\s*,\s*(["'])((?:\\.|(?!\3).)*)\3"""


def source_strings(folder: Path | None = None) -> set[str]:
    """Every literal passed to ``tr(...)``/``translate(ctx, ...)`` under cbdesk/ui,
    with adjacent string literals joined (as Python does)."""
    import ast

    folder = folder or Path(__file__).resolve().parent
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            args = node.args
            if name == "tr" and args and isinstance(args[0], ast.Constant):
                found.add(args[0].value)
            elif (name == "translate" and len(args) > 1 and isinstance(args[1], ast.Constant)
                  and isinstance(args[1].value, str)):
                found.add(args[1].value)
    return found


# Qt ships no Vietnamese for its own buttons: name them ourselves.
def button_texts() -> dict:
    B = QMessageBox.StandardButton
    return {B.Yes: tr("Yes"), B.No: tr("No"), B.Ok: tr("OK"), B.Cancel: tr("Cancel"),
            B.Save: tr("Save"), B.Discard: tr("Don't save"), B.Close: tr("Close"),
            B.Apply: tr("Apply")}


def name_buttons(widget) -> None:
    """Set our translated texts on a QMessageBox's or QDialogButtonBox's standard buttons."""
    texts = button_texts()
    if isinstance(widget, QMessageBox):
        for sb, text in texts.items():
            b = widget.button(sb)
            if b is not None:
                b.setText(text)
    elif isinstance(widget, QDialogButtonBox):
        D = QDialogButtonBox.StandardButton
        for sb, text in texts.items():
            b = widget.button(D(sb.value))
            if b is not None:
                b.setText(text)
