"""The licence files the program folder carries (build.spec).

resources/licenses/ (NOTICES.txt, cbdesk's MIT licence, the LGPL-3.0 and
GPL-3.0 texts for Qt/PySide6 and psycopg) goes in whole; each bundled Python
package's own licence files are copied from its installed metadata, and
Python's licence from the interpreter, into resources/licenses/python/<name>/.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

# The distributions the frozen program carries (cbdesk's requirements and
# theirs); a missing one (psycopg without the postgres extra) is skipped.
BUNDLED = (
    "SQLAlchemy", "alembic", "Mako", "MarkupSafe", "greenlet", "typing_extensions",
    "openpyxl", "et_xmlfile", "reportlab", "rl_accel", "charset-normalizer", "pillow",
    "python-docx", "lxml", "platformdirs", "defusedxml", "psycopg", "psycopg-binary",
    "pyinstaller", "PySide6_Essentials", "PySide6_Pdf", "shiboken6",
)
WORDS = ("licen", "copying", "notice", "authors")


def _licence_files(dist: metadata.Distribution) -> list[Path]:
    out = []
    for entry in dist.files or []:
        name = entry.name.lower()
        if ".dist-info" in str(entry) and any(w in name for w in WORDS):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                out.append(path)
    return out


def python_licence() -> Path | None:
    base = Path(sys.base_prefix)
    for candidate in (base / "LICENSE.txt",
                      base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
                      / "LICENSE.txt"):
        if candidate.is_file():
            return candidate
    return None


def licence_datas(root: Path, dest: str = "resources/licenses") -> list[tuple[str, str]]:
    """(file, destination folder) pairs for PyInstaller's datas."""
    out = [(str(p), dest) for p in sorted((root / "resources" / "licenses").iterdir())
           if p.is_file()]
    for name in BUNDLED:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        folder = f"{dest}/python/{dist.metadata['Name']}"
        out += [(str(p), folder) for p in _licence_files(dist)]
    licence = python_licence()
    if licence is not None:
        out.append((str(licence), f"{dest}/python/Python"))
    return out


if __name__ == "__main__":
    for src, folder in licence_datas(Path(__file__).resolve().parent.parent):
        print(f"{folder}\t{src}")
