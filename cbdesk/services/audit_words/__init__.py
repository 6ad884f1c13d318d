"""The audit trail in words for people (issue 18): what was changed, named as the
office names it — the target's code and name, the period's label
(``6 tháng đầu năm 2021``), the area's name, numbers in Vietnamese notation,
field names translated, an issued report as ``Báo cáo số 05/BC-SLĐTBXH`` —
never a ``|``-joined key or a dot-decimal number.

Generic over entity and field: a kind of entry this module has never heard of
is still described, part by part (a period code becomes its label, an area
code its name, a number is formatted, an ISO date becomes dd/mm/yyyy), so new
audit entries added elsewhere read well without a change here. The window's
audit view, its Excel export and the command line share :class:`Describer`.
"""

from cbdesk.services.audit_words.describer import AuditWords, Describer
from cbdesk.services.audit_words.text import date_words, number_words
from cbdesk.services.audit_words.trail import AuditFilter, change_words, trail
from cbdesk.services.audit_words.words import (
    ENTITY_WORDS,
    FIELD_WORDS,
    SETTING_WORDS,
    entity_word,
    field_word,
)

__all__ = [
    "ENTITY_WORDS", "FIELD_WORDS", "SETTING_WORDS", "AuditFilter", "AuditWords", "Describer",
    "change_words", "date_words", "entity_word", "field_word", "number_words", "trail",
]
