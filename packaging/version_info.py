"""The Windows version resource of cbdesk.exe / cbdesk-cli.exe (what Explorer
shows under Properties → Details), generated from ``cbdesk.__version__``.

Used by build.spec; PyInstaller writes it into the executables on Windows and
ignores it elsewhere. ``python packaging/version_info.py`` prints the resource.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

COMPANY = "cbdesk"
PRODUCT = "cbdesk"
DESCRIPTION = "cbdesk — kế hoạch, chỉ tiêu, báo cáo"
COPYRIGHT = "© cbdesk contributors, MIT License"


def read_version() -> str:
    """``cbdesk.__version__`` read from the source, without importing the package."""
    text = (ROOT / "cbdesk" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not m:
        raise SystemExit("cbdesk/__init__.py has no __version__")
    return m.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → (0, 1, 0, 0); pre-release suffixes (``1.2.0rc1``) are dropped."""
    nums = [int(re.match(r"\d*", part).group() or 0) for part in version.split(".")[:4]]
    return tuple((nums + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


TEMPLATE = """\
# UTF-8
# Windows version resource of {exe}.exe, written by packaging/version_info.py
# from cbdesk.__version__ at build time. Do not edit: change the template.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={nums},
    prodvers={nums},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [StringStruct('CompanyName', {company!r}),
         StringStruct('FileDescription', {description!r}),
         StringStruct('FileVersion', {version!r}),
         StringStruct('InternalName', {exe!r}),
         StringStruct('LegalCopyright', {copyright!r}),
         StringStruct('OriginalFilename', {exe_file!r}),
         StringStruct('ProductName', {product!r}),
         StringStruct('ProductVersion', {version!r})])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 0x04B0])])
  ]
)
"""


def version_text(exe_name: str, version: str | None = None, description: str | None = None) -> str:
    """The version resource of one executable, in PyInstaller's version-file format
    (what ``pyi-grab_version`` prints). 0x0409/0x04B0 = U.S. English, Unicode:
    Explorer shows these fields on any Windows locale."""
    version = version or read_version()
    return TEMPLATE.format(
        exe=exe_name, exe_file=exe_name + ".exe", nums=version_tuple(version), version=version,
        company=COMPANY, product=PRODUCT, description=description or DESCRIPTION,
        copyright=COPYRIGHT,
    )


def write_version_file(folder: Path, exe_name: str, version: str | None = None,
                       description: str | None = None) -> str:
    """Write the resource for ``exe_name`` under ``folder``; return its path (for
    ``EXE(version=...)``, which PyInstaller uses on Windows and ignores elsewhere)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version-{exe_name}.txt"
    path.write_text(version_text(exe_name, version, description), encoding="utf-8")
    return str(path)


if __name__ == "__main__":
    print(version_text("cbdesk"), end="")
