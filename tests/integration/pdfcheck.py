"""Read a PDF back as a reader would, for the report tests.

Text through pdfplumber and through poppler's ``pdftotext``; fonts through
``pdffonts``; words, lines and matched strings with their positions (points,
origin top-left as pdfplumber gives them), sizes and font names.

Outside tools are optional on a developer's machine: ``require_tool`` skips the
calling test with a reason when one is missing, and fails it instead when
``CBDESK_REQUIRE_ALL=1`` (set by CI after installing them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

MM = 72 / 25.4  # points per millimetre
A4_W, A4_H = 210 * MM, 297 * MM


# ---------------------------------------------------------------- outside tools


def require_all() -> bool:
    return os.environ.get("CBDESK_REQUIRE_ALL") == "1"


def missing(reason: str) -> None:
    """Skip the current test, or fail it when CBDESK_REQUIRE_ALL=1."""
    if require_all():
        pytest.fail(f"{reason} (CBDESK_REQUIRE_ALL=1)", pytrace=False)
    pytest.skip(reason)


def require_tool(name: str) -> str:
    """The path of a command-line tool (pdftotext, pdffonts, pdftoppm…)."""
    path = shutil.which(name)
    if path is None:
        missing(f"{name} not installed (poppler-utils)")
    return path  # type: ignore[return-value]


def require_pdfplumber() -> Any:
    try:
        import pdfplumber
    except ImportError:
        missing("pdfplumber not installed (pip install -e .[test])")
    return pdfplumber


@contextmanager
def _as_file(data: bytes | str | Path) -> Iterator[str]:
    if isinstance(data, (str, Path)):
        yield str(data)
        return
    with tempfile.TemporaryDirectory(prefix="cbdesk-pdfcheck-") as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        yield str(path)


def pdftotext(
    data: bytes | str | Path,
    layout: bool = True,
    first: int | None = None,
    last: int | None = None,
) -> str:
    """Text by poppler's ``pdftotext`` (``-layout`` by default), UTF-8; pages
    are 1-based and separated by form feeds."""
    exe = require_tool("pdftotext")
    args = [exe, "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    with _as_file(data) as path:
        out = subprocess.run(args + [path, "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


@dataclass(frozen=True)
class PdfFont:
    name: str  # e.g. "AAAAAA+LiberationSerif-Bold"
    type: str  # "TrueType", "Type 1", "CID TrueType"…
    encoding: str
    embedded: bool
    subset: bool
    unicode: bool  # has a ToUnicode map

    @property
    def base_name(self) -> str:
        """The name without the subset tag ("LiberationSerif-Bold")."""
        return base_font(self.name)


def pdffonts(data: bytes | str | Path) -> list[PdfFont]:
    """The fonts ``pdffonts`` lists, parsed by its column layout."""
    exe = require_tool("pdffonts")
    with _as_file(data) as path:
        out = subprocess.run([exe, path], capture_output=True, check=True).stdout
    lines = out.decode("utf-8", "replace").splitlines()
    dash = next(i for i, line in enumerate(lines) if line.startswith("---"))
    # column spans from the dashes: "------ ------- ---"
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", lines[dash])]
    fonts = []
    for line in lines[dash + 1 :]:
        if not line.strip():
            continue
        cols = [
            line[a:b].strip() if i < len(spans) - 1 else line[a:].strip()
            for i, (a, b) in enumerate(spans)
        ]
        # name, type, encoding, emb, sub, uni, object ID
        name, type_, enc, emb, sub, uni = cols[:6]
        fonts.append(PdfFont(name, type_, enc, emb == "yes", sub == "yes", uni == "yes"))
    return fonts


def render_png(data: bytes | str | Path, page: int, out_prefix: str, dpi: int = 60) -> Path:
    """One page (1-based) to PNG with ``pdftoppm``, for looking at."""
    exe = require_tool("pdftoppm")
    with _as_file(data) as path:
        subprocess.run(
            [
                exe,
                "-r",
                str(dpi),
                "-png",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                path,
                out_prefix,
            ],
            check=True,
        )
    return Path(out_prefix + ".png")


# ---------------------------------------------------------------- font names


def base_font(fontname: str) -> str:
    """Strip the subset tag: "ABCDEF+LiberationSerif-Bold" → "LiberationSerif-Bold"."""
    return fontname.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", fontname) else fontname


def is_bold(fontname: str) -> bool:
    return "bold" in base_font(fontname).lower()


def is_italic(fontname: str) -> bool:
    name = base_font(fontname).lower()
    return "italic" in name or "oblique" in name


# ---------------------------------------------------------------- pdfplumber


@contextmanager
def open_pdf(data: bytes | str | Path) -> Iterator[Any]:
    """A pdfplumber document over bytes or a path."""
    pdfplumber = require_pdfplumber()
    import io

    src = io.BytesIO(data) if isinstance(data, bytes) else str(data)
    with pdfplumber.open(src) as pdf:
        yield pdf


def page_texts(pdf: Any) -> list[str]:
    """pdfplumber's text of each page."""
    return [p.extract_text() or "" for p in pdf.pages]


