"""Draft plans read from documents laid out like the department's proposal
(``cbdesk import-plan FILE.docx|FILE.txt --year YEAR``, SPEC §3.1)."""

from cbdesk.docimport.parser import ParseOutcome, parse_plan_document, parse_plan_text

__all__ = ["ParseOutcome", "parse_plan_document", "parse_plan_text"]
