"""A column mapping saved for the next file of the same shape: as a JSON file
(``--save-map`` / ``--map``) and in the database's settings, keyed by the
table's header signature, so that the next import of a table laid out alike
needs no mapping at all."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl.utils import get_column_letter

from cbdesk.core.text import BilingualError
from cbdesk.xlsx.table import roles as R
from cbdesk.xlsx.table.proposal import Proposal

FORMAT = "cbdesk-table-map"
SETTING_PREFIX = "table_map."
MAX_MAP_BYTES = 256 * 1024


class MapError(BilingualError):
    """A mapping file that cannot be used."""


def to_dict(prop: Proposal, rows: bool = False) -> dict:
    out = {
        "format": FORMAT,
        "version": 1,
        "signature": prop.signature(),
        "sheet": prop.sheet,
        "header_rows": list(prop.header_rows),
        "columns": {
            get_column_letter(c.col): {"header": c.header, "role": c.role,
                                       **({"period": c.period} if c.period else {})}
            for c in prop.columns if c.header or c.role != R.SKIP
        },
    }
    if rows:
        out["rows"] = {str(r): k for r, k in prop.row_kinds.items()}
    return out


def load(path: str | Path) -> dict:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_MAP_BYTES:
            raise MapError(f"Tệp ánh xạ ‘{path.name}’ quá lớn.",
                           f"The mapping file ‘{path.name}’ is too large.")
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise MapError(f"Không tìm thấy tệp ánh xạ ‘{path}’.",
                       f"Mapping file not found: ‘{path}’.") from None
    except (OSError, UnicodeDecodeError, ValueError):
        raise MapError(f"Tệp ánh xạ ‘{path.name}’ không phải JSON hợp lệ.",
                       f"The mapping file ‘{path.name}’ is not valid JSON.") from None
    return check(data, path.name)


def check(data: object, name: str = "") -> dict:
    if not isinstance(data, dict) or data.get("format") != FORMAT or \
            not isinstance(data.get("columns"), dict):
        raise MapError(f"Tệp ánh xạ ‘{name}’ không phải tệp ánh xạ bảng của cbdesk.",
                       f"‘{name}’ is not a cbdesk table mapping.")
    for key, spec in data["columns"].items():
        role = spec.get("role") if isinstance(spec, dict) else None
        if role not in R.ROLES:
            raise MapError(f"Tệp ánh xạ ‘{name}’: cột {key} có vai trò ‘{role}’ không hợp lệ "
                           f"(dùng: {', '.join(R.ROLES)}).",
                           f"Mapping ‘{name}’: column {key} has unknown role ‘{role}’ "
                           f"(use: {', '.join(R.ROLES)}).")
        period = spec.get("period")
        if period is not None and period not in R.PERIODS:
            raise MapError(f"Tệp ánh xạ ‘{name}’: cột {key} có kỳ ‘{period}’ không hợp lệ "
                           f"(dùng: {', '.join(R.PERIODS)}).",
                           f"Mapping ‘{name}’: column {key} has unknown period ‘{period}’ "
                           f"(use: {', '.join(R.PERIODS)}).")
    return data


def save(path: str | Path, prop: Proposal) -> None:
    from cbdesk.services.files import write_atomically

    text = json.dumps(to_dict(prop), ensure_ascii=False, indent=2) + "\n"
    write_atomically(Path(path), text.encode("utf-8"))


def recall(db, signature: str) -> dict | None:
    """The mapping remembered for tables of this shape, or None."""
    from cbdesk.services.settings import read_all

    raw = read_all(db).get(SETTING_PREFIX + signature)
    if not raw:
        return None
    try:
        return check(json.loads(raw))
    except (ValueError, MapError):
        return None


def remember(db, prop: Proposal, actor) -> None:
    """Keep the mapping for the next table of the same shape: part of the
    import (its permission), audited like any setting."""
    from cbdesk.services import permissions
    from cbdesk.services.audit import record
    from cbdesk.services.settings import get, put

    permissions.require(actor, "import.workbook", db)
    data = to_dict(prop)
    data.pop("header_rows", None)  # the next file's title may be longer
    key, value = SETTING_PREFIX + prop.signature(), json.dumps(data, ensure_ascii=False)
    with db.session() as s:
        old = get(s, key)
        if old != value:
            record(s, actor, "setting", key, "value", old, value)
            put(s, key, value)
