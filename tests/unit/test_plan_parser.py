"""Draft plans read from documents laid out like the department's proposal."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cbdesk.core.vnformat import format_number
from cbdesk.docimport import ParseOutcome, parse_plan_document, parse_plan_text

FIXTURES = Path(__file__).parents[1] / "fixtures" / "plans"
# The department's document, as the product ships it (copied from shared/seed).
SEED = Path(__file__).resolve().parents[2] / "resources" / "samples" / "seed_2021.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")

FIGURES = [12000, 100, 3.45, 19000, 100, 4.0, 5160, 5500, 450, 5050, 34.4, 100, 100, 150, 2, 2]
CODES = ["1", "1.1", "2", "3", "4", "5", "6", "7", "7.1", "7.2", "8", "9", "10", "11", "12",
         "13", "14"]  # fmt: skip
TASK_CODES = ["II.1", "II.2", "II.3", *[f"II.3.{i}" for i in range(1, 8)]]
LEGAL_BASES = [
    "Công văn số 3307/UBND-TH ngày 30/12/2020 của Ủy ban nhân dân tỉnh Cao Bằng về việc xây "
    "dựng dự thảo Kế hoạch hành động thực hiện Nghị quyết số 01/NQ-CP và Nghị quyết số "
    "02/NQ-CP của Chính phủ",
    "Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực "
    "hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2021",
    "Nghị quyết số 51/2020/NQ-HĐND ngày 16/12/2020 của Hội đồng nhân dân tỉnh Cao Bằng về Kế "
    "hoạch phát triển kinh tế - xã hội năm 2021",
]


def _seed_lines() -> list[str]:
    return [line.replace("**", "").strip() for line in SEED_TEXT.splitlines()]


def _between(start: str, stop: str) -> list[str]:
    """Non-blank seed lines from the one starting with ``start`` up to ``stop``."""
    lines = _seed_lines()
    i = next(k for k, x in enumerate(lines) if x.startswith(start))
    j = next(k for k, x in enumerate(lines) if k > i and x.startswith(stop))
    return [x for x in lines[i:j] if x]


def _render(target) -> str:
    if target.target is None:
        return target.statement
    value = format_number(target.target, target.decimals)
    value2 = f"{int(target.target):02d}" if target.target == int(target.target) else value
    return target.statement.replace("{value2}", value2).replace("{value}", value)


def _group_texts(plan) -> dict[int, str]:
    texts: dict[int, str] = {}
    for t in plan.targets:
        texts[t.group] = texts.get(t.group, "") + _render(t)
    return texts


@pytest.fixture(scope="module")
def seed() -> ParseOutcome:
    return parse_plan_document(SEED, 2021)


# --------------------------------------------------------------------------- the seed


def test_seed_parses_without_problems(seed):
    assert seed.problems == []
    assert seed.plan.year == 2021


def test_seed_targets(seed):
    targets = seed.plan.targets
    assert [t.code for t in targets] == CODES
    assert [t.target for t in targets if t.target is not None] == FIGURES
    assert [t.code for t in targets if t.kind == "qualitative"] == ["14"]
    by = {t.code: t for t in targets}
    t = by["1"]
    assert (t.name, t.unit, t.kind, t.direction) == (
        "Tạo việc làm mới",
        "lao động",
        "cumulative",
        "increase",
    )
    assert t.statement == "Tạo việc làm mới cho {value} lao động, "
    t = by["1.1"]
    assert (t.parent_code, t.relation, t.unit) == ("1", "of_which", "người")
    assert t.name == "Lao động đi làm việc ở nước ngoài"
    assert t.statement == "trong đó: lao động đi làm việc ở nước ngoài: {value} người; "
    t = by["2"]
    assert (t.name, t.unit, t.kind, t.direction, t.decimals) == (
        "Tỷ lệ thất nghiệp ở khu vực thành thị",
        "%",
        "level",
        "decrease",
        2,
    )
    assert t.statement == "giảm tỷ lệ thất nghiệp ở khu vực thành thị xuống {value}%. "
    assert (by["3"].unit, by["3"].kind) == ("lượt người", "cumulative")
    assert (by["4"].kind, by["4"].direction, by["4"].unit) == ("level", "maintain", "%")
    assert (by["5"].kind, by["5"].direction, by["5"].decimals) == ("change", "decrease", 1)
    assert (by["6"].unit, by["6"].kind, by["6"].name) == ("hộ", "cumulative", "Số hộ thoát nghèo")
    assert [(by[c].parent_code, by[c].relation) for c in ("7.1", "7.2")] == [("7", "breakdown")] * 2
    assert by["7.2"].name == "Sơ cấp và thường xuyên"
    assert (by["8"].kind, by["8"].direction, by["8"].decimals) == ("level", "increase", 1)
    assert (by["9"].kind, by["9"].direction) == ("level", "maintain")
    assert (by["10"].kind, by["10"].direction) == ("level", "increase")
    assert (by["11"].name, by["11"].unit) == ("Số người nghiện ma túy được cai nghiện mới", "người")
    assert "{value2}" in by["12"].statement and by["12"].unit == "xã"
    assert "{value2}" in by["13"].statement and by["13"].unit == "xã"
    t = by["14"]
    assert (t.target, t.direction, t.unit) == (None, "decrease", "")
    assert t.statement == "giảm dần số trẻ em có hoàn cảnh đặc biệt."
    assert [t.group for t in targets] == [1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6]
    assert all(t.parent_code is None for t in targets if "." not in t.code)


def test_seed_statements_rebuild_each_bullet(seed):
    bullets = [x[2:] for x in _between("I. CHỈ TIÊU", "II. NHIỆM VỤ")[1:]]
    assert len(bullets) == 6
    assert list(_group_texts(seed.plan).values()) == bullets


def test_seed_tasks(seed):
    tasks = {t.code: t for t in seed.plan.tasks}
    assert list(tasks) == TASK_CODES
    assert [tasks[c].parent_code for c in TASK_CODES] == [None, None, None] + ["II.3"] * 7
    assert tasks["II.1"].title.startswith("Tiếp tục thực hiện linh hoạt, hiệu quả “mục tiêu kép”")
    assert tasks["II.1"].description == "\n".join(
        _between("Tiếp tục thực hiện kịp thời", "2. Nâng")
    )
    assert tasks["II.3"].description == ""
    assert tasks["II.3.1"].title == "Lĩnh vực Lao động- Việc làm"
    assert tasks["II.3.7"].description == "\n".join(_between("Đẩy mạnh công tác tuyên truyền, phổ",
                                                             "III. TỔ CHỨC"))  # fmt: skip
    assert all(t.deadline == "" for t in tasks.values())


def test_seed_header_and_closing(seed):
    plan = seed.plan
    org = plan.organisation
    assert org.parent_agency == "UBND TỈNH CAO BẰNG"
    assert org.name == "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    assert (org.symbol, org.archive_unit, org.place) == ("SLĐTBXH", "VP", "Cao Bằng")
    assert (org.signer_authority, org.signer_title, org.signer_name) == (
        "GIÁM ĐỐC",
        "",
        "Hoàng Thị Mỹ Hảo",
    )
    assert plan.abstract == ("Đề xuất nội dung xây dựng dự thảo Kế hoạch hành động của Ủy ban nhân "
                             "dân tỉnh Cao Bằng thực hiện Nghị quyết số 01/NQ-CP")  # fmt: skip
    assert plan.addressee == "Sở Kế hoạch và Đầu tư tỉnh Cao Bằng"
    assert plan.doc_date is None and plan.doc_number == ""
    assert len(plan.intro) == 2 and plan.intro[0].startswith("Thực hiện Công văn số 3307")
    assert plan.legal_bases == LEGAL_BASES
    assert len(plan.implementation) == 3
    assert plan.implementation[2] == ("Thực hiện nghiêm túc chế độ báo cáo, đánh giá tình hình "
                                      "thực hiện Nghị quyết số 01/NQ-CP theo quy định.")  # fmt: skip
    assert plan.closing.startswith("Trên đây là đề xuất") and plan.closing.endswith("tổng hợp./.")
    # Five lines under Nơi nhận: four recipients, and "Lưu: VT, VP." gives the archive unit.
    assert plan.recipients == ["UBND tỉnh", "Sở Kế hoạch - Đầu tư", "Lãnh đạo Sở", "Các phòng CM"]
    assert org.recipients == plan.recipients
    assert "2021" in plan.title


def test_seed_matches_the_sample_plan(seed):
    sample_module = pytest.importorskip("cbdesk.db.sample")
    sample = sample_module.sample_plan()
    # The document writes "12.000 lao động"; the sample plan counts them in "người".
    same_unit = {"lao động": "người"}

    def key(t):
        return (t.code, t.parent_code, t.relation, t.target, same_unit.get(t.unit, t.unit),
                t.kind, t.direction, t.decimals, t.statement, t.group)  # fmt: skip

    assert [key(t) for t in seed.plan.targets] == [key(t) for t in sample.targets]
    assert [(t.code, t.parent_code, t.title, t.description) for t in seed.plan.tasks] == [
        (t.code, t.parent_code, t.title, t.description) for t in sample.tasks
    ]
    plan = seed.plan
    assert plan.legal_bases == sample.legal_bases
    assert plan.intro == sample.intro and plan.closing == sample.closing
    assert plan.implementation == sample.implementation
    assert plan.recipients == sample.recipients
    assert plan.organisation == sample.organisation
    assert (plan.abstract, plan.addressee) == (sample.abstract, sample.addressee)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-8"])
def test_seed_encodings_and_nfd(tmp_path, seed, encoding):
    text = unicodedata.normalize("NFD", SEED_TEXT).replace("\n", "\r\n")
    path = tmp_path / "seed.txt"
    path.write_bytes(text.encode(encoding))
    outcome = parse_plan_document(path, 2021)
    assert outcome.problems == []
    assert outcome.plan == seed.plan
    assert unicodedata.is_normalized("NFC", outcome.plan.targets[0].statement)


def test_parse_plan_text_equals_document(seed):
    assert parse_plan_text(SEED_TEXT, 2021).plan == seed.plan


# --------------------------------------------------------------------------- .docx


def _abstract_numbering(document) -> str:
    """Add a Word multi-level list (I. / 1. / 1.1.) and return its numId."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for ilvl, (fmt, text) in enumerate([("upperRoman", "%1."), ("decimal", "%2."),
                                        ("decimal", "%2.%3.")]):  # fmt: skip
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    return "90"


