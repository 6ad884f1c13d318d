"""The PDF renderer read back as a reader would: Nghị định 30/2020/NĐ-CP layout
(SPEC §3.4) — text, fonts, margins, sizes, page numbers, tables, annexes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pdfcheck import (  # noqa: E402
    MM,
    find_one,
    find_text,
    graphics,
    hlines,
    is_bold,
    open_pdf,
    page_size,
    page_texts,
    pdffonts,
    pdftotext,
    text_lines,
    words,
)

from cbdesk.reports.document import (  # noqa: E402
    Annex,
    Column,
    Document,
    Header,
    Heading,
    Paragraph,
    Run,
    Signature,
    Table,
)
from cbdesk.reports.fonts import register_fonts  # noqa: E402
from cbdesk.reports.pdf import render_pdf  # noqa: E402

TOL = 0.6  # pt
PAGE_W = 210 * MM
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, 15 * MM, 20 * MM, 20 * MM
DISTRICTS = [
    "Thành phố Cao Bằng",
    "Bảo Lâm",
    "Bảo Lạc",
    "Hà Quảng",
    "Trùng Khánh",
    "Hạ Lang",
    "Quảng Hòa",
    "Hòa An",
    "Nguyên Bình",
    "Thạch An",
]


def nfd(s: str) -> str:
    """Text as a decomposing input method types it."""
    return unicodedata.normalize("NFD", s)


def vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def sample_document(rows: int = 200, annex_rows: int = 30, decompose: bool = True) -> Document:
    """A realistic Báo cáo; ``decompose`` types parts of it in NFD."""
    d = nfd if decompose else (lambda s: s)
    table_rows = [
        [
            str(i),
            d(f"Chỉ tiêu {i:03d}: lao động có việc làm mới tại {DISTRICTS[i % 10]}")
            + (" (kể cả lao động đi làm việc ở nước ngoài theo hợp đồng)" if i % 9 == 0 else ""),
            "người",
            vn(12_000 + 10 * i),
            vn(6_120 + 5 * i),
            f"{(6_120 + 5 * i) / (12_000 + 10 * i) * 100:.1f}%".replace(".", ","),
        ]
        for i in range(1, rows + 1)
    ]
    annex_rows_ = [
        [f"{i:02d}", DISTRICTS[(i - 1) % 10]] + [vn(100 * i + k) for k in range(1, 7)]
        for i in range(1, annex_rows + 1)
    ]
    return Document(
        header=Header(
            parent_agency="UBND tỉnh Cao Bằng",  # upper-cased by the renderer
            agency=d("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
            number_line="Số: 05/BC-SLĐTBXH",
            place_date=d("Cao Bằng, ngày 05 tháng 01 năm 2021"),
        ),
        type_name="BÁO CÁO",
        abstract=d("Kết quả thực hiện Kế hoạch hành động năm 2021 về lao động, việc làm"),
        addressee="Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng",
        blocks=[
            Paragraph.of(
                "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ "
                "về công tác văn thư;",
                italic=True,
            ),
            Paragraph.of(
                d(
                    "Thực hiện Kế hoạch số 12/KH-UBND ngày 15 tháng 01 năm 2021 của Ủy ban nhân dân "
                    "tỉnh, Sở Lao động - Thương binh và Xã hội báo cáo kết quả thực hiện 6 tháng đầu "
                    "năm 2021 như sau:"
                )
            ),
            Heading("I. KẾT QUẢ THỰC HIỆN", 1),
            Heading(d("1. Lĩnh vực lao động, việc làm"), 2),
            Paragraph(
                [
                    Run("Toàn tỉnh đã giải quyết việc làm cho "),
                    Run("6.120 lao động", bold=True),
                    Run(", đạt 51,0% kế hoạch năm; tỷ lệ thất nghiệp khu vực thành thị "),
                    Run("3,45%", italic=True),
                    Run(
                        d(
                            ". Công tác tư vấn, giới thiệu việc làm được duy trì thường xuyên tại "
                            "các huyện, thành phố; phiên giao dịch việc làm lưu động được tổ chức ở "
                            "Hà Quảng, Trùng Khánh, Quảng Hòa và Nguyên Bình."
                        )
                    ),
                ]
            ),
            Heading("1.1. Kết quả các chỉ tiêu", 3),
            Table(
                [
                    Column("STT", 0.6, "center"),
                    Column("Tên chỉ tiêu", 4.0),
                    Column("Đơn vị tính", 1.0, "center"),
                    Column("Kế hoạch năm", 1.2, "right"),
                    Column("Thực hiện", 1.2, "right"),
                    Column("Tỷ lệ", 1.0, "right"),
                ],
                table_rows,
                emphasis={0},
                caption="Bảng 1. Kết quả thực hiện các chỉ tiêu",
                unit_note="Đơn vị tính: người",
            ),
            Heading("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
            Paragraph.of(
                "Tiếp tục tuyên truyền, tư vấn nghề nghiệp và việc làm cho thanh niên; rà soát, "
                "hỗ trợ hộ nghèo, hộ cận nghèo thoát nghèo bền vững."
            ),
            Paragraph.of(d("Trên đây là báo cáo của Sở./.")),
        ],
        recipients=["UBND tỉnh (để b/c)", d("Bộ Lao động - TB&XH (để b/c)")],
        archive="Lưu: VT, VP",
        signature=Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", d("Nông Văn Hùng")),
        annexes=[
            Annex(
                "Phụ lục I",
                d("KẾT QUẢ THỰC HIỆN THEO ĐỊA BÀN"),
                "(Kèm theo Báo cáo số 05/BC-SLĐTBXH ngày 05/01/2021)",
                [
                    Table(
                        [Column("STT", 0.6, "center"), Column("Địa bàn", 2.0)]
                        + [Column(f"Chỉ số {k}", 1.0, "right") for k in range(1, 7)],
                        annex_rows_,
                    )
                ],
                landscape=True,
            )
        ],
        title_meta=d("Báo cáo kết quả thực hiện Kế hoạch hành động năm 2021"),
        author="Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng",
    )


EXPECTED = [
    "UBND TỈNH CAO BẰNG",
    "SỞ LAO ĐỘNG - THƯƠNG BINH",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 05/BC-SLĐTBXH",
    "Cao Bằng, ngày 05 tháng 01 năm 2021",
    "BÁO CÁO",
    "Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng",
    "Trên đây là báo cáo của Sở./.",
    "Nơi nhận:",
    "- UBND tỉnh (để b/c);",
    "- Bộ Lao động - TB&XH (để b/c);",
    "- Lưu: VT, VP.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Nông Văn Hùng",
    "Chỉ tiêu 137: lao động có việc làm",
    "Phụ lục I",
    "KẾT QUẢ THỰC HIỆN THEO ĐỊA BÀN",
]


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return render_pdf(sample_document())


@pytest.fixture(scope="module")
def pdf(pdf_bytes):
    with open_pdf(pdf_bytes) as doc:
        yield doc


@pytest.fixture(scope="module")
def annex_start(pdf) -> int:
    """0-based index of the annex's first page."""
    hits = find_text(pdf, "Phụ lục I")
    assert hits, "annex title not found"
    return hits[0].page


