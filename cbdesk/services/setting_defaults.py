"""The shared settings' defaults and the status tolerances made from stored
values, with no database import: ``services.settings`` reads the `setting`
table through SQLAlchemy, ``services.first_view`` with the standard library,
and both make the tolerances here."""

from __future__ import annotations

from collections.abc import Mapping

from cbdesk.core.tolerances import Tolerances

DEFAULTS: dict[str, str] = {
    "tolerance.behind_below": "0.85",
    "tolerance.ahead_above": "1.15",
    "cutoff_day": "14",  # Nghị định 09/2019/NĐ-CP: figures run to the 14th
    "backup.keep": "10",
    "report.font": "auto",
    "signin.password_required": "0",
    "attachments.max_mb": "50",  # the largest file one attachment may be
    "report.list_attachments": "0",  # "1": the progress report lists each task's documents
}

TOLERANCE_KEYS = ("tolerance.behind_below", "tolerance.ahead_above")


def tolerances_from(stored: Mapping[str, str | None]) -> Tolerances:
    """The tolerances from the stored tolerance settings (a missing or empty
    one takes its default)."""
    behind, ahead = (stored[k] if stored.get(k) is not None else DEFAULTS[k]
                     for k in TOLERANCE_KEYS)
    return Tolerances(float(behind), float(ahead))
