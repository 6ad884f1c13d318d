"""Reading a PDF for signing: the boxes cbdesk's renderer named, the pages,
and the signatures already there."""

from __future__ import annotations

from dataclasses import dataclass, field

from cbdesk.services.signing.layout import (
    AGENCY_FIELD,
    ANNEX_FIELD,
    ANNEX_PREFIX,
    SIGNER_FIELD,
    SIGNER_MARK,
    Box,
)


@dataclass
class PdfMarks:
    pages: list[tuple[float, float]]  # (width, height) per page
    signer_room: Box | None = None
    annex_frames: list[Box] = field(default_factory=list)
    signature_fields: dict[str, Box | None] = field(default_factory=dict)  # signed ones


def _page_refs(reader) -> list:
    refs = []

    def walk(node_ref):
        node = node_ref.get_object()
        if node.get("/Type") == "/Pages" or "/Kids" in node:
            for kid in node["/Kids"]:
                walk(kid)
        else:
            refs.append(node_ref)

    walk(reader.root.raw_get("/Pages"))
    return refs


def read_marks(reader) -> PdfMarks:
    """The page sizes, the named signer room and annex frames, and the signed
    signature fields (by name, with their widget box when on a page)."""
    refs = _page_refs(reader)
    index = {(r.idnum, r.generation): i for i, r in enumerate(refs)}
    pages = []
    for r in refs:
        box = [float(v) for v in r.get_object()["/MediaBox"]]
        pages.append((box[2] - box[0], box[3] - box[1]))
    marks = PdfMarks(pages=pages)
    dests = reader.root.get("/Dests")
    dests = dests.get_object() if dests is not None else None
    annexes: dict[int, Box] = {}
    if dests is not None:
        for name in dests:
            dest = dests[name]
            key = str(name).lstrip("/")
            if len(dest) < 6 or str(dest[1]) != "/FitR":
                continue
            page_ref = dest.raw_get(0)
            page = index.get((page_ref.idnum, page_ref.generation))
            if page is None:
                continue
            box = Box(page, *(float(v) for v in list(dest)[2:6]))
            if key == SIGNER_MARK:
                marks.signer_room = box
            elif key.startswith(ANNEX_PREFIX) and key[len(ANNEX_PREFIX):].isdigit():
                annexes[int(key[len(ANNEX_PREFIX):])] = box
    marks.annex_frames = [annexes[k] for k in sorted(annexes)]
    for sig in reader.embedded_signatures:
        widget = sig.sig_field
        rect = widget.get("/Rect")
        page_ref = widget.raw_get("/P") if "/P" in widget else None
        box = None
        if rect is not None and page_ref is not None:
            page = index.get((page_ref.idnum, page_ref.generation))
            if page is not None:
                x0, y0, x1, y1 = (float(v) for v in rect)
                box = Box(page, min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        marks.signature_fields[sig.field_name] = box
    return marks


def is_agency_sealed(marks: PdfMarks) -> bool:
    return any(n == AGENCY_FIELD or n.startswith(ANNEX_FIELD) for n in marks.signature_fields)


def foreign_signatures(marks: PdfMarks) -> list[str]:
    """Signatures cbdesk did not place (another tool's, another agency's)."""
    ours = (SIGNER_FIELD, AGENCY_FIELD)
    return [n for n in marks.signature_fields
            if n not in ours and not n.startswith(ANNEX_FIELD)]


def has_signer(marks: PdfMarks) -> bool:
    return SIGNER_FIELD in marks.signature_fields