def _is_page_number(w, pdf) -> bool:
    return w.bottom < TOP and w.text.isdigit()


def _content_words(pdf, page):
    return [w for w in words(pdf, page) if not _is_page_number(w, pdf)]


# ------------------------------------------------------------------ text


def test_text_pdfplumber_nfc(pdf):
    text = "\n".join(page_texts(pdf))
    assert unicodedata.is_normalized("NFC", text)
    assert not re.search("[\u0300-\u036f]", text), "combining marks in extracted text"
    squashed = "".join(text.split())
    for s in EXPECTED:
        assert "".join(s.split()) in squashed, s


def test_text_pdftotext_nfc(pdf_bytes):
    text = pdftotext(pdf_bytes, layout=True)
    assert unicodedata.is_normalized("NFC", text)
    assert not re.search("[\u0300-\u036f]", text)
    for s in EXPECTED:
        assert s in text, s
    raw = pdftotext(pdf_bytes, layout=False)
    assert "Cao Bằng, ngày 05 tháng 01 năm 2021" in raw


def test_metadata_nfc(pdf):
    meta = pdf.metadata
    assert meta["Title"] == "Báo cáo kết quả thực hiện Kế hoạch hành động năm 2021"
    assert unicodedata.is_normalized("NFC", meta["Title"])
    assert meta["Author"] == "Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng"
    assert meta["Creator"] == "cbdesk"