def page_size(pdf: Any, page: int) -> tuple[float, float]:
    p = pdf.pages[page]
    return float(p.width), float(p.height)


@dataclass
class Word:
    page: int  # 0-based
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    fontname: str

    @property
    def bold(self) -> bool:
        return is_bold(self.fontname)

    @property
    def italic(self) -> bool:
        return is_italic(self.fontname)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


def words(pdf: Any, page: int | None = None) -> list[Word]:
    """Words with position, size and font (split where the font changes)."""
    pages = range(len(pdf.pages)) if page is None else [page]
    out = []
    for i in pages:
        for w in pdf.pages[i].extract_words(
            extra_attrs=["size", "fontname"], keep_blank_chars=False
        ):
            out.append(
                Word(
                    i,
                    w["text"],
                    w["x0"],
                    w["x1"],
                    w["top"],
                    w["bottom"],
                    float(w["size"]),
                    w["fontname"],
                )
            )
    return out


@dataclass
class Match:
    """Where a string was found: its characters (spaces left out)."""

    page: int
    text: str
    chars: list[dict] = field(repr=False)

    @property
    def x0(self) -> float:
        return min(c["x0"] for c in self.chars)

    @property
    def x1(self) -> float:
        return max(c["x1"] for c in self.chars)

    @property
    def top(self) -> float:
        return min(c["top"] for c in self.chars)

    @property
    def bottom(self) -> float:
        return max(c["bottom"] for c in self.chars)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def sizes(self) -> set[float]:
        return {round(float(c["size"]), 2) for c in self.chars}

    @property
    def fontnames(self) -> set[str]:
        return {c["fontname"] for c in self.chars}

    @property
    def bold(self) -> bool:
        """Every character bold."""
        return all(is_bold(f) for f in self.fontnames)

    @property
    def italic(self) -> bool:
        return all(is_italic(f) for f in self.fontnames)


def _squash(s: str) -> str:
    return "".join(s.split())


def _lines(pdf: Any, page: int) -> list[dict]:
    cache = getattr(pdf, "_cbdesk_lines", None)
    if cache is None:
        cache = {}
        pdf._cbdesk_lines = cache
    if page not in cache:
        cache[page] = pdf.pages[page].extract_text_lines(return_chars=True, strip=True)
    return cache[page]


def find_text(pdf: Any, needle: str, page: int | None = None) -> list[Match]:
    """Every occurrence of ``needle`` within one text line, ignoring how the
    PDF spaced the words. Exact code points: NFD text does not match NFC."""
    key = _squash(needle)
    if not key:
        raise ValueError("empty needle")
    pages = range(len(pdf.pages)) if page is None else [page]
    found = []
    for i in pages:
        for line in _lines(pdf, i):
            chars = [c for c in line["chars"] if c["text"].strip()]
            hay = "".join(c["text"] for c in chars)
            # a char's text may hold more than one code point (ligatures)
            offsets, pos = [], 0
            for c in chars:
                offsets.append(pos)
                pos += len(c["text"])
            start = hay.find(key)
            while start >= 0:
                end = start + len(key)
                sel = [c for c, o in zip(chars, offsets, strict=True) if start <= o < end]
                found.append(Match(i, needle, sel))
                start = hay.find(key, start + 1)
    return found


def find_one(pdf: Any, needle: str, page: int | None = None) -> Match:
    """The single occurrence of ``needle``; fails the test otherwise."""
    hits = find_text(pdf, needle, page)
    assert len(hits) == 1, f"{needle!r}: expected once, found {len(hits)} times"
    return hits[0]


def text_lines(pdf: Any, page: int) -> list[dict]:
    """pdfplumber's text lines of a page (text, x0, x1, top, bottom, chars)."""
    return _lines(pdf, page)


def hlines(pdf: Any, page: int, min_len: float = 1.0) -> list[dict]:
    """Horizontal rules drawn on a page (pdfplumber ``lines`` with equal y)."""
    out = []
    for ln in pdf.pages[page].lines:
        if abs(ln["top"] - ln["bottom"]) < 0.5 and ln["x1"] - ln["x0"] >= min_len:
            out.append(ln)
    return out


def graphics(pdf: Any, page: int) -> list[dict]:
    """Lines, rects and curves drawn on a page (for margin checks)."""
    p = pdf.pages[page]
    return list(p.lines) + list(p.rects) + list(p.curves)
