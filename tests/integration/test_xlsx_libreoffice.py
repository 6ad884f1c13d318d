"""A real office suite reads what we write: LibreOffice opens the exported
workbook and a district form, and their text and numbers come through."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from helpers import require_tool

sys.path.insert(0, str(Path(__file__).parent))

from xlsx_support import cli  # noqa: E402

# Every sheet to its own UTF-8 CSV (DESIGN.md: without the UTF-8 options
# LibreOffice writes a legacy charset); raw values, not as shown.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def _convert(files: list[Path], tmp_path: Path) -> dict[str, list[list[str]]]:
    soffice = require_tool("soffice")
    out = tmp_path / "csv"
    out.mkdir()
    profile = (tmp_path / "lo-profile").as_uri()
    r = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", CSV_FILTER, "--outdir", str(out), *map(str, files)],
                       capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    sheets = {}
    for p in out.glob("*.csv"):
        with open(p, encoding="utf-8", newline="") as f:
            sheets[p.stem] = list(csv.reader(f))
    return sheets


def test_libreoffice_reads_the_export_and_a_form(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    export = tmp_path / "kehoach.xlsx"
    assert cli("export", "--plan", "2021", "-o", str(export), "--db", db)[0] == 0
    form = tmp_path / "bieumau.xlsx"
    assert cli("form", "--plan", "2021", "--period", "2021-Q3", "--area", "051", "-o",
               str(form), "--db", db)[0] == 0
    sheets = _convert([export, form], tmp_path)
    targets = sheets["kehoach-Chỉ tiêu"]
    assert targets[0][:4] == ["Mã", "Mã cha", "Quan hệ", "Tên chỉ tiêu"]
    by_code = {row[0]: row for row in targets[1:]}
    assert by_code["1"][3] == "Tạo việc làm mới"
    assert by_code["2"][3] == "Tỷ lệ thất nghiệp ở khu vực thành thị"
    assert by_code["1"][5] == "Cộng dồn" and by_code["2"][6] == "Giảm"
    assert float(by_code["1"][7]) == 12000 and float(by_code["2"][7]) == 3.45
    info = {row[0]: row[1] for row in sheets["kehoach-Thông tin"][1:]}
    assert info["Năm"] == "2021" and info["Cơ quan ban hành"].startswith("SỞ LAO ĐỘNG")
    results = sheets["kehoach-Kết quả"]
    assert results[0][:5] == ["Mã chỉ tiêu", "Kỳ", "Mã địa bàn", "Giá trị", "Ghi chú"]
    assert len(results) == 1 + 373
    assert ["1", "2021-M01", "040", "147"] == results[1][:4]
    assert any(r[:4] == ["2", "2021-Q1", "", "3.61"] for r in results)
    form_rows = sheets["bieumau-Biểu mẫu"]
    text = "\n".join(",".join(r) for r in form_rows)
    assert "Hòa An" in text and "Quý III/2021" in text
    row = next(r for r in form_rows if r and r[0] == "1")
    assert row[1] == "Tạo việc làm mới" and float(row[3]) == 1200