# ------------------------------------------------------------------ fonts


def test_fonts_all_embedded_subsets(pdf_bytes):
    fonts = pdffonts(pdf_bytes)
    assert fonts, "no fonts listed"
    for f in fonts:
        assert f.embedded and f.subset and f.unicode, f
        assert f.type.startswith("TrueType") or "TrueType" in f.type, f
        assert re.match(r"(LiberationSerif|TimesNewRomanPS)", f.base_name), f
    names = {f.base_name for f in fonts}
    assert not names & {"Helvetica", "Times-Roman", "Times-Bold", "Courier", "Symbol"}
    family = register_fonts("auto")
    expected = (
        {
            "LiberationSerif",
            "LiberationSerif-Bold",
            "LiberationSerif-Italic",
            "LiberationSerif-BoldItalic",
        }
        if family.source == "bundled"
        else {
            "TimesNewRomanPSMT",
            "TimesNewRomanPS-BoldMT",
            "TimesNewRomanPS-ItalicMT",
            "TimesNewRomanPS-BoldItalicMT",
        }
    )
    assert names == expected


def test_register_fonts_idempotent():
    a = register_fonts("bundled")
    b = register_fonts("bundled")
    assert a is b  # registered once, then cached
    assert a.family_name == "Liberation Serif" and a.source == "bundled"
    assert len({a.regular, a.bold, a.italic, a.bold_italic}) == 4
    assert register_fonts("times").family_name in ("Times New Roman", "Liberation Serif")
    with pytest.raises(ValueError):
        register_fonts("comic")


# ------------------------------------------------------------------ pages


def test_page_numbers_main(pdf, annex_start):
    assert annex_start >= 3, "the 200-row table should take several pages"
    page_w, _ = page_size(pdf, 0)
    assert not [w for w in words(pdf, 0) if w.bottom < TOP], "page 1 has text in the top margin"
    for i in range(1, annex_start):
        nums = [w for w in words(pdf, i) if w.bottom < TOP]
        assert [w.text for w in nums] == [str(i + 1)], f"page {i + 1}: {nums}"
        n = nums[0]
        assert abs(n.cx - page_w / 2) <= 3 * MM
        assert n.top >= 5 * MM and n.bottom <= TOP - 2 * MM
        assert n.size == pytest.approx(13, abs=0.1)


