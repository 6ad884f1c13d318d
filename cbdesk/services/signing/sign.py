"""Signing a PDF (PAdES, pyHanko) as the leader or as the agency, laid out by
Nghị định 30/2020/NĐ-CP (see ``layout``).

The leader signs first: the handwritten signature image centred in the
signing room. The clerk then seals: the agency's signature with the seal image
over the left third of the leader's image, the agency's name and the signing
time (ISO 8601, +07:00) under it; and, on each annex of the same file, the
agency's signature as text at the top right of its first page. Each signature
is its own incremental revision, so earlier ones stay intact. A PDF already
sealed by the agency is refused; the leader may not sign after the seal and the
seal needs the leader's signature first (NĐ 30, Điều 32: the clerk seals only
documents the competent person has signed).
"""

from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cbdesk.services.signing import appearance as ap
from cbdesk.services.signing import layout as lay
from cbdesk.services.signing.errors import SigningError
from cbdesk.services.signing.marks import (
    foreign_signatures,
    has_signer,
    is_agency_sealed,
    read_marks,
)

VN_TIME = timezone(timedelta(hours=7), "ICT")
ROLES = ("signer", "agency")


def vn_now() -> datetime:
    """Now in Vietnam time (UTC+07:00, no daylight saving), whole seconds."""
    return datetime.now(VN_TIME).replace(microsecond=0)


def iso_time(when: datetime) -> str:
    """ISO 8601 with the offset written +07:00 (NĐ 30: Vietnam time zone)."""
    return when.astimezone(VN_TIME).isoformat()


@dataclass(frozen=True)
class AgencyInfo:
    """What the agency's signature shows: its name, and the document's number
    and symbol (for the text on attachments)."""

    name: str
    number: str = ""
    seal_mm: float = lay.SEAL_DEFAULT_MM


def _refuse_foreign(marks) -> None:
    others = foreign_signatures(marks)
    if others:
        raise SigningError(
            f"Tệp đã có chữ ký số khác ({', '.join(others)}); không ký thêm để khỏi làm hỏng "
            "chữ ký đó.",
            f"The file already carries another signature ({', '.join(others)}); not signing "
            "over it.")


def _reader(data: bytes):
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not data.startswith(b"%PDF-"):
        raise SigningError("Tệp cần ký không phải PDF.", "The file to sign is not a PDF.")
    try:
        return PdfFileReader(io.BytesIO(data), strict=False)
    except (PdfReadError, ValueError, KeyError):
        raise SigningError("Tệp PDF bị hỏng, không ký được.",
                           "The PDF is damaged and cannot be signed.") from None


def _pdf_signer_class():
    from pyhanko.sign.signers import PdfSigner

    class TimedPdfSigner(PdfSigner):
        """A PdfSigner whose signing time is the one printed in the stamp."""

        def __init__(self, *args, when: datetime, **kwargs):
            super().__init__(*args, **kwargs)
            self._when = when

        def init_signing_session(self, pdf_out, existing_fields_only=False):
            session = super().init_signing_session(pdf_out, existing_fields_only)
            session.system_time = self._when
            return session

    return TimedPdfSigner


def _sign_once(data: bytes, signer, field: str, box: lay.Box, look: bytes, when: datetime,
               reason: str, timestamp_url: str | None) -> bytes:
    from pyhanko.pdf_utils import layout as hl
    from pyhanko.pdf_utils.content import ImportedPdfPage
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    timestamper = None
    if timestamp_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(timestamp_url, timeout=20)
    with tempfile.TemporaryDirectory(prefix="cbdesk-sign-") as tmp:
        look_file = Path(tmp) / "look.pdf"
        look_file.write_bytes(look)
        style = StaticStampStyle(
            background=ImportedPdfPage(str(look_file)), border_width=0, background_opacity=1.0,
            background_layout=hl.SimpleBoxLayoutRule(
                x_align=hl.AxisAlignment.ALIGN_MID, y_align=hl.AxisAlignment.ALIGN_MID,
                margins=hl.Margins.uniform(0)))
        meta = signers.PdfSignatureMetadata(
            field_name=field, md_algorithm="sha256", reason=reason,
            subfilter=fields.SigSeedSubFilter.PADES)
        spec = fields.SigFieldSpec(sig_field_name=field, on_page=box.page, box=box.rect())
        pdf_signer = _pdf_signer_class()(meta, signer=signer, stamp_style=style,
                                         new_field_spec=spec, timestamper=timestamper,
                                         when=when)
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        out = io.BytesIO()
        try:
            pdf_signer.sign_pdf(writer, output=out)
        except Exception as e:  # the token or the TSA failing mid-way
            from pkcs11 import exceptions as p11e
            from pyhanko.sign.timestamps import TimestampRequestError

            if isinstance(e, TimestampRequestError):
                raise SigningError(
                    f"Không lấy được dấu thời gian từ máy chủ {timestamp_url}; chưa ký.",
                    f"No timestamp from the server {timestamp_url}; not signed.") from None

            if isinstance(e, p11e.PinIncorrect | p11e.UserNotLoggedIn):
                raise SigningError("Token từ chối ký: sai mã PIN hoặc chưa đăng nhập.",
                                   "The token refused to sign: wrong PIN or not logged in.",
                                   ) from None
            if isinstance(e, p11e.PKCS11Error):
                raise SigningError(f"Token báo lỗi khi ký ({e.__class__.__name__}).",
                                   f"The token failed while signing ({e.__class__.__name__}).",
                                   ) from None
            raise
        return out.getvalue()