def _number(paragraph, num_id: str, ilvl: int) -> None:
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", str(ilvl)), ("w:numId", num_id)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        num_pr.append(child)
    paragraph._p.get_or_add_pPr().append(num_pr)


TABLE_ROWS = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2021"],
    ["1", "Tạo việc làm mới", "người", "12.000"],
    ["-", "Trong đó: lao động đi làm việc ở nước ngoài", "người", "100"],
    ["2", "Tỷ lệ thất nghiệp ở khu vực thành thị", "%", "≤ 3,45"],
    ["3", "Giảm tỷ lệ hộ nghèo", "%", "4,0"],
    ["4", "Tuyển mới đào tạo nghề", "người", "5.500"],
    ["4.1", "Trình độ trung cấp", "người", "450"],
    ["4.2", "Sơ cấp và thường xuyên", "người", "5.050"],
    ["5", "Duy trì tỷ lệ xã, phường, thị trấn làm tốt công tác người có công", "%", "100"],
    ["6", "Xây dựng xã, phường, thị trấn phù hợp với trẻ em", "xã", "02"],
    ["7", "Giảm dần số trẻ em có hoàn cảnh đặc biệt", "", ""],
]


def _seed_docx(path: Path, *, auto_numbers: bool = False, targets_table: bool = False) -> Path:
    """The seed as a Word document: header and signature as layout tables;
    optionally Word-numbered headings and bullets, or section I as a table."""
    document = docx.Document()
    num_id = _abstract_numbering(document) if auto_numbers else ""
    head = document.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.text = "UBND TỈNH CAO BẰNG"
    for text in ["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI", "Số: / SLĐT BXH- VP",
                 *_between("V/v", "Cao Bằng, ngày")]:  # fmt: skip
        left.add_paragraph(text)
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    right.add_paragraph("Cao Bằng, ngày tháng 01 năm 2021")
    document.add_paragraph("Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Cao Bằng")
    section = ""
    for text in _between("Thực hiện Công văn", "Nơi nhận"):
        roman = re.match(r"^([IVX]+)\. (.*)$", text)
        numbered = re.match(r"^(\d+)\.(\d+\.)? (.*)$", text)
        if roman:
            section = roman.group(1)
        if targets_table and section == "I" and not roman:
            continue
        if auto_numbers and roman:
            _number(document.add_paragraph(roman.group(2)), num_id, 0)
        elif auto_numbers and numbered and section in ("II", "III"):
            _number(
                document.add_paragraph(numbered.group(3)), num_id, 2 if numbered.group(2) else 1
            )
        elif auto_numbers and section == "I" and text.startswith("- "):
            document.add_paragraph(text[2:], style="List Bullet")
        else:
            document.add_paragraph(text)
        if targets_table and roman and section == "I":
            table = document.add_table(rows=0, cols=4)
            for row in TABLE_ROWS:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
            document.add_paragraph("- Tỷ lệ lao động qua đào tạo nghề lên 34,4%.")
    foot = document.add_table(rows=1, cols=2)
    left, right = foot.rows[0].cells
    left.text = "Nơi nhận:"
    for text in ["- UBND tỉnh;", "- Sở Kế hoạch - Đầu tư;", "- Lãnh đạo Sở;", "- Các phòng CM;",
                 "- Lưu: VT, VP."]:  # fmt: skip
        left.add_paragraph(text)
    right.text = "GIÁM ĐỐC"
    for text in ["", "", "Hoàng Thị Mỹ Hảo"]:
        right.add_paragraph(text)
    document.save(str(path))
    return path