def test_annex_landscape_with_own_numbering(pdf, annex_start):
    w, h = page_size(pdf, annex_start)
    assert w > h and w == pytest.approx(297 * MM, abs=1) and h == pytest.approx(210 * MM, abs=1)
    for i in range(annex_start):
        pw, ph = page_size(pdf, i)
        assert pw < ph, f"page {i + 1} should be portrait"
    assert not [x for x in words(pdf, annex_start) if x.bottom < TOP], "annex page 1 has a number"
    assert len(pdf.pages) >= annex_start + 2, "the 30-row annex table should take two pages"
    for k, i in enumerate(range(annex_start + 1, len(pdf.pages)), start=2):
        nums = [x for x in words(pdf, i) if x.bottom < TOP]
        assert [x.text for x in nums] == [str(k)]
        assert abs(nums[0].cx - page_size(pdf, i)[0] / 2) <= 3 * MM
    title = find_one(pdf, "Phụ lục I")
    assert title.bold and title.sizes == {14.0}
    assert abs(title.cx - (LEFT + (w - LEFT - RIGHT) / 2)) <= 1 * MM
    sub = find_one(pdf, "KẾT QUẢ THỰC HIỆN THEO ĐỊA BÀN")
    assert sub.bold and sub.top > title.bottom
    note = find_one(pdf, "(Kèm theo Báo cáo số 05/BC-SLĐTBXH ngày 05/01/2021)")
    assert note.italic and not note.bold
    # every annex row once, header on each annex page
    text = "\n".join(page_texts(pdf)[annex_start:])
    for i in range(1, 31):
        assert re.search(rf"^{i:02d} {DISTRICTS[(i - 1) % 10]} ", text, re.M), i
    for i in range(annex_start, len(pdf.pages)):
        assert find_text(pdf, "Chỉ số 6", i), f"annex page {i + 1} lacks the header row"


def test_margins(pdf):
    for i, page in enumerate(pdf.pages):
        pw, ph = float(page.width), float(page.height)
        content = _content_words(pdf, i)
        assert content, f"page {i + 1} empty"
        assert min(w.x0 for w in content) >= LEFT - TOL, f"page {i + 1} left margin"
        assert max(w.x1 for w in content) <= pw - RIGHT + TOL, f"page {i + 1} right margin"
        top = min(w.top for w in content)
        assert TOP - TOL <= top <= 25 * MM, f"page {i + 1} top margin {top / MM:.1f} mm"
        assert max(w.bottom for w in content) <= ph - BOTTOM + TOL, f"page {i + 1} bottom margin"
        for g in graphics(pdf, i):
            assert g["x0"] >= LEFT - TOL and g["x1"] <= pw - RIGHT + TOL, (i, g["x0"], g["x1"])
            assert g["top"] >= TOP - TOL and g["bottom"] <= ph - BOTTOM + TOL, (i, g["top"])


def test_full_table_pages_reach_the_bottom_margin(pdf, annex_start):
    """Pages the table runs through are filled down to the bottom margin."""
    for i in range(1, annex_start - 1):
        if not find_text(pdf, "Tên chỉ tiêu", i) or not find_text(pdf, "Tên chỉ tiêu", i + 1):
            continue
        ph = page_size(pdf, i)[1]
        lowest = max(g["bottom"] for g in graphics(pdf, i))
        assert ph - lowest <= BOTTOM + 15 * MM, f"page {i + 1}: {(ph - lowest) / MM:.1f} mm empty"


# ------------------------------------------------------------------ header


