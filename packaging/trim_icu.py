"""Qt's ICU data, trimmed to what cbdesk can use (the Linux build only).

PySide6's Linux wheels carry ICU 73, and its data library libicudata.so.73 is
32 MB: the locale data of some 800 locales (names of languages, countries,
currencies, units and time zones in each), collation tailorings, word-break
dictionaries for Chinese, Japanese, Thai, Khmer, Lao and Burmese, and the
conversion tables of East Asian legacy encodings. cbdesk speaks Vietnamese and
English; Qt asks ICU for collation, case mapping and legacy encodings, and for
any locale it has no data for ICU falls back to the root locale, by design.
The Windows build is not concerned: Qt uses Windows' own ICU there.

The data are cut the way ICU's own tools allow (ICU's "data customisation":
icupkg removes items from a data package and refuses to break a dependency
between items), then the data library is rebuilt around the smaller package
with the GNU assembler and linker — one exported symbol, ``icudt73_dat``, which
is all libicuuc asks of it:

    extract the package from the library → icupkg -r <items> → as + ld

Kept: everything that is not locale data (normalisation, properties, root
collation, time-zone rules, plural rules, supplemental data…), and the locale
data of ``root``, Vietnamese and English in every tree. Dropped: other locales,
the CJK/South-East Asian break dictionaries, East Asian multi-byte converters.

Needs ``icupkg`` (Debian: icu-devtools) and binutils; without them the build
keeps Qt's library as it is and says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

KEEP_LANGUAGES = ("root", "vi", "en")
# Item names that look like locale IDs but are not locale data.
NOT_LOCALES = frozenset({"pool", "res_index", "root"})
# Dictionaries for word breaking in scripts without spaces.
BREAK_DICTIONARIES = re.compile(r"^brkitr/\w+dict\.dict$")
# East Asian multi-byte conversion tables (single-byte tables are a few kB).
BIG_CONVERTER_BYTES = 40_000
_LOCALE_ID = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]+)*$")


def dropped(item: str, size: int) -> bool:
    """Whether an item of the ICU package (``coll/zh.res``, ``vi.res``,
    ``gb18030.cnv``…) goes."""
    if BREAK_DICTIONARIES.match(item):
        return True
    if item.endswith(".cnv"):
        return size > BIG_CONVERTER_BYTES
    if not item.endswith(".res"):
        return False
    stem = item.rsplit("/", 1)[-1][:-4]
    if stem in NOT_LOCALES:
        return False
    m = _LOCALE_ID.match(stem)
    return bool(m) and m.group(1) not in KEEP_LANGUAGES


def tools_available() -> bool:
    return all(shutil.which(t) for t in ("icupkg", "readelf", "as", "ld"))


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the library's icudtNN_dat symbol."""
    syms = subprocess.run(["readelf", "-W", "--dyn-syms", str(library)],
                          capture_output=True, text=True, check=True).stdout
    m = re.search(r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+"
                  r"(icudt\d+_dat)\s*$", syms, re.M)
    if not m:
        raise RuntimeError(f"{library.name}: no icudtNN_dat symbol")
    address, size, section, name = int(m[1], 16), int(m[2], 0), int(m[3]), m[4]
    sections = subprocess.run(["readelf", "-W", "-S", str(library)],
                              capture_output=True, text=True, check=True).stdout
    s = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if not s:
        raise RuntimeError(f"{library.name}: section {section} not found")
    return name, address - int(s[1], 16) + int(s[2], 16), size


def _items(package: Path) -> dict[str, int]:
    """Item name → size, from the package's extracted items."""
    out = package.parent / "items"
    out.mkdir()
    subprocess.run(["icupkg", "-x", "*", "-d", str(out), str(package)],
                   capture_output=True, check=True)
    return {p.relative_to(out).as_posix(): p.stat().st_size
            for p in out.rglob("*") if p.is_file()}


_MISSING = re.compile(r"^Item (\S+) depends on missing item (\S+)$", re.M)


def _remove(package: Path, gone: set[str], work: Path) -> tuple[Path, set[str]]:
    """icupkg -r: the package without ``gone`` and without what depends on it.
    icupkg refuses to break a dependency; an item that needs a dropped one goes
    too, except the break rules' references to the word dictionaries, which ICU
    treats as optional (text in those scripts is then broken at spaces only).
    Returns the new package and every item dropped."""
    small = work / "small" / package.name
    small.parent.mkdir()
    listing = work / "remove.txt"
    gone = set(gone)
    while True:
        listing.write_text("\n".join(sorted(gone)) + "\n", encoding="ascii")
        cmd = ["icupkg", "-s", str(work), "-r", str(listing), str(package), str(small)]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode == 0:
            return small, gone
        missing = _MISSING.findall(r.stdout + r.stderr)
        dependents = {item for item, need in missing if not BREAK_DICTIONARIES.match(need)}
        if not missing or (dependents and dependents <= gone):  # not a dependency problem
            raise RuntimeError(f"icupkg failed: {(r.stdout + r.stderr)[-2000:]}")
        if not dependents:  # only the dictionaries are missing: allowed
            subprocess.run(cmd[:1] + ["--ignore-deps"] + cmd[1:], capture_output=True,
                           text=True, check=True)
            return small, gone
        gone |= dependents


def trim(library: Path, workdir: Path) -> Path:
    """Build a trimmed copy of ``library`` (libicudata.so.NN) in ``workdir``;
    returns its path."""
    work = workdir / "icu"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    symbol, offset, size = _data_symbol(library)
    package = work / f"{symbol[:-4]}l.dat"  # icudt73l.dat: l = little-endian ASCII
    with open(library, "rb") as f:
        f.seek(offset)
        package.write_bytes(f.read(size))
    items = _items(package)
    gone = {name for name, n in items.items() if dropped(name, n)}
    small, gone = _remove(package, gone, work)
    (work / "data.S").write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
        f"\t.balign 16\n{symbol}:\n\t.incbin \"{small.as_posix()}\"\n"
        f"\t.size {symbol}, . - {symbol}\n"
        "\t.section .note.GNU-stack,\"\",@progbits\n", encoding="utf-8")
    subprocess.run(["as", "-o", str(work / "data.o"), str(work / "data.S")], check=True)
    out = work / library.name
    subprocess.run(["ld", "-shared", "-soname", library.name, "-o", str(out),
                    str(work / "data.o")], check=True)
    _, _, new_size = _data_symbol(out)
    if new_size != small.stat().st_size:
        raise RuntimeError(f"{out}: data symbol is {new_size} bytes, package "
                           f"{small.stat().st_size}")
    print(f"cbdesk build.spec: ICU data {size / 1e6:.1f} MB → {new_size / 1e6:.1f} MB "
          f"({len(gone)} of {len(items)} items dropped)")
    return out