def test_docx_seed_same_as_text(tmp_path, seed):
    outcome = parse_plan_document(_seed_docx(tmp_path / "seed.docx"), 2021)
    assert outcome.problems == []
    assert outcome.plan == seed.plan


def test_docx_word_numbering_rebuilt_and_reported(tmp_path, seed):
    outcome = parse_plan_document(_seed_docx(tmp_path / "auto.docx", auto_numbers=True), 2021)
    plan = outcome.plan
    assert [t.code for t in plan.targets] == CODES
    assert [(t.target, t.unit, t.statement) for t in plan.targets] == [
        (t.target, t.unit, t.statement) for t in seed.plan.targets
    ]
    assert [(t.code, t.parent_code, t.title, t.description) for t in plan.tasks] == [
        (t.code, t.parent_code, t.title, t.description) for t in seed.plan.tasks
    ]
    assert plan.implementation == seed.plan.implementation
    assert len(outcome.problems) == 1
    assert "đánh số tự động" in outcome.problems[0]


def test_docx_targets_in_a_table(tmp_path):
    outcome = parse_plan_document(_seed_docx(tmp_path / "table.docx", targets_table=True), 2021)
    assert outcome.problems == []
    got = [(t.code, t.parent_code, t.relation, t.target, t.unit, t.kind, t.direction, t.decimals)
           for t in outcome.plan.targets]  # fmt: skip
    assert got == [
        ("1", None, None, 12000, "người", "cumulative", "increase", 0),
        ("1.1", "1", "of_which", 100, "người", "cumulative", "increase", 0),
        ("2", None, None, 3.45, "%", "level", "decrease", 2),
        ("3", None, None, 4.0, "%", "change", "decrease", 1),
        ("4", None, None, 5500, "người", "cumulative", "increase", 0),
        ("4.1", "4", "breakdown", 450, "người", "cumulative", "increase", 0),
        ("4.2", "4", "breakdown", 5050, "người", "cumulative", "increase", 0),
        ("5", None, None, 100, "%", "level", "maintain", 0),
        ("6", None, None, 2, "xã", "cumulative", "increase", 0),
        ("7", None, None, None, "", "qualitative", "decrease", 0),
        ("8", None, None, 34.4, "%", "level", "increase", 1),
    ]
    by = {t.code: t for t in outcome.plan.targets}
    assert by["1.1"].name == "Lao động đi làm việc ở nước ngoài"
    assert "{value2}" in by["6"].statement
    assert len({t.group for t in outcome.plan.targets}) == 8
    assert [t.code for t in outcome.plan.tasks] == TASK_CODES


