"""The Word renderer: structure checked with python-docx, layout checked by
converting with LibreOffice and reading the PDF back with poppler."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st

from cbdesk.reports.document import (
    Annex,
    Column,
    Document,
    Header,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    Signature,
    Table,
)
from cbdesk.reports.docx import render_docx

AGENCY = "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
PARENT = "UBND TỈNH CAO BẰNG"
PLACE_DATE = "Cao Bằng, ngày 05 tháng 01 năm 2021"
NUMBER = "Số: 05/BC-SLĐTBXH"
ABSTRACT = "Kết quả thực hiện Kế hoạch hành động năm 2021 (6 tháng đầu năm)"
SIGNER = "Hoàng Thị Mỹ Hảo"
DISTRICTS = [
    "Thành phố Cao Bằng", "Bảo Lâm", "Bảo Lạc", "Hà Quảng", "Trùng Khánh",
    "Hạ Lang", "Quảng Hòa", "Hòa An", "Nguyên Bình", "Thạch An",
]  # fmt: skip


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _sample_document() -> Document:
    """A progress report much like the one the app prints, some of it in NFD
    (as typed with some input methods) to check that the output is NFC."""
    rows = []
    for i in range(1, 61):
        rows.append([
            str(i), f"Chỉ tiêu số {i}: tạo việc làm mới cho người lao động ở {DISTRICTS[i % 10]}",
            "người", f"{i * 100:,}".replace(",", "."), f"{i * 51:,}".replace(",", "."),
            f"{51 + i % 40},0%",
        ])  # fmt: skip
    columns = [
        Column("STT", 0.7, "center"), Column("Chỉ tiêu", 3.8), Column("ĐVT", 0.9, "center"),
        Column("KH năm", 1.1, "right"), Column("TH 6 tháng", 1.1, "right"),
        Column("% KH", 0.9, "right"),
    ]  # fmt: skip
    annex_rows = [
        [str(i + 1), name, "1.200", "612", "51,0%", "Đúng tiến độ"]
        for i, name in enumerate(DISTRICTS * 4)
    ]
    annex = Annex(
        title="Phụ lục I",
        subtitle="KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THEO ĐỊA BÀN",
        note="(Kèm theo Báo cáo số 05/BC-SLĐTBXH ngày 05/01/2021)",
        blocks=[
            Table(
                columns=[
                    Column("STT", 0.5, "center"),
                    Column("Địa bàn", 3.0),
                    Column("Kế hoạch", 1.2, "right"),
                    Column("Thực hiện", 1.2, "right"),
                    Column("% KH", 1.0, "right"),
                    Column("Đánh giá", 1.6, "center"),
                ],  # fmt: skip
                rows=annex_rows,
                font_size=11,
                unit_note="Đơn vị tính: người",
            )
        ],
        landscape=True,
    )
    return Document(
        header=Header(PARENT, _nfd(AGENCY), NUMBER, PLACE_DATE),
        type_name="BÁO CÁO",
        abstract=ABSTRACT,
        addressee="Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng",
        blocks=[
            Paragraph.of(
                "Căn cứ Nghị quyết số 51/2020/NQ-HĐND ngày 16/12/2020 của Hội đồng nhân dân "
                "tỉnh Cao Bằng về Kế hoạch phát triển kinh tế - xã hội năm 2021;",
                italic=True,
            ),
            Heading("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU", 1),
            Heading("1. Lĩnh vực lao động, việc làm", 2),
            Paragraph(
                [
                    Run(_nfd("Tạo việc làm mới cho 6.120 lao động, đạt ")),
                    Run("51,0% kế hoạch năm", bold=True),
                    Run(", tăng 5,2% so với cùng kỳ; tỷ lệ thất nghiệp ở khu vực thành thị 3,52%."),
                ]
            ),  # fmt: skip
            Heading("1.1. Giảm nghèo bền vững", 3),
            Paragraph.of(
                "Tổ chức tổng điều tra hộ nghèo, hộ cận nghèo giai đoạn 2021-2025 làm cơ sở "
                "thực hiện các chính sách an sinh xã hội; giảm tỷ lệ hộ nghèo 4,0% với 5.160 hộ "
                "thoát nghèo theo chuẩn nghèo đa chiều."
            ),
            Table(
                columns=columns,
                rows=rows,
                emphasis={0, 10},
                font_size=12,
                caption="Bảng 1. Kết quả thực hiện các chỉ tiêu",
                unit_note="Đơn vị tính: người",
            ),  # fmt: skip
            Heading("II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
            Paragraph.of("Tiếp tục đẩy mạnh công tác giảm nghèo, giải quyết việc làm."),
            PageBreak(),
            Paragraph.of("Kiến nghị, đề xuất: không.", indent=False),
        ],
        recipients=["UBND tỉnh", "Sở Kế hoạch và Đầu tư", "Lãnh đạo Sở"],
        archive="Lưu: VT, VP",
        signature=Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", SIGNER),
        annexes=[annex],
        title_meta="Báo cáo 6 tháng đầu năm 2021",
        author=AGENCY,
    )


@pytest.fixture(scope="module")
def rendered() -> bytes:
    return render_docx(_sample_document())


@pytest.fixture(scope="module")
def word(rendered: bytes):
    return docx.Document(io.BytesIO(rendered))


# --------------------------------------------------------------------------- structure


def test_page_setup_a4_margins(word):
    section = word.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert round(section.top_margin.mm) == 20
    assert round(section.bottom_margin.mm) == 20
    assert round(section.left_margin.mm) == 30
    assert round(section.right_margin.mm) == 15


def test_fonts_times_new_roman_for_all_scripts(word):
    root = word.styles.element
    rpr = root.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert fonts.get(qn(attr)) == "Times New Roman"
    for name in ("Normal", "Body Text", "Heading 1", "Heading 2", "Heading 3"):
        rfonts = word.styles[name].element.rPr.find(qn("w:rFonts"))
        assert rfonts.get(qn("w:ascii")) == "Times New Roman"
        assert rfonts.get(qn("w:cs")) == "Times New Roman"
        assert rfonts.get(qn("w:asciiTheme")) is None
    assert word.styles["Body Text"].font.size.pt == 14
    body = word.styles["Body Text"].paragraph_format
    assert round(body.first_line_indent.mm, 1) == 12.7
    assert body.space_after.pt == 6
    assert 1.15 <= body.line_spacing <= 1.3
    assert word.styles["Heading 3"].font.italic and word.styles["Heading 3"].font.bold
    assert word.styles["Heading 1"].paragraph_format.keep_with_next


def test_other_font(rendered):
    other = docx.Document(io.BytesIO(render_docx(_sample_document(), font="Liberation Serif")))
    rpr = other.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    assert rpr.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:ascii")) == "Liberation Serif"


def test_header_table(word):
    header = word.tables[0]
    assert len(header.columns) == 2
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert all(side.get(qn("w:val")) == "nil" for side in borders)
    left = "\n".join(c.text for c in header.columns[0].cells)
    right = "\n".join(c.text for c in header.columns[1].cells)
    assert left.startswith(PARENT)
    assert AGENCY in left.replace("\n", " ")
    assert NUMBER in left
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right
    assert "Độc lập - Tự do - Hạnh phúc" in right
    assert PLACE_DATE in right
    widths = [int(c.get(qn("w:w"))) for c in header._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert 0.35 < widths[0] / sum(widths) < 0.45
    # The agency name (bold, 13 pt) with a short rule under it.
    agency = [p for p in header.cell(0, 0).paragraphs if "SỞ LAO ĐỘNG" in p.text][0]
    assert all(r.bold for r in agency.runs) and agency.runs[0].font.size.pt == 13
    ruled = [
        p for p in header.cell(0, 0).paragraphs if p._p.find(".//" + qn("w:bottom")) is not None
    ]
    assert len(ruled) == 1 and ruled[0].paragraph_format.left_indent.mm > 10
    motto = [p for p in header.cell(0, 1).paragraphs if p.text == "Độc lập - Tự do - Hạnh phúc"][0]
    assert motto.runs[0].font.size.pt == 14 and motto.runs[0].bold
    assert motto._p.find(".//" + qn("w:bottom")) is not None
    date = [p for p in header.cell(1, 1).paragraphs if p.text == PLACE_DATE][0]
    assert date.runs[0].italic and date.runs[0].font.size.pt == 14


def test_all_text_nfc(word):
    texts = [p.text for p in word.paragraphs]
    for table in word.tables:
        for row in table.rows:
            texts += [c.text for c in row.cells]
    assert any(AGENCY in t.replace("\n", " ") for t in texts)
    for text in texts:
        assert unicodedata.is_normalized("NFC", text)


def test_data_table_repeats_header_row(word):
    data = [t for t in word.tables if t.rows[0].cells[0].text == "STT"][0]
    assert len(data.rows) == 61
    first_tr = data.rows[0]._tr
    assert first_tr.trPr.find(qn("w:tblHeader")) is not None
    assert data.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None
    borders = data._tbl.tblPr.find(qn("w:tblBorders"))
    assert all(side.get(qn("w:val")) == "single" for side in borders)
    assert all(r.bold for r in data.rows[0].cells[1].paragraphs[0].runs)
    assert data.rows[1].cells[0].paragraphs[0].runs[0].bold  # emphasis row 0
    assert not data.rows[2].cells[0].paragraphs[0].runs[0].bold
    cell = data.rows[3].cells[3].paragraphs[0]
    assert cell.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT
    assert cell.runs[0].font.size.pt == 12
    assert data.rows[3].cells[0].paragraphs[0].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER


def test_page_numbers_in_header_not_on_first_page(word):
    section = word.sections[0]
    assert section.different_first_page_header_footer
    assert section._sectPr.find(qn("w:titlePg")) is not None
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml and "fldChar" in header_xml
    assert section.header.paragraphs[0].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert "PAGE" not in section.first_page_header._element.xml


def test_annex_section_landscape_restarts_numbering(word):
    assert len(word.sections) == 2
    annex = word.sections[1]
    assert annex.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE
    assert annex.page_width > annex.page_height
    assert round(annex.page_width.mm) == 297
    assert annex.different_first_page_header_footer
    assert annex._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    titles = [p for p in word.paragraphs if p.text == "Phụ lục I"]
    assert titles and titles[0].runs[0].bold and titles[0].runs[0].font.size.pt == 14


def test_recipients_beside_signature(word):
    table = word.tables[-2]  # the last one is the annex table
    left, right = table.rows[0].cells
    lines = [p.text for p in left.paragraphs]
    assert lines[0] == "Nơi nhận:"
    assert lines[1:] == [
        "- UBND tỉnh;",
        "- Sở Kế hoạch và Đầu tư;",
        "- Lãnh đạo Sở;",
        "- Lưu: VT, VP.",
    ]
    first = left.paragraphs[0].runs[0]
    assert first.bold and first.italic and first.font.size.pt == 12
    assert left.paragraphs[1].runs[0].font.size.pt == 11
    sig = [p.text for p in right.paragraphs]
    assert sig[0] == "KT. GIÁM ĐỐC" and sig[1] == "PHÓ GIÁM ĐỐC" and sig[-1] == SIGNER
    assert "" in sig[2:-1]  # room to sign
    assert right.paragraphs[-1].runs[0].bold


def test_deterministic_output(rendered):
    assert render_docx(_sample_document()) == rendered
    props = docx.Document(io.BytesIO(rendered)).core_properties
    assert props.created.year == 2021 and props.created.month == 1 and props.created.day == 5
    assert props.title == "Báo cáo 6 tháng đầu năm 2021"


def test_minimal_document_renders():
    doc = Document(header=Header("", "SỞ Y TẾ", "Số:      /BC-SYT", "Hà Nội, ngày      tháng 7 năm 2025"),
                   type_name="BÁO CÁO", abstract="")  # fmt: skip
    word = docx.Document(io.BytesIO(render_docx(doc)))
    assert "SỞ Y TẾ" in word.tables[0].cell(0, 0).text


_TC_ORDER = ["w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders",
             "w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign"]  # fmt: skip
_TR_ORDER = ["w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter",
             "w:cantSplit", "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden"]  # fmt: skip


def test_properties_in_schema_order(rendered):
    """Word refuses a file whose property elements are out of schema order
    (LibreOffice does not mind, so the conversion tests would not notice)."""
    from lxml import etree

    from cbdesk.reports import docx_xml as x

    orders = {"pPr": x.PPR_ORDER, "rPr": x.RPR_ORDER, "tblPr": x.TBLPR_ORDER,
              "sectPr": x.SECTPR_ORDER, "tcPr": _TC_ORDER, "trPr": _TR_ORDER}  # fmt: skip
    package = zipfile.ZipFile(io.BytesIO(rendered))
    parts = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
    checked = 0
    for part in parts:
        root = etree.fromstring(package.read(part))
        for tag, order in orders.items():
            names = [qn(t) for t in order]
            for node in root.iter(qn("w:" + tag)):
                ranks = [names.index(c.tag) for c in node if c.tag in names]
                assert ranks == sorted(ranks), (part, tag, [c.tag for c in node])
                checked += 1
    assert checked > 500


def test_awkward_content_renders():
    nasty = "Tab\there, line\nbreak, control \x0b\x01 chars, NFD " + _nfd("Hòa An")
    doc = Document(
        header=Header(nasty, nasty, nasty, nasty),
        type_name="BÁO CÁO",
        abstract=nasty,
        blocks=[
            Heading(nasty, 7),
            Paragraph([], align="center"),
            Paragraph.of(nasty, align="right", indent=False, bold=True),
            Table(columns=[], rows=[["x"]]),
            Table(columns=[Column("A"), Column("B", 0)], rows=[[], ["1", "2", "3"], [nasty]]),
            PageBreak(),
        ],
        recipients=["", nasty],
        archive="",
        signature=None,
        annexes=[Annex("Phụ lục II", "", landscape=False)],
    )
    word = docx.Document(io.BytesIO(render_docx(doc)))
    assert word.sections[1].orientation == docx.enum.section.WD_ORIENT.PORTRAIT
    texts = [p.text for p in word.paragraphs]
    assert "Hòa An" in " ".join(texts) and "\x0b" not in " ".join(texts)


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=200), st.text(max_size=60))
def test_any_text_renders(body, cell):
    doc = Document(
        header=Header(cell, cell, cell, cell),
        type_name=cell,
        abstract=body,
        addressee=cell,
        blocks=[Paragraph.of(body), Table([Column(cell)], [[cell], [body]])],
        recipients=[cell],
        signature=Signature(cell, cell, cell),
    )
    data = render_docx(doc)
    assert docx.Document(io.BytesIO(data)).tables


# --------------------------------------------------------------------------- LibreOffice


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed"
        if os.environ.get("CBDESK_REQUIRE_ALL") == "1":
            pytest.fail(message + " (CBDESK_REQUIRE_ALL=1)")
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def converted(rendered: bytes, tmp_path_factory) -> Path:
    """The rendered document converted to PDF by LibreOffice headless."""
    soffice = _need("soffice")
    tmp = tmp_path_factory.mktemp("docx")
    source = tmp / "báo cáo.docx"
    source.write_bytes(rendered)
    profile = tmp / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    pdf = tmp / "báo cáo.pdf"
    assert pdf.exists(), "LibreOffice produced no PDF"
    return pdf


def _page_text(pdf: Path, page: int, layout: bool = False) -> str:
    pdftotext = _need("pdftotext")
    args = [pdftotext, "-enc", "UTF-8", "-f", str(page), "-l", str(page)]
    if layout:
        args.append("-layout")
    out = subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True, timeout=60)
    return out.stdout.decode("utf-8")


def _page_count(pdf: Path) -> int:
    info = subprocess.run([_need("pdfinfo"), str(pdf)], check=True, capture_output=True)
    for line in info.stdout.decode().splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("no page count")


def test_libreoffice_text_intact_and_nfc(converted):
    first = _page_text(converted, 1)
    assert unicodedata.is_normalized("NFC", first)
    flat = " ".join(first.split())
    for expected in (PARENT, "SỞ LAO ĐỘNG", "THƯƠNG BINH VÀ XÃ HỘI", NUMBER,
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     PLACE_DATE, "BÁO CÁO", "Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng",
                     "Tạo việc làm mới cho 6.120 lao động, đạt 51,0% kế hoạch năm"):  # fmt: skip
        assert expected in flat
    assert "Kết quả thực hiện Kế hoạch hành động năm 2021" in flat
    assert first.strip().splitlines()[0].strip() != "1"  # no number on page 1


def test_libreoffice_page_numbers(converted):
    pages = _page_count(converted)
    assert pages >= 4
    second = _page_text(converted, 2).strip().splitlines()
    assert second[0].strip() == "2"
    texts = [_page_text(converted, n) for n in range(1, pages + 1)]
    whole = " ".join(" ".join(t.split()) for t in texts)
    assert "Nơi nhận:" in whole and "- Lưu: VT, VP." in whole and SIGNER in whole
    assert unicodedata.is_normalized("NFC", whole)
    # The annex starts a page without a number and numbers its next page 2.
    annex_first = next(n for n, t in enumerate(texts, 1) if "Phụ lục I" in t)
    assert texts[annex_first - 1].strip().splitlines()[0].strip() == "Phụ lục I"
    assert annex_first < pages, "the annex table should run over two pages"
    assert texts[annex_first].strip().splitlines()[0].strip() == "2"
    # The repeated header row appears on the annex's second page too.
    assert "Địa bàn" in texts[annex_first]


def test_libreoffice_annex_landscape(converted):
    out = subprocess.run([_need("pdfinfo"), "-f", "1", "-l", "99", str(converted)],
                         check=True, capture_output=True).stdout.decode()  # fmt: skip
    sizes = [line for line in out.splitlines() if "size:" in line and line.startswith("Page")]
    assert "595" in sizes[0].split("size:")[1].split("x")[0]  # portrait first page
    assert any(line.split("size:")[1].strip().startswith("841") for line in sizes)


def test_libreoffice_first_page_png(converted, tmp_path):
    """Renders page 1 for a human to look at (kept under /tmp when asked)."""
    pdftoppm = _need("pdftoppm")
    target = tmp_path / "page"
    subprocess.run([pdftoppm, "-r", "60", "-png", "-f", "1", "-l", "1", str(converted), str(target)],
                   check=True, capture_output=True, timeout=60)  # fmt: skip
    pngs = list(tmp_path.glob("page*.png"))
    assert pngs and pngs[0].stat().st_size > 1000
    keep = os.environ.get("CBDESK_KEEP_PNG")
    if keep:
        shutil.copy(pngs[0], keep)


def test_page_number_sits_where_the_pdf_puts_it(converted):
    """The same document as PDF and as .docx (printed by LibreOffice): page 2's
    number at the same place, within 1 mm across and down."""
    import pdfplumber

    from cbdesk.reports.pdf import render_pdf

    def number(source):
        with pdfplumber.open(source) as pdf:
            [w] = [w for w in pdf.pages[1].extract_words(extra_attrs=["size"])
                   if w["top"] < 50]
            return (w["x0"] + w["x1"]) / 2, w["bottom"], w["size"]

    ours = number(io.BytesIO(render_pdf(_sample_document(), "bundled")))
    theirs = number(str(converted))
    mm = 72 / 25.4
    assert abs(ours[0] - theirs[0]) <= 1 * mm and abs(ours[1] - theirs[1]) <= 1 * mm
    assert ours[2] == theirs[2] == 13.0
