"""Render a sample Báo cáo to PDF to look at the layout.

    python scripts/render_sample_pdf.py [out.pdf] [--rows N] [--font auto|times|bundled]

Prints the render time. The document is made up but shaped like a real report
of the Sở Lao động - Thương binh và Xã hội, Cao Bằng.
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from pathlib import Path

from cbdesk.reports.document import (
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
from cbdesk.reports.pdf import render_pdf

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


def sample_document(rows: int = 200, annex_rows: int = 30) -> Document:
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731 - typed with a decomposing IME
    target_rows = [
        [
            str(i),
            f"Chỉ tiêu {i:03d}: số lao động được tạo việc làm mới tại {DISTRICTS[i % 10]}"
            + (" (bao gồm lao động đi làm việc ở nước ngoài theo hợp đồng)" if i % 7 == 0 else ""),
            "người",
            f"{12_000 + i * 10:,}".replace(",", "."),
            f"{6_120 + i * 5:,}".replace(",", "."),
            f"{(6_120 + i * 5) / (12_000 + i * 10) * 100:.1f}%".replace(".", ","),
        ]
        for i in range(1, rows + 1)
    ]
    cols = [
        Column("STT", 0.5, "center"),
        Column("Tên chỉ tiêu", 4.0),
        Column("Đơn vị tính", 1.0, "center"),
        Column("Kế hoạch năm 2021", 1.2, "right"),
        Column("Thực hiện 6 tháng", 1.2, "right"),
        Column("Tỷ lệ so với kế hoạch", 1.2, "right"),
    ]
    annex_cols = [Column("STT", 0.5, "center"), Column("Địa bàn", 2.0)] + [
        Column(f"Chỉ tiêu {k}", 1.0, "right") for k in range(1, 9)
    ]
    annex_table = [
        [str(i), DISTRICTS[(i - 1) % 10]]
        + [f"{(i * k * 37) % 5000:,}".replace(",", ".") for k in range(1, 9)]
        for i in range(1, annex_rows + 1)
    ]
    return Document(
        header=Header(
            parent_agency="UBND TỈNH CAO BẰNG",
            agency="SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
            number_line="Số: 05/BC-SLĐTBXH",
            place_date=nfd("Cao Bằng, ngày 05 tháng 01 năm 2021"),
        ),
        type_name="BÁO CÁO",
        abstract="Kết quả thực hiện Kế hoạch hành động năm 2021 về lao động, việc làm và giảm nghèo bền vững 6 tháng đầu năm",
        addressee="Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng",
        blocks=[
            Paragraph.of(
                "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
                italic=True,
            ),
            Paragraph.of(
                nfd(
                    "Thực hiện Kế hoạch số 12/KH-UBND ngày 15 tháng 01 năm 2021 của Ủy ban nhân dân tỉnh, "
                    "Sở Lao động - Thương binh và Xã hội báo cáo kết quả thực hiện 6 tháng đầu năm 2021 như sau:"
                )
            ),
            Heading("I. KẾT QUẢ THỰC HIỆN", 1),
            Heading("1. Lĩnh vực lao động, việc làm", 2),
            Paragraph(
                [
                    Run("Trong 6 tháng đầu năm, toàn tỉnh đã giải quyết việc làm cho "),
                    Run("6.120 lao động", bold=True),
                    Run(", đạt 51,0% kế hoạch năm; tỷ lệ thất nghiệp khu vực thành thị ước "),
                    Run("3,45%", italic=True),
                    Run(
                        ". Công tác tư vấn, giới thiệu việc làm được duy trì thường xuyên tại các "
                        "huyện, thành phố; phiên giao dịch việc làm lưu động được tổ chức ở Hà Quảng, "
                        "Trùng Khánh, Quảng Hòa và Nguyên Bình."
                    ),
                ]
            ),
            Heading("1.1. Kết quả các chỉ tiêu", 3),
            Table(
                cols,
                target_rows,
                emphasis={0},
                caption="Bảng 1. Kết quả thực hiện các chỉ tiêu",
                unit_note="Đơn vị tính: người",
            ),
            Heading("II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM", 1),
            Paragraph.of(
                nfd(
                    "Tiếp tục đẩy mạnh tuyên truyền, tư vấn nghề nghiệp và việc làm cho thanh niên, "
                    "người lao động nông thôn; phối hợp với các doanh nghiệp trong và ngoài tỉnh tổ chức "
                    "tuyển dụng; rà soát, hỗ trợ hộ nghèo, hộ cận nghèo thoát nghèo bền vững."
                )
            ),
            Paragraph.of("Sở Lao động - Thương binh và Xã hội trân trọng báo cáo./."),
        ],
        recipients=[
            "Ủy ban nhân dân tỉnh (để b/c)",
            "Bộ Lao động - Thương binh và Xã hội (để b/c)",
        ],
        archive="Lưu: VT, VP",
        signature=Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nông Văn Hùng"),
        annexes=[
            Annex(
                "Phụ lục I",
                "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THEO ĐỊA BÀN",
                "(Kèm theo Báo cáo số 05/BC-SLĐTBXH ngày 05/01/2021 của Sở Lao động - Thương binh và Xã hội)",
                [Table(annex_cols, annex_table, font_size=12)],
                landscape=True,
            )
        ],
        title_meta="Báo cáo kết quả thực hiện Kế hoạch hành động năm 2021",
        author="Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng",
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default="/tmp/cbdesk-sample.pdf")
    ap.add_argument("--rows", type=int, default=200)
    ap.add_argument("--font", default="auto", choices=("auto", "times", "bundled"))
    args = ap.parse_args()
    doc = sample_document(args.rows)
    render_pdf(doc, args.font)  # first call registers fonts
    t0 = time.perf_counter()
    data = render_pdf(doc, args.font)
    dt = time.perf_counter() - t0
    Path(args.out).write_bytes(data)
    print(f"{args.out}: {len(data):,} bytes, {args.rows} rows, rendered in {dt * 1000:.0f} ms")


if __name__ == "__main__":
    main()
