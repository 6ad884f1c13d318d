"""`cbdesk report` as a user runs it (SPEC §3.1, §3.4): the sample plan's
reports read back with pdfplumber and poppler, fonts embedded, page numbers,
landscape annex, Word output, and bad input ending in one line with no file
left behind. The report path loads neither Qt, openpyxl nor Alembic."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from helpers import ROOT, run_cli

sys.path.insert(0, str(Path(__file__).parent))

from pdfcheck import (  # noqa: E402
    A4_W,
    MM,
    open_pdf,
    page_size,
    page_texts,
    pdffonts,
    pdftotext,
    words,
)


def flat(text: str) -> str:
    return " ".join(text.split())


def report(db: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return run_cli("report", "--db", str(db), "--plan", "2021", "-o", str(out), *extra)


@pytest.fixture
def progress_pdf(demo_sqlite, tmp_path) -> bytes:
    out = tmp_path / "bc.pdf"
    r = report(demo_sqlite, out, "--period", "2021-H1", "--number", "5",
               "--date", "2021-07-05")
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    return out.read_bytes()


def test_progress_report_text(progress_pdf):
    with open_pdf(progress_pdf) as pdf:
        plumber = flat("\n".join(page_texts(pdf)))
    poppler = flat(pdftotext(progress_pdf, layout=False))
    for text in (plumber, poppler):
        assert unicodedata.is_normalized("NFC", text)
        for needle in ("Tạo việc làm mới", "6.120", "51,0%", "đúng tiến độ", "Đúng tiến độ",
                       "Số: 05/BC-SLĐTBXH", "Cao Bằng, ngày 05 tháng 7 năm 2021",
                       "BÁO CÁO", "Phụ lục I", "Hoàng Thị Mỹ Hảo"):
            assert needle in text, needle


def test_unnumbered_report_and_a_february_date(demo_sqlite, tmp_path):
    out = tmp_path / "bc.pdf"
    r = report(demo_sqlite, out, "--period", "2021-M01", "--date", "2021-02-05")
    assert r.returncode == 0, r.stderr
    text = flat(pdftotext(out.read_bytes(), layout=False))
    assert "Cao Bằng, ngày 05 tháng 02 năm 2021" in text
    assert "Số: /BC-SLĐTBXH" in text  # unnumbered: a blank to fill in by hand


def test_every_font_embedded(progress_pdf):
    fonts = pdffonts(progress_pdf)
    assert fonts
    assert all(f.embedded for f in fonts), fonts
    assert all(f.unicode for f in fonts), fonts


def test_page_numbers_and_landscape_annex(progress_pdf):
    with open_pdf(progress_pdf) as pdf:
        assert len(pdf.pages) >= 3
        first = [w for w in words(pdf, 0) if w.top < 20 * MM]
        assert not any(w.text.isdigit() for w in first), "no number on page 1"
        top = [w for w in words(pdf, 1) if w.top < 20 * MM]
        assert [w.text for w in top] == ["2"]
        assert abs(top[0].cx - A4_W / 2) < 2
        last = len(pdf.pages) - 1
        w, h = page_size(pdf, last)
        assert w > h
        assert "Phụ lục I" in pdf.pages[last].extract_text()
        # The annex numbers its pages on its own: its first page has none.
        assert not any(x.text.isdigit() and x.top < 20 * MM for x in words(pdf, last))


def test_plan_and_assignments(demo_sqlite, tmp_path):
    plan = tmp_path / "kh.pdf"
    r = report(demo_sqlite, plan, "--kind", "plan")
    assert r.returncode == 0, r.stderr
    text = flat(pdftotext(plan.read_bytes(), layout=False))
    assert "I. CHỈ TIÊU CHỦ YẾU" in text and "Tạo việc làm mới cho 12.000 lao động" in text
    assert "Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Cao Bằng" in text
    tasks = tmp_path / "pc.pdf"
    r = report(demo_sqlite, tasks, "--kind", "assignments", "--number", "7")
    assert r.returncode == 0, r.stderr
    with open_pdf(tasks.read_bytes()) as pdf:
        text = flat("\n".join(page_texts(pdf)))
        assert any(page_size(pdf, i)[0] > page_size(pdf, i)[1] for i in range(len(pdf.pages)))
    assert "Số: 07/BC-SLĐTBXH" in text and "Đơn vị chủ trì" in text and "Sản phẩm" in text


def test_word_output(demo_sqlite, tmp_path):
    out = tmp_path / "bc.docx"
    r = report(demo_sqlite, out, "--period", "2021-H1", "--number", "5")
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "Tạo việc làm mới" in xml and "05/BC-SLĐTBXH" in xml


def test_number_and_cutoff_messages_say_what_is_wrong(demo_sqlite, tmp_path):
    out = tmp_path / "x.pdf"
    r = report(demo_sqlite, out, "--period", "2021-H1", "--number", "abc")
    assert r.returncode == 1 and "Số văn bản 'abc' không hợp lệ" in r.stderr
    r = report(demo_sqlite, out, "--period", "2021-9M", "--date", "2021-07-20")
    assert r.returncode == 1 and "14/09/2021" in r.stderr and "20/07/2021" in r.stderr
    # The cut-off day itself is accepted; the figures run to it.
    r = report(demo_sqlite, out, "--period", "2021-9M", "--number", "12",
               "--date", "2021-09-14")
    assert r.returncode == 0, r.stderr
    text = flat(pdftotext(out.read_bytes(), layout=False))
    assert "Số: 12/BC-SLĐTBXH" in text and "tính đến ngày 14/09/2021" in text
    assert "30/09/2021" not in text.split("tính đến ngày")[1][:30]


def _no_leftovers(folder: Path) -> None:
    assert not [p for p in folder.iterdir() if p.name.startswith(".cbdesk-")]


@pytest.mark.parametrize("args,where", [
    (("--period", "2021-Q5"), "x.pdf"),
    (("--period", "nửa năm"), "x.pdf"),
    (("--period", "2022-H1"), "x.pdf"),
    (("--period", "2021-H1", "--date", "2021-02-30"), "x.pdf"),
    (("--period", "2021-H1", "--kind", "summary"), "x.pdf"),
    (("--period", "2021-H1"), "missing/x.pdf"),
    (("--period", "2021-H1", "--number", "abc"), "x.pdf"),
    (("--period", "2021-H1", "--number", "0"), "x.pdf"),
    (("--period", "2021-H1", "--number", "-3"), "x.pdf"),
    (("--period", "2021-H1", "--number", "2,5"), "x.pdf"),
    # H1's figures run to 14/06/2021 (cut-off day 14): earlier dates refused.
    (("--period", "2021-H1", "--date", "2021-01-05"), "x.pdf"),
    (("--period", "2021-H1", "--date", "2021-06-13"), "x.pdf"),
    (("--period", "2021-9M", "--date", "2021-07-20"), "x.pdf"),
])
def test_bad_input_one_line_no_file(demo_sqlite, tmp_path, args, where):
    out = tmp_path / where
    r = report(demo_sqlite, out, *args)
    assert r.returncode == 1
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert not out.exists()
    _no_leftovers(tmp_path)


def test_unknown_plan(demo_sqlite, tmp_path):
    out = tmp_path / "x.pdf"
    r = run_cli("report", "--db", str(demo_sqlite), "--plan", "2030", "-o", str(out))
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    assert "2030" in r.stderr and not out.exists()


def test_output_is_a_folder(demo_sqlite, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    r = report(demo_sqlite, folder)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux's /proc")
def test_a_folder_nobody_may_write_to(demo_sqlite):
    # /proc refuses new files even to root (CI runs as root, where chmod
    # does not stop anyone).
    r = report(demo_sqlite, "/proc/cbdesk-report.pdf")
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr
    assert not os.path.exists("/proc/cbdesk-report.pdf")


def test_report_path_loads_no_qt_openpyxl_or_alembic(demo_sqlite, tmp_path):
    out = tmp_path / "bc.pdf"
    code = (
        "import sys\n"
        "from cbdesk.cli import run_cli\n"
        f"rc = run_cli(['report', '--db', {str(demo_sqlite)!r}, '--plan', '2021', "
        f"'--period', '2021-H1', '-o', {str(out)!r}])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'PySide6', 'shiboken6', 'openpyxl', 'alembic'})\n"
        "print(rc, heavy)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "0 []"
    assert out.read_bytes().startswith(b"%PDF-")


def test_free_text_sections_come_from_files(demo_sqlite, tmp_path):
    hard = tmp_path / "kho_khan.txt"
    hard.write_text("Nguồn kinh phí còn hạn chế.\n\nThiếu cán bộ chuyên trách.", encoding="utf-8")
    out = tmp_path / "bc.pdf"
    r = report(demo_sqlite, out, "--period", "2021-H1", "--section", f"difficulties={hard}")
    assert r.returncode == 0, r.stderr
    text = flat(pdftotext(out.read_bytes(), layout=False))
    assert "Nguồn kinh phí còn hạn chế." in text and "Thiếu cán bộ chuyên trách." in text
    # What nobody wrote is a dotted blank, never boilerplate.
    assert "Không có kiến nghị" not in text and "Không có khó khăn" not in text
    assert "." * 60 in text.split("V. KIẾN NGHỊ, ĐỀ XUẤT")[1]
    for bad in ("kho_khan=" + str(hard), f"difficulties={tmp_path / 'missing.txt'}"):
        r = report(demo_sqlite, tmp_path / "x.pdf", "--period", "2021-H1", "--section", bad)
        assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
        assert not (tmp_path / "x.pdf").exists()