def test_header_sizes_and_weights(pdf):
    parent = find_one(pdf, "UBND TỈNH CAO BẰNG", 0)
    assert parent.sizes == {13.0} and not any(map(is_bold, parent.fontnames))
    agency1 = find_one(pdf, "SỞ LAO ĐỘNG - THƯƠNG BINH", 0)
    agency2 = find_one(pdf, "VÀ XÃ HỘI", 0)
    for a in (agency1, agency2):
        assert a.sizes == {13.0} and a.bold and not a.italic
    assert agency1.top > parent.bottom - TOL and agency2.top > agency1.bottom - TOL
    # each line centred in the left column
    assert abs(agency1.cx - parent.cx) <= 0.5 * MM and abs(agency2.cx - parent.cx) <= 0.5 * MM

    top = find_one(pdf, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 0)
    assert top.bold and min(top.sizes) >= 12.5 and max(top.sizes) <= 13.0
    # found within one text line: the quốc hiệu did not wrap
    motto = find_one(pdf, "Độc lập - Tự do - Hạnh phúc", 0)
    assert motto.sizes == {14.0} and motto.bold
    assert abs(motto.cx - top.cx) <= 0.5 * MM
    assert abs(top.top - parent.top) <= 2, "left and right columns start on one line"
    assert parent.cx < LEFT + 165 * MM * 0.5 < top.cx, "two columns"
    assert parent.x0 >= LEFT - TOL and top.x1 <= PAGE_W - RIGHT + TOL

    number = find_one(pdf, "Số: 05/BC-SLĐTBXH", 0)
    assert number.sizes == {13.0} and not number.bold and not number.italic
    assert abs(number.cx - parent.cx) <= 0.5 * MM and number.top > agency2.bottom
    date = find_one(pdf, "Cao Bằng, ngày 05 tháng 01 năm 2021", 0)
    assert date.sizes == {14.0} and date.italic and not date.bold
    assert abs(date.cx - motto.cx) <= 0.5 * MM and date.top > motto.bottom

    rules = hlines(pdf, 0)

    # rule under the motto: as long as the motto, centred under it
    def _cx(r):
        return (r["x0"] + r["x1"]) / 2

    under_motto = [
        r
        for r in rules
        if motto.bottom <= r["top"] <= date.top and _cx(r) > (parent.cx + top.cx) / 2
    ]
    assert len(under_motto) == 1
    r = under_motto[0]
    assert r["x1"] - r["x0"] == pytest.approx(motto.width, abs=1.0)
    assert (r["x0"] + r["x1"]) / 2 == pytest.approx(motto.cx, abs=1.0)
    # short rule under the agency: 1/3–1/2 of its text width, centred
    under_agency = [
        r
        for r in rules
        if agency2.bottom <= r["top"] <= number.top and _cx(r) < (parent.cx + top.cx) / 2
    ]
    assert len(under_agency) == 1
    r = under_agency[0]
    widest = max(agency1.width, agency2.width)
    assert widest / 4 <= r["x1"] - r["x0"] <= widest / 2
    assert (r["x0"] + r["x1"]) / 2 == pytest.approx(parent.cx, abs=1.0)


def test_title_block(pdf):
    centre = LEFT + (PAGE_W - LEFT - RIGHT) / 2
    name = find_one(pdf, "BÁO CÁO", 0)
    assert name.sizes == {14.0} and name.bold
    assert abs(name.cx - centre) <= 0.5 * MM
    abstract = find_one(
        pdf, "Kết quả thực hiện Kế hoạch hành động năm 2021 về lao động, việc làm", 0
    )
    assert abstract.sizes == {14.0} and abstract.bold and abs(abstract.cx - centre) <= 0.5 * MM
    assert abstract.top > name.bottom - TOL
    to = find_one(pdf, "Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng", 0)
    assert to.sizes == {14.0} and abs(to.cx - centre) <= 0.5 * MM
    rule = [r for r in hlines(pdf, 0) if abstract.bottom <= r["top"] <= to.top]
    assert len(rule) == 1
    length = rule[0]["x1"] - rule[0]["x0"]
    # 1/3–1/2 of the title line (SPEC §3.4 measured: 0,4 of its widest line)
    assert abstract.width / 3 <= length <= abstract.width / 2
    assert (rule[0]["x0"] + rule[0]["x1"]) / 2 == pytest.approx(centre, abs=1.0)


# ------------------------------------------------------------------ body


