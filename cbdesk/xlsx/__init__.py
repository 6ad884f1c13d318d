"""Excel in and out (openpyxl): the interchange workbook of a whole plan
(SPEC §3.3: export.py writes it, importer.py reads it back), district
data-collection forms (forms.py makes them, form_import.py files what comes
back), and the safe opening of workbooks people send (reader.py)."""