def test_docx_unreadable(tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip file")
    outcome = parse_plan_document(bad, 2021)
    assert outcome.plan.targets == [] and "broken.docx" in outcome.problems[0]
    missing = parse_plan_document(tmp_path / "nowhere.txt", 2021)
    assert "nowhere.txt" in missing.problems[0]
    other = tmp_path / "plan.pdf"
    other.write_bytes(b"%PDF-1.4")
    assert ".docx" in parse_plan_document(other, 2021).problems[0]


# --------------------------------------------------------------------------- other styles


def test_plus_bullets_letters_and_dotted_numbering():
    outcome = parse_plan_document(FIXTURES / "health_2022_plus_bullets.txt", 2022)
    assert outcome.problems == []
    plan = outcome.plan
    org = plan.organisation
    assert (org.parent_agency, org.name, org.symbol) == (
        "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
        "SỞ Y TẾ",
        "SYT",
    )
    assert (org.signer_authority, org.signer_title, org.signer_name) == (
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn An",
    )
    assert org.archive_unit == "KHTC" and plan.recipients == [
        "UBND tỉnh (b/c)",
        "Các đơn vị trực thuộc",
    ]
    assert plan.doc_number == "12/KH-SYT" and str(plan.doc_date) == "2022-03-15"
    assert plan.title == "Kế hoạch thực hiện nhiệm vụ phát triển sự nghiệp y tế năm 2022"
    assert plan.legal_bases[0] == "Luật Khám bệnh, chữa bệnh số 40/2009/QH12 ngày 23/11/2009"
    assert len(plan.legal_bases) == 2
    got = [(t.code, t.target, t.unit, t.kind, t.direction) for t in plan.targets]
    assert got == [
        ("1", 95, "%", "level", "increase"),
        ("2", 32.5, "giường", "cumulative", "increase"),
        ("3", 0.5, "điểm phần trăm", "change", "decrease"),
        ("4", 25000, "lượt người", "cumulative", "increase"),
        ("5", 3000, "phụ nữ", "cumulative", "increase"),
        ("6", 100, "%", "level", "maintain"),
        ("7", None, "", "qualitative", "increase"),
    ]
    tasks = [(t.code, t.parent_code, t.title) for t in plan.tasks]
    assert tasks == [
        ("II.1", None, "Nâng cao chất lượng khám, chữa bệnh"),
        ("II.1.1", "II.1", "Tuyến tỉnh"),
        ("II.1.2", "II.1", "Tuyến huyện"),
        ("II.1.2.1", "II.1.2", "Củng cố trung tâm y tế huyện"),
        ("II.1.2.2", "II.1.2", "Phát triển y tế cơ sở"),
        ("II.2", None, "Phòng, chống dịch bệnh"),
    ]
    assert plan.tasks[1].description == ("Đầu tư trang thiết bị cho Bệnh viện đa khoa tỉnh.\n"
                                         "Triển khai kỹ thuật mới về tim mạch.")  # fmt: skip
    assert (
        plan.tasks[4].description == "+ Nâng cấp trạm y tế xã;\n+ Đào tạo nhân viên y tế thôn bản."
    )
    assert plan.implementation[1] == ("Các đơn vị trực thuộc báo cáo kết quả trước ngày 15 hằng "
                                      "tháng.\nBáo cáo gửi qua Văn phòng Sở.")  # fmt: skip
    bullets = [re.sub(r"^([+•]|[ab]\))\s*", "", x) for x in
               _section_lines(FIXTURES / "health_2022_plus_bullets.txt", "A. CHỈ TIÊU", "B. ")]  # fmt: skip
    assert list(_group_texts(plan).values()) == bullets


def _section_lines(path: Path, start: str, stop: str) -> list[str]:
    lines = [x.strip() for x in path.read_text(encoding="utf-8").splitlines()]
    i = next(k for k, x in enumerate(lines) if x.startswith(start))
    j = next(k for k, x in enumerate(lines) if k > i and x.startswith(stop))
    return [x for x in lines[i + 1 : j] if x]


def test_roman_subsections_in_section_two():
    outcome = parse_plan_document(FIXTURES / "labour_roman_subsections.txt", 2023)
    assert outcome.problems == []
    plan = outcome.plan
    assert [(t.code, t.parent_code) for t in plan.tasks] == [
        ("II.1", None),
        ("II.1.1", "II.1"),
        ("II.1.2", "II.1"),
        ("II.2", None),
    ]
    assert plan.tasks[3].description == "Chi trả trợ cấp kịp thời, đúng đối tượng."
    got = [(t.code, t.parent_code, t.target, t.unit, t.kind, t.direction) for t in plan.targets]
    assert got == [
        ("1", None, 800, "lao động", "cumulative", "increase"),
        ("1.1", "1", 20, "người", "cumulative", "increase"),
        ("2", None, 3.5, "%", "change", "decrease"),
        ("3", None, 4, "%", "level", "decrease"),
    ]
    assert plan.implementation == ["Các xã, thị trấn triển khai thực hiện.",
                                   "Báo cáo kết quả trước ngày 15/12/2023."]  # fmt: skip
    assert plan.organisation.signer_authority == "TRƯỞNG PHÒNG"
    assert plan.organisation.signer_name == "Lê Thị Hoa"
    assert plan.legal_bases == ["Kế hoạch số 15/KH-UBND ngày 20/01/2023 của Ủy ban nhân dân huyện "
                                "Hòa An về phát triển kinh tế - xã hội năm 2023"]  # fmt: skip


def test_sub_bullets_under_trong_do():
    text = SEED_TEXT.replace(
        "- Tạo việc làm mới cho 12.000 lao động, trong đó: lao động đi làm việc ở nước ngoài: "
        "100 người; giảm",
        "- Tạo việc làm mới cho 12.000 lao động, trong đó:\n\n+ Lao động đi làm việc ở nước "
        "ngoài: 100 người;\n\n+ Lao động nữ: 5.000 người.\n\n- Giảm",
    )
    plan = parse_plan_text(text, 2021).plan
    children = [
        (t.code, t.parent_code, t.relation, t.target) for t in plan.targets if t.parent_code == "1"
    ]
    assert children == [("1.1", "1", "of_which", 100), ("1.2", "1", "of_which", 5000)]
    assert plan.targets[3].code == "2" and plan.targets[3].target == 3.45


# --------------------------------------------------------------------------- broken


def test_no_section_one_is_reported():
    start = SEED_TEXT.index("I. CHỈ TIÊU CHỦ YẾU")
    stop = SEED_TEXT.index("II. NHIỆM VỤ")
    outcome = parse_plan_text(SEED_TEXT[:start] + SEED_TEXT[stop:], 2021)
    assert outcome.plan.targets == []
    assert any("chỉ tiêu" in p for p in outcome.problems)
    assert [t.code for t in outcome.plan.tasks] == TASK_CODES


@pytest.mark.parametrize("figure", ["1,234", "3.45"])
def test_ambiguous_figure_is_reported(figure):
    text = SEED_TEXT.replace("Tư vấn việc làm, học nghề và chính sách pháp luật lao động cho "
                             "19.000 lượt người", f"Tư vấn việc làm cho {figure} lượt người")  # fmt: skip
    outcome = parse_plan_text(text, 2021)
    assert len(outcome.problems) == 1
    problem = outcome.problems[0]
    assert problem.startswith("Mục I, gạch đầu dòng 1:") and f"'{figure}'" in problem
    target = next(t for t in outcome.plan.targets if "Tư vấn" in t.statement)
    assert target.target is None and figure in target.statement
    # The other figures are still read, and the bullet's text is not lost.
    assert len([t for t in outcome.plan.targets if t.target is not None]) == len(FIGURES) - 1
    assert _group_texts(outcome.plan)[1].count(figure) == 1


def test_unknown_section_and_stray_text_are_reported():
    text = SEED_TEXT.replace(
        "III. TỔ CHỨC THỰC HIỆN",
        "IV. ĐÁNH GIÁ TÌNH HÌNH NĂM 2020\n\nNăm 2020 tạo việc làm cho 11.500 lao động.\n\n"
        "III. TỔ CHỨC THỰC HIỆN",
    ).replace("II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN\n",
              "II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN\n\nCác nhiệm vụ chủ yếu như sau:\n")  # fmt: skip
    outcome = parse_plan_text(text, 2021)
    assert any("IV" in p and "ĐÁNH GIÁ" in p and "1 đoạn" in p for p in outcome.problems)
    assert any("Các nhiệm vụ chủ yếu" in p for p in outcome.problems)
    assert len(outcome.problems) == 2


def test_empty_and_plain_text():
    outcome = parse_plan_text("", 2024)
    assert outcome.plan.year == 2024 and outcome.plan.targets == []
    assert any("chỉ tiêu" in p for p in outcome.problems)
    outcome = parse_plan_text("Một đoạn văn bất kỳ không có cấu trúc kế hoạch.", 2024)
    assert outcome.plan.intro == ["Một đoạn văn bất kỳ không có cấu trúc kế hoạch."]
    assert len(outcome.problems) == 4


FRAGMENTS = [
    "I. CHỈ TIÊU CHỦ YẾU", "II. NHIỆM VỤ VÀ GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN",
    "IV. KHÁC", "- Tạo việc làm mới cho 12.000 lao động, trong đó:", "+ nữ: 02 người;",
    "- Giảm tỷ lệ hộ nghèo 4,0% với 5.160 hộ.", "1. Nhiệm vụ", "3.1. Lĩnh vực", "a) Việc",
    "Nơi nhận:", "- Lưu: VT, VP.", "GIÁM ĐỐC", "Nguyễn Văn A", "Số: 05/BC-SLĐTBXH",
    "V/v kế hoạch", "Cao Bằng, ngày 05 tháng 01 năm 2021", "Kính gửi:", "KẾ HOẠCH",
    "Trên đây là kế hoạch./.", "cụ thể: 1,234 người; 3.45%", "trong đó: : : {value} 0",
    "", "**", "1.", "a)", "- ", "Căn cứ Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ;",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text):
    outcome = parse_plan_text(text, 2021)
    assert isinstance(outcome, ParseOutcome)
    assert not any("Lỗi khi đọc văn bản" in p for p in outcome.problems), outcome.problems


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=30))
def test_never_raises_on_plan_like_text(lines):
    outcome = parse_plan_text("\n".join(lines), 2021)
    assert isinstance(outcome, ParseOutcome)
    assert not any("Lỗi khi đọc văn bản" in p for p in outcome.problems), outcome.problems
    for target in outcome.plan.targets:
        assert target.code and target.statement
