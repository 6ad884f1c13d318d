"""Draft plans read from documents (`cbdesk import-plan`, File → Read a plan
from a document): read within size limits, and saved only when the reading
worked — never over an existing plan, never changing the organisation.

The organisation (header, signer) a document names only fills in a new
database's empty header; once set up it is never changed by a draft: changing
it is an administrator's act in the catalog (services.catalog.save_organisation),
audited there.
"""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

from cbdesk.core.plandata import OrganisationData, PlanData
from cbdesk.services import permissions
from cbdesk.services.errors import ServiceError, ValidationError

MAX_FILE_BYTES = 20 * 1024 * 1024  # a plan document is a few hundred kB
MAX_UNPACKED_XML = 20 * 1024 * 1024  # the text parts of a .docx once unzipped


class DraftUnreadable(ServiceError):
    """Nothing usable could be read from the document; nothing was saved."""


def check_size(path: Path) -> None:
    """Refuse a file too large to be a plan (or a zip bomb), before reading it."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise DraftUnreadable(f"Không mở được tệp '{path.name}': {e.strerror or e}.",
                              f"Cannot open '{path.name}': {e.strerror or e}.") from None
    mb = MAX_FILE_BYTES // (1024 * 1024)
    if size > MAX_FILE_BYTES:
        raise DraftUnreadable(
            f"Tệp '{path.name}' quá lớn ({size // (1024 * 1024)} MB; tối đa {mb} MB) để là "
            "một văn bản kế hoạch. Không có gì được lưu.",
            f"'{path.name}' is too large ({size // (1024 * 1024)} MB; at most {mb} MB) to be "
            "a plan document. Nothing was saved.")
    if path.suffix.lower() == ".docx":
        try:
            with zipfile.ZipFile(path) as z:
                unpacked = sum(i.file_size for i in z.infolist()
                               if i.filename.lower().endswith((".xml", ".rels")))
        except (zipfile.BadZipFile, OSError, ValueError):
            return  # the reader reports a damaged file in its own words
        if unpacked > MAX_UNPACKED_XML:
            raise DraftUnreadable(
                f"Tệp '{path.name}' khi giải nén quá lớn ({unpacked // (1024 * 1024)} MB) — "
                "không phải một văn bản kế hoạch bình thường. Không có gì được lưu.",
                f"'{path.name}' unpacks to {unpacked // (1024 * 1024)} MB — not an ordinary "
                "plan document. Nothing was saved.")


def read_draft(path: Path, year: int):
    """The ParseOutcome of a document, refused (DraftUnreadable) when it is too
    large or when nothing could be read from it."""
    from cbdesk.docimport import parse_plan_document

    check_size(path)
    outcome = parse_plan_document(Path(path), year)
    plan = outcome.plan
    if not (plan.targets or plan.tasks or plan.implementation):
        first = (outcome.problems[0] if outcome.problems else "").rstrip(". ")
        raise DraftUnreadable(
            f"Không đọc được kế hoạch nào từ tệp '{Path(path).name}'"
            f"{': ' + first if first else ''}. Không có gì được lưu.",
            f"No plan could be read from '{Path(path).name}'"
            f"{' (' + first + ')' if first else ''}. Nothing was saved.")
    return outcome


def save_draft(db, actor, draft: PlanData, year: int, dry_run: bool = False,
               source: tuple[str, str] | None = None):
    """Save ``draft`` as the draft plan of ``year`` (leaders; audited, with the
    file's name and sha256 when given). An existing plan is never overwritten
    and the organisation is left as it is."""
    from cbdesk.services.plan_apply import apply_plan_data
    from cbdesk.services.plans import plan_exists

    permissions.require(actor, "import.plan", db)
    if plan_exists(db, year) and dry_run:
        return None  # a review of what was read: nothing to compare it with
    if plan_exists(db, year):
        raise ValidationError(
            f"Đã có kế hoạch năm {year}; không ghi đè bằng bản nháp. Hãy dùng --dry-run "
            "để xem hoặc chọn năm khác.",
            f"A {year} plan exists already; a draft does not overwrite it. Use --dry-run "
            "to review, or another year.")
    from cbdesk.services.catalog import get_organisation

    # The organisation a document names fills in a new database's empty
    # header; an organisation already set up is never changed by a draft.
    org = OrganisationData() if get_organisation(db).name else draft.organisation
    data = replace(draft, year=year, status="draft", organisation=org, units=[], areas=[])
    return apply_plan_data(db, data, actor, dry_run=dry_run, source=source)
