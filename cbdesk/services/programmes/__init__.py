"""Five-year programmes (giai đoạn): their targets, the yearly plans' targets
that carry them, and the roll-up by a year (rules in core.programme)."""

from cbdesk.services.programmes.data import (
    ProgrammeData,
    ProgrammeTargetData,
    code_of,
    parse_code,
)
from cbdesk.services.programmes.rollup import ProgrammeReview, ProgrammeRow, review
from cbdesk.services.programmes.store import (
    apply_programme,
    links_of_year,
    list_programmes,
    programme_data,
)

__all__ = [
    "ProgrammeData", "ProgrammeReview", "ProgrammeRow", "ProgrammeTargetData", "apply_programme",
    "code_of", "links_of_year", "list_programmes", "parse_code", "programme_data", "review",
]