def test_body_paragraphs(pdf):
    pw = PAGE_W
    lines = text_lines(pdf, 0)
    start = next(
        i for i, ln in enumerate(lines) if ln["text"].startswith("Thực hiện Kế hoạch số 12")
    )
    para = lines[start : start + 3]
    assert "như sau:" in para[-1]["text"]
    first, second = para[0], para[1]
    assert first["x0"] == pytest.approx(LEFT + 1.27 * 10 * MM, abs=1.0), "first-line indent 1,27 cm"
    assert second["x0"] == pytest.approx(LEFT, abs=TOL)
    # justified: full lines reach the right margin
    assert first["x1"] == pytest.approx(pw - RIGHT, abs=1.0)
    assert second["x1"] == pytest.approx(pw - RIGHT, abs=1.0)
    spacing = second["top"] - first["top"]
    assert 14 * 1.15 <= spacing <= 14 * 1.5, spacing
    for ln in para:
        sizes = {round(c["size"], 2) for c in ln["chars"]}
        assert sizes == {14.0}
        assert not any(is_bold(c["fontname"]) for c in ln["chars"])
    # ≥ 6 pt between paragraphs: the next paragraph starts further down
    nxt = lines[start + 3]
    assert nxt["top"] - para[-1]["top"] >= spacing + 6 - TOL

    legal = find_one(pdf, "Căn cứ Nghị định số 30/2020/NĐ-CP", 0)
    assert legal.italic and legal.sizes == {14.0}
    bold_run = find_one(pdf, "6.120 lao động", 0)
    assert bold_run.bold
    italic_run = find_one(pdf, "3,45%", 0)
    assert italic_run.italic and not italic_run.bold

    h1 = find_one(pdf, "I. KẾT QUẢ THỰC HIỆN", 0)
    h2 = find_one(pdf, "1. Lĩnh vực lao động, việc làm", 0)
    h3 = find_one(pdf, "1.1. Kết quả các chỉ tiêu", 0)
    for h in (h1, h2, h3):
        assert h.sizes == {14.0} and h.bold
        assert h.x0 == pytest.approx(LEFT + 12.7 * MM, abs=1.0)
    assert h3.italic and not h1.italic and not h2.italic


def test_closing_block(pdf, annex_start):
    last = annex_start - 1
    label = find_one(pdf, "Nơi nhận:", last)
    assert label.sizes == {12.0} and label.bold and label.italic
    items = ["- UBND tỉnh (để b/c);", "- Bộ Lao động - TB&XH (để b/c);", "- Lưu: VT, VP."]
    prev = label
    for s in items:
        m = find_one(pdf, s, last)
        assert m.sizes == {11.0} and not m.bold and not m.italic
        assert m.x0 == pytest.approx(LEFT, abs=TOL)
        assert m.top > prev.top
        prev = m
    authority = find_one(pdf, "KT. GIÁM ĐỐC", last)
    title = find_one(pdf, "PHÓ GIÁM ĐỐC", last)
    name = find_one(pdf, "Nông Văn Hùng", last)
    for m in (authority, title, name):
        assert m.bold and m.sizes == {14.0}
        assert m.x0 > label.x1, "signature in the right column"
    assert abs(authority.cx - name.cx) <= 0.5 * MM and abs(title.cx - name.cx) <= 0.5 * MM
    assert abs(authority.cx - find_one(pdf, "Độc lập - Tự do - Hạnh phúc", 0).cx) <= 0.5 * MM
    room = name.top - title.bottom
    assert 25 * MM <= room <= 32 * MM, f"room to sign {room / MM:.1f} mm"
    # the signature is not alone on its page: the closing words came along
    assert find_text(pdf, "Trên đây là báo cáo của Sở./.", last)


# ------------------------------------------------------------------ tables


def test_long_table_repeats_header_and_keeps_rows(pdf, annex_start):
    row_re = re.compile(r"Chỉ tiêu (\d{3}):")
    seen: list[int] = []
    pages = 0
    for i in range(annex_start):
        rows = [m for m in find_text(pdf, "Chỉ tiêu", i)]
        body_rows = []
        for ln in text_lines(pdf, i):
            for num in row_re.findall(ln["text"]):
                seen.append(int(num))
                body_rows.append(ln)
        if not body_rows:
            continue
        pages += 1
        head = find_one(pdf, "Tên chỉ tiêu", i)
        assert head.bold and head.sizes == {12.0}
        assert head.bottom < min(ln["top"] for ln in body_rows), f"page {i + 1}: header not on top"
        if i > 0:
            # the repeated header is the first thing under the page number
            top_content = min(w.top for w in _content_words(pdf, i))
            assert head.top - top_content <= 20, f"page {i + 1}: header row not at the top"
        assert rows
    assert seen == list(range(1, 201)), "rows lost, repeated or out of order"
    assert pages >= 3


