"""An office's own Excel table (not cbdesk's interchange workbook) read into a
plan: the header found, each column's role proposed (or taken from a saved
mapping), each row's kind proposed, then a PlanData built and imported through
the same all-or-nothing path as the interchange workbook
(``cbdesk import-table``, File → Import an office table…)."""
