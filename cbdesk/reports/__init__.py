"""Reports: a renderer-neutral document model (document.py), built by the report
kinds from service data, and rendered to PDF (reportlab) or Word (python-docx)
in the layout of Nghị định 30/2020/NĐ-CP."""
