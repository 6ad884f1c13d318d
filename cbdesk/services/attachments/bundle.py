"""The attachments of a plan beside its interchange workbook: a companion
``<workbook>.attachments.zip`` written by ``cbdesk export`` and read back by
``cbdesk import`` (issue 23).

Inside: ``manifest.json`` (one entry per attachment: owner, file name as
typed, note, sha256) and ``files/<sha256>`` for each file's bytes, stored
once. Names from the manifest are never used as paths; every file is checked
against its sha256 and the size limit before anything is written."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

from cbdesk.db.engine import Database
from cbdesk.services.attachments.owners import Owner
from cbdesk.services.attachments.store import (
    AttachmentError,
    attach_everywhere,
    fetch,
    list_attachments,
    max_bytes,
)

FORMAT = "cbdesk-attachments"
SUFFIX = ".attachments.zip"


def companion_of(workbook: Path) -> Path:
    """``Kế hoạch 2021.xlsx`` → ``Kế hoạch 2021.attachments.zip`` beside it."""
    workbook = Path(workbook)
    return workbook.with_name(workbook.stem + SUFFIX)


def _portable(owner: Owner) -> Owner:
    # A progress update's id means nothing in another database: its task stands for it.
    return Owner.of_task(owner.task) if owner.kind == "update" else owner


def bundle_bytes(db: Database, year: int) -> bytes | None:
    """The companion zip of the plan of ``year``; None when it has no attachments."""
    found = list_attachments(db, year)
    if not found:
        return None
    buf = io.BytesIO()
    stored: set[str] = set()
    entries = []
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for a in found:
            if a.sha256 not in stored:
                _info, data = fetch(db, a.id)  # checked against its sha256
                z.writestr(f"files/{a.sha256}", data)
                stored.add(a.sha256)
            o = _portable(a.owner)
            entries.append({"owner": o.kind, "task": o.task, "target": o.target,
                            "period": o.period, "area": o.area, "file_name": a.file_name,
                            "note": a.note, "sha256": a.sha256})
        z.writestr("manifest.json", json.dumps({"format": FORMAT, "version": 1, "plan": year,
                                                "attachments": entries},
                                               ensure_ascii=False, indent=1))
    return buf.getvalue()


def _bad(path: Path, vi: str, en: str) -> AttachmentError:
    return AttachmentError(f"Tệp tài liệu kèm theo '{path.name}' không dùng được: {vi}; "
                           "không có gì được nhập.",
                           f"The attachments file '{path.name}' cannot be used: {en}; "
                           "nothing was imported.")


def read_bundle(db: Database, path: Path) -> list[tuple[list[Owner], str, bytes, str]]:
    """(owners, file name, bytes, note) per file of a companion zip, every file
    checked (sha256, size limit) before anything is written."""
    path = Path(path)
    limit = max_bytes(db)
    try:
        with zipfile.ZipFile(path) as z:
            manifest = json.loads(z.read("manifest.json").decode("utf-8"))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise _bad(path, "không phải tệp của cbdesk", "not a cbdesk attachments file")
            groups: dict[tuple[str, str], tuple[list[Owner], str]] = {}
            for e in manifest.get("attachments", []):
                owner = Owner(str(e["owner"]), task=e.get("task"), target=e.get("target"),
                              period=e.get("period"), area=e.get("area") or None)
                key = (str(e["sha256"]), str(e["file_name"]))
                groups.setdefault(key, ([], str(e.get("note") or "")))[0].append(owner)
            out = []
            for (sha, name), (owners, note) in groups.items():
                info = z.getinfo(f"files/{sha}")
                if info.file_size > limit:
                    raise _bad(path, f"tệp '{name}' vượt giới hạn dung lượng",
                               f"the file '{name}' is over the size limit")
                data = z.read(info)
                if hashlib.sha256(data).hexdigest() != sha:
                    raise _bad(path, f"tệp '{name}' bị hỏng (sha256 không khớp)",
                               f"the file '{name}' is damaged (sha256 mismatch)")
                out.append((owners, name, data, note))
            return out
    except AttachmentError:
        raise
    except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile) as e:
        raise _bad(path, f"tệp hỏng hoặc sai định dạng ({e})",
                   f"damaged or not in cbdesk's format ({e})") from e


def attach_bundle(db: Database, actor, year: int, files) -> int:
    """Attach what :func:`read_bundle` read; owners that already hold a file
    are skipped (importing twice keeps one). Returns the links made."""
    return sum(attach_everywhere(db, actor, year, owners, name, data, note)
               for owners, name, data, note in files)
