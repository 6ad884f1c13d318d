"""Fonts for the PDF reports: Times New Roman when the machine has it, else the
bundled Liberation Serif (metric-compatible, SIL OFL 1.1, resources/fonts/).

Nghị định 30/2020/NĐ-CP asks for Times New Roman or an equivalent Unicode font,
embedded. ReportLab embeds TrueType fonts as subsets, so whatever is registered
here ends up in the file; nothing falls back to the unembedded base-14 fonts as
long as the document's ``initialFontName`` is ``FontSet.regular``.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from cbdesk.paths import resource_path

log = logging.getLogger(__name__)

STYLES = ("regular", "bold", "italic", "bold_italic")

BUNDLED_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}

# File names Times New Roman goes by: Windows, msttcorefonts, macOS.
_TIMES_NAMES = {
    "regular": ("times.ttf", "times new roman.ttf", "times_new_roman.ttf"),
    "bold": ("timesbd.ttf", "times new roman bold.ttf", "times_new_roman_bold.ttf"),
    "italic": ("timesi.ttf", "times new roman italic.ttf", "times_new_roman_italic.ttf"),
    "bold_italic": (
        "timesbi.ttf",
        "times new roman bold italic.ttf",
        "times_new_roman_bold_italic.ttf",
    ),
}

# Letters a font must have to set Vietnamese. Old Times New Roman builds (the
# 2.x "core fonts" still found on Linux) lack the Latin Extended Additional
# block and would print empty boxes.
_VIETNAMESE_PROBE = "ĂăÂâĐđÊêÔôƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ"


@dataclass(frozen=True)
class FontSet:
    """A registered family: the four ReportLab font names and where they came from."""

    family_name: str  # "Times New Roman" or "Liberation Serif"
    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str  # "times" (system Times New Roman) or "bundled"
    files: tuple[Path, ...] = ()

    def pick(self, bold: bool = False, italic: bool = False) -> str:
        """The font name for a combination of emphasis."""
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        if italic:
            return self.italic
        return self.regular


_lock = threading.Lock()
_registered: dict[str, FontSet] = {}  # by source ("times" / "bundled")
_resolved: dict[str, FontSet] = {}  # by requested family ("auto" / "times" / "bundled")
_times_files: dict[str, Path] | None = None
_times_searched = False


def _font_dirs() -> list[Path]:
    """Folders where Times New Roman may live on this machine."""
    dirs: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            Path.home() / "Library" / "Fonts",
        ]
    else:
        dirs += [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            Path.home() / ".local" / "share" / "fonts",
            Path.home() / ".fonts",
        ]
    return dirs


def find_times_new_roman() -> dict[str, Path] | None:
    """The four Times New Roman files ({style: path}) or None; searched once."""
    global _times_files, _times_searched
    if _times_searched:
        return _times_files
    wanted = {name: style for style, names in _TIMES_NAMES.items() for name in names}
    found: dict[str, Path] = {}
    for root in _font_dirs():
        if not root.is_dir():
            continue
        # Windows' Fonts folder is flat; the Linux trees are nested.
        walker = [(str(root), [], os.listdir(root))] if sys.platform == "win32" else os.walk(root)
        for dirpath, _dirs, files in sorted(walker):
            for fname in sorted(files):
                style = wanted.get(fname.lower())
                if style and style not in found:
                    found[style] = Path(dirpath) / fname
        if len(found) == len(STYLES):
            break
    _times_files = found if len(found) == len(STYLES) else None
    _times_searched = True
    return _times_files


def _register(source: str, family_name: str, files: dict[str, Path]) -> FontSet:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    prefix = "cbdesk-" + family_name.replace(" ", "")
    names = {
        "regular": prefix,
        "bold": prefix + "-Bold",
        "italic": prefix + "-Italic",
        "bold_italic": prefix + "-BoldItalic",
    }
    fonts = {style: TTFont(names[style], str(files[style])) for style in STYLES}
    for style, font in fonts.items():
        missing = [ch for ch in _VIETNAMESE_PROBE if ord(ch) not in font.face.charToGlyph]
        if missing:
            raise ValueError(f"{files[style]} lacks Vietnamese letters ({''.join(missing[:8])}…)")
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        prefix,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold_italic"],
    )
    # <b>/<i> markup inside paragraphs resolves through these mappings.
    for style, (bold, italic) in {
        "regular": (0, 0),
        "bold": (1, 0),
        "italic": (0, 1),
        "bold_italic": (1, 1),
    }.items():
        addMapping(names["regular"], bold, italic, names[style])
    return FontSet(
        family_name=family_name,
        regular=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        bold_italic=names["bold_italic"],
        source=source,
        files=tuple(files[s] for s in STYLES),
    )


def _bundled() -> FontSet:
    if "bundled" not in _registered:
        files = {style: resource_path("fonts", name) for style, name in BUNDLED_FILES.items()}
        _registered["bundled"] = _register("bundled", "Liberation Serif", files)
    return _registered["bundled"]


def _times() -> FontSet | None:
    if "times" not in _registered:
        files = find_times_new_roman()
        if files is None:
            return None
        try:
            _registered["times"] = _register("times", "Times New Roman", files)
        except Exception as exc:  # unreadable or pre-Unicode copy: use the bundled font
            log.warning("Times New Roman not usable, using Liberation Serif: %s", exc)
            return None
    return _registered["times"]


def register_fonts(family: str = "auto") -> FontSet:
    """Register a serif family with ReportLab and return its font names.

    ``family``: ``"auto"`` — the system's Times New Roman when present and able
    to set Vietnamese, else the bundled Liberation Serif; ``"bundled"`` — always
    Liberation Serif; ``"times"`` — Times New Roman, falling back to the bundled
    font when the machine lacks it. Idempotent: later calls return the cached
    ``FontSet`` without touching the disk.
    """
    if family not in ("auto", "times", "bundled"):
        raise ValueError(f"unknown font family {family!r} (auto, times or bundled)")
    cached = _resolved.get(family)
    if cached is not None:
        return cached
    with _lock:
        if family in _resolved:
            return _resolved[family]
        fontset = None if family == "bundled" else _times()
        if fontset is None:
            if family == "times":
                log.warning("Times New Roman not found; using the bundled Liberation Serif")
            fontset = _bundled()
        _resolved[family] = fontset
        return fontset