def test_table_cells(pdf):
    emph = find_one(pdf, "Chỉ tiêu 001: lao động", 0)
    assert emph.bold and emph.sizes == {12.0}
    plain = find_one(pdf, "Chỉ tiêu 002: lao động", 0)
    assert not plain.bold and plain.sizes == {12.0}
    # numbers right-aligned: their right edges line up
    rights = [find_one(pdf, vn(12_000 + 10 * i), 0 if i < 3 else None).x1 for i in (2, 3)]
    assert rights[0] == pytest.approx(rights[1], abs=0.5)
    # a long name wraps inside its cell rather than running out of it
    long_ = find_text(pdf, "(kể cả lao động đi")
    assert long_, "wrapped cell text missing"
    head = find_one(pdf, "STT", 0)
    assert head.bold, "header row bold"
    shaded = [r for r in pdf.pages[0].rects if r.get("non_stroking_color") not in (None, (0,), [0])]
    assert shaded, "header row shaded"


def test_nfd_and_nfc_input_give_the_same_bytes():
    assert render_pdf(sample_document(rows=20, decompose=True)) == render_pdf(
        sample_document(rows=20, decompose=False)
    )


# ------------------------------------------------------------------ reprints and speed


def test_deterministic(pdf_bytes):
    assert render_pdf(sample_document()) == pdf_bytes