def sign_as_signer(data: bytes, signer, image_png: bytes | None, *,
                   when: datetime | None = None, timestamp_url: str | None = None) -> bytes:
    """The leader's signature: the image centred between title and name."""
    marks = read_marks(_reader(data))
    if is_agency_sealed(marks):
        raise SigningError("Văn bản đã được văn thư ký số của cơ quan; không ký thêm được.",
                           "The document already carries the agency's signature; it cannot "
                           "be signed again.")
    _refuse_foreign(marks)
    if has_signer(marks):
        raise SigningError("Văn bản đã có chữ ký số của người ký.",
                           "The document is already signed by its signer.")
    if marks.signer_room is None:
        raise SigningError("Không tìm thấy chỗ ký trong tệp PDF (chỉ ký được báo cáo do "
                           "cbdesk xuất).",
                           "No signature block found in the PDF (only reports written by "
                           "cbdesk can be signed as the signer).")
    if not image_png:
        raise SigningError("Chưa có ảnh chữ ký của người ký (--image hoặc ảnh đã lưu).",
                           "No signature image for the signer (--image or a stored image).")
    size = ap.image_size(image_png, "chữ ký", "signature")
    box = lay.signature_box(marks.signer_room, size)
    when = when or vn_now()
    return _sign_once(data, signer, lay.SIGNER_FIELD, box, ap.signer_appearance(box, image_png),
                      when, "Ký ban hành văn bản", timestamp_url)


def _annex_lines(agency: AgencyInfo, when: datetime) -> list[str]:
    return [line for line in (agency.number, iso_time(when), agency.name) if line]


def sign_as_agency(data: bytes, signer, seal_png: bytes | None, agency: AgencyInfo, *,
                   when: datetime | None = None, annex_text: bool = True,
                   timestamp_url: str | None = None) -> bytes:
    """The agency's signature: the seal over the left third of the leader's
    image on a cbdesk report (then the text on each annex's first page); on
    any other PDF (an attachment in its own file) the text at the top right of
    the first page."""
    reader = _reader(data)
    marks = read_marks(reader)
    if is_agency_sealed(marks):
        raise SigningError("Văn bản đã được văn thư ký số của cơ quan rồi.",
                           "The document already carries the agency's signature.")
    _refuse_foreign(marks)
    when = when or vn_now()
    if marks.signer_room is None:
        # An attachment in a file of its own: text only, top right of page 1.
        w, h = marks.pages[0]
        frame = lay.Box(0, 0, 0, w - 15 * lay.MM, h)
        lines = _annex_lines(agency, when)
        box = lay.annex_text_box(frame, h, len(lines))
        return _sign_once(data, signer, lay.AGENCY_FIELD, box, ap.annex_appearance(box, lines),
                          when, "Văn thư cơ quan ký số văn bản kèm theo", timestamp_url)
    if not has_signer(marks):
        raise SigningError("Văn bản chưa có chữ ký số của người có thẩm quyền; văn thư chỉ "
                           "ký số của cơ quan sau khi người ký đã ký.",
                           "The document has no signature of its signer yet; the agency "
                           "signs only after the signer.")
    if not seal_png:
        raise SigningError("Chưa có ảnh con dấu của cơ quan (--image hoặc ảnh đã lưu).",
                           "No seal image for the agency (--image or a stored image).")
    ap.image_size(seal_png, "con dấu", "seal")
    if marks.annex_frames and annex_text and not agency.number:
        raise SigningError("Văn bản có phụ lục: cần số và ký hiệu văn bản (--number) để ghi "
                           "chữ ký số của cơ quan lên phụ lục.",
                           "The document has annexes: the number and symbol (--number) are "
                           "needed for the agency's signature on them.")
    leader = marks.signature_fields.get(lay.SIGNER_FIELD) or marks.signer_room
    seal = lay.seal_box(leader, agency.seal_mm)
    info = [agency.name, iso_time(when)]
    box = lay.agency_widget_box(seal, len(info))
    out = _sign_once(data, signer, lay.AGENCY_FIELD, box,
                     ap.agency_appearance(box, seal, seal_png, info), when,
                     "Văn thư cơ quan ký số (đóng dấu)", timestamp_url)
    if annex_text:
        lines = _annex_lines(agency, when)
        for i, frame in enumerate(marks.annex_frames):
            _, h = marks.pages[frame.page]
            tbox = lay.annex_text_box(frame, h, len(lines))
            out = _sign_once(out, signer, f"{lay.ANNEX_FIELD}_{i + 1}", tbox,
                             ap.annex_appearance(tbox, lines), when,
                             "Văn thư cơ quan ký số phụ lục", timestamp_url)
    return out