def test_deterministic_across_processes(tmp_path):
    """A reprint from a fresh process (another hash seed) gives the same bytes."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from test_pdf_layout import sample_document;"
        "from cbdesk.reports.pdf import render_pdf;"
        "open(sys.argv[2], 'wb').write(render_pdf(sample_document(rows=60)))"
    )
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.pdf"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run(
            [sys.executable, "-c", code, str(Path(__file__).parent), str(out)], check=True, env=env
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == render_pdf(sample_document(rows=60))


def test_render_600_rows():
    # How fast: benchmarks/bench_report.py (docs/benchmarks.md) — a wall-clock
    # budget fails on a busy machine, so it is not asserted here.
    data = render_pdf(sample_document(rows=600))
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def test_reports_import_no_gui_or_db_modules():
    code = (
        "import sys, cbdesk.reports.pdf, cbdesk.reports.fonts;"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'openpyxl', 'alembic', 'sqlalchemy')];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# ------------------------------------------------------------------ edges


def _header() -> Header:
    return Header(
        "UBND TỈNH CAO BẰNG",
        "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
        "Số:      /KH-SKHĐT",
        "Cao Bằng, ngày      tháng 01 năm 2021",
    )


def test_minimal_document_and_markup_characters(tmp_path):
    doc = Document(
        header=_header(),
        type_name="Kế hoạch",
        abstract="",
        blocks=[Paragraph.of("Tỷ lệ <5% & chỉ số > 3; dòng\nmới")],
    )
    data = render_pdf(doc)
    with open_pdf(data) as pdf:
        assert len(pdf.pages) == 1
        text = page_texts(pdf)[0]
        # the blanks of an unnumbered document stay, for the number and day by hand
        so, kh = find_one(pdf, "Số:"), find_one(pdf, "/KH-SKHĐT")
        assert kh.x0 - so.x1 > 4 * 3.0, "room for the number collapsed"
        assert "KẾ HOẠCH" in text and "Tỷ lệ <5% & chỉ số > 3; dòng" in text and "\nmới" in text
        # no recipients given: the archive line alone, as every document keeps one
        assert find_one(pdf, "Nơi nhận:") and find_one(pdf, "- Lưu: VT.")
    for f in pdffonts(data):
        assert f.embedded, f


def test_portrait_annexes_each_number_their_own_pages():
    rows = [
        [str(i), f"Nhiệm vụ {i}", "Sở Lao động - Thương binh và Xã hội", "31/12/2021"]
        for i in range(1, 61)
    ]
    cols = [
        Column("STT", 0.6, "center"),
        Column("Nhiệm vụ", 3),
        Column("Đơn vị chủ trì", 2),
        Column("Thời hạn", 1, "center"),
    ]
    doc = Document(
        header=_header(),
        type_name="KẾ HOẠCH",
        abstract="Thực hiện nhiệm vụ năm 2021",
        blocks=[Paragraph.of("Nội dung kế hoạch.")],
        signature=Signature("GIÁM ĐỐC", "", "Hoàng Văn A"),
        annexes=[
            Annex("Phụ lục I", "DANH MỤC NHIỆM VỤ", blocks=[Table(cols, rows)], landscape=False),
            Annex(
                "Phụ lục II", "DANH SÁCH ĐƠN VỊ", blocks=[Table(cols, rows[:5])], landscape=False
            ),
        ],
    )
    data = render_pdf(doc)
    with open_pdf(data) as pdf:
        a1 = find_one(pdf, "DANH MỤC NHIỆM VỤ").page
        a2 = find_one(pdf, "DANH SÁCH ĐƠN VỊ").page
        assert a1 == 1 and a2 > a1 + 1
        for i in range(len(pdf.pages)):
            w, h = page_size(pdf, i)
            assert w < h
        numbers = [[x.text for x in words(pdf, i) if x.bottom < TOP] for i in range(len(pdf.pages))]
        expected = [[]] + [[]] + [[str(k)] for k in range(2, a2 - a1 + 1)] + [[]]
        expected += [[str(k)] for k in range(2, len(pdf.pages) - a2 + 1)]
        assert numbers == expected
        assert find_one(pdf, "- Lưu: VT.").page == 0
        assert find_one(pdf, "GIÁM ĐỐC").bold


def test_find_times_new_roman_by_file_names(tmp_path, monkeypatch):
    from cbdesk.reports import fonts

    nested = tmp_path / "truetype" / "msttcorefonts"
    nested.mkdir(parents=True)
    for name in (
        "Times_New_Roman.ttf",
        "Times_New_Roman_Bold.ttf",
        "Times_New_Roman_Italic.ttf",
        "Times_New_Roman_Bold_Italic.ttf",
    ):
        (nested / name).write_bytes(b"")
    monkeypatch.setattr(fonts, "_font_dirs", lambda: [tmp_path])
    monkeypatch.setattr(fonts, "_times_searched", False)
    monkeypatch.setattr(fonts, "_times_files", None)
    found = fonts.find_times_new_roman()
    assert found is not None
    assert found["bold_italic"].name == "Times_New_Roman_Bold_Italic.ttf"
    assert found["regular"].name == "Times_New_Roman.ttf"
    (nested / "Times_New_Roman_Italic.ttf").unlink()
    monkeypatch.setattr(fonts, "_times_searched", False)
    assert fonts.find_times_new_roman() is None, "an incomplete family is not used"


@pytest.mark.parametrize("require_all", ["", "1"])
def test_missing_tool_skips_or_fails(monkeypatch, require_all):
    import pdfcheck

    monkeypatch.setattr(pdfcheck.shutil, "which", lambda name: None)
    monkeypatch.setenv("CBDESK_REQUIRE_ALL", require_all)
    expected = pytest.fail.Exception if require_all else pytest.skip.Exception
    with pytest.raises(expected, match="pdftotext not installed"):
        pdfcheck.require_tool("pdftotext")
