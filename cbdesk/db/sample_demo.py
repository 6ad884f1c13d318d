"""The sample plan's demonstration data (SPEC §2 allows it, labelled as such):
unit assignments, deadlines and outputs of the tasks, allocations by area,
results for the first half of 2021 and dated progress updates. None of it is
in the department's document."""

from __future__ import annotations

from datetime import date

from cbdesk.core.plandata import (
    ProgressUpdateData,
    ResultData,
    TargetData,
    TaskData,
)
from cbdesk.db import sample_text
from cbdesk.db.sample import _DISTRICTS, DEMO_SOURCE

# Demonstration assignments: the document names no units or deadlines.
# code -> (lead unit, coordinating units, deadline, expected output)
_ASSIGN = {
    "II.1": (
        "LDVL",
        ["TTDVVL", "CAT", "UBNDH"],
        "ongoing",
        "Báo cáo kết quả thực hiện Nghị quyết số 42/NQ-CP và 154/NQ-CP",
    ),
    "II.2": ("GDNN", ["TTDVVL", "UBNDH"], "ongoing", "Báo cáo công tác giáo dục nghề nghiệp"),
    "II.3": ("VP", ["UBNDH"], "ongoing", ""),
    "II.3.1": (
        "LDVL",
        ["TTDVVL", "KHTC"],
        "2021-12-31",
        "Báo cáo thông tin thị trường lao động năm 2021",
    ),
    "II.3.2": (
        "BTXH",
        ["UBNDH", "SKHDT"],
        "2021-Q4",
        "Kết quả tổng điều tra hộ nghèo, hộ cận nghèo giai đoạn 2021-2025",
    ),
    "II.3.3": ("NCC", ["UBNDH"], "ongoing", "Báo cáo thực hiện chính sách người có công"),
    "II.3.4": ("BTXH", ["UBNDH"], "ongoing", "Báo cáo công tác bảo trợ xã hội"),
    "II.3.5": ("TEBDG", ["UBNDH"], "2021-Q3", "Quyết định kiện toàn Ban bảo vệ trẻ em các cấp"),
    "II.3.6": (
        "TEBDG",
        ["KHTC"],
        "2021-06-30",
        "Kế hoạch thực hiện công tác bình đẳng giới năm 2021",
    ),
    "II.3.7": (
        "PCTNXH",
        ["CAT", "UBNDH"],
        "ongoing",
        "Báo cáo công tác phòng, chống tệ nạn xã hội",
    ),
}


def demo_tasks() -> list[TaskData]:
    tasks = []
    for code, title, description in sample_text.TASKS:
        lead, coord, deadline, output = _ASSIGN[code]
        parent = code.rsplit(".", 1)[0] if code.count(".") == 2 else None
        tasks.append(
            TaskData(
                code=code,
                title=title,
                description=description,
                parent_code=parent,
                lead_unit=lead,
                coordinating_units=coord,
                deadline=deadline,
                expected_output=output,
            )
        )
    return tasks


def _spread(total: int, weights: list[float]) -> list[int]:
    """Split an integer total by weights, the rounding remainder on the largest."""
    parts = [int(total * w) for w in weights]
    parts[weights.index(max(weights))] += total - sum(parts)
    return parts


# Month weights for Jan–Jun: hiring picks up after Tết (February).
_MONTHS = [0.15, 0.10, 0.17, 0.18, 0.19, 0.21]


def demo_results() -> list[ResultData]:
    """Demonstration figures for the first half of 2021 (SPEC §2 allows them,
    labelled as such): 6.120 of 12.000 new jobs by 2021-H1, the worked example
    of SPEC §3.5."""
    results: list[ResultData] = []
    area_weights = [w for _, _, w in _DISTRICTS]
    by_area = {  # target code -> H1 total spread over areas and months
        "1": 6120,
        "1.1": 38,
        "3": 9870,
        "7.1": 180,
        "7.2": 2300,
        "11": 62,
    }
    for code, total in by_area.items():
        for (area, _, _), area_total in zip(_DISTRICTS, _spread(total, area_weights), strict=True):
            for month, value in enumerate(_spread(area_total, _MONTHS), start=1):
                results.append(
                    ResultData(code, f"2021-M{month:02d}", area, float(value), source=DEMO_SOURCE)
                )
    province_levels = {  # target code -> (Q1, Q2) for the whole province
        "2": (3.61, 3.52),
        "4": (100.0, 100.0),
        "5": (19.6, 18.9),
        "8": (33.5, 33.8),
        "9": (100.0, 100.0),
        "10": (98.1, 98.5),
    }
    for code, (q1, q2) in province_levels.items():
        results.append(ResultData(code, "2021-Q1", None, q1, source=DEMO_SOURCE))
        results.append(ResultData(code, "2021-Q2", None, q2, source=DEMO_SOURCE))
    results.append(ResultData("13", "2021-Q2", "051", 1.0, source=DEMO_SOURCE))
    return results


def demo_allocations(targets: list[TargetData]) -> None:
    weights = [w for _, _, w in _DISTRICTS]
    for t in targets:
        if t.code in ("1", "3", "7", "11"):
            t.allocations = {
                code: float(v)
                for (code, _, _), v in zip(_DISTRICTS, _spread(int(t.target), weights), strict=True)
            }


def demo_updates() -> list[ProgressUpdateData]:
    return [
        ProgressUpdateData(
            "II.3.1", date(2021, 3, 31), 25, "Đã thu thập thông tin thị trường lao động quý I."
        ),
        ProgressUpdateData(
            "II.3.1",
            date(2021, 6, 30),
            50,
            "Tổ chức 12 phiên giao dịch việc làm; cập nhật 2 trang website.",
        ),
        ProgressUpdateData(
            "II.3.2",
            date(2021, 6, 15),
            20,
            "Ban hành kế hoạch tổng điều tra hộ nghèo, hộ cận nghèo.",
        ),
        ProgressUpdateData(
            "II.3.6",
            date(2021, 6, 25),
            100,
            "Đã ban hành Kế hoạch thực hiện công tác bình đẳng giới năm 2021.",
            done=True,
        ),
        ProgressUpdateData(
            "II.3.5",
            date(2021, 5, 20),
            40,
            "Kiện toàn Ban bảo vệ trẻ em cấp tỉnh; đang kiện toàn cấp huyện.",
        ),
        ProgressUpdateData(
            "II.1",
            date(2021, 6, 30),
            50,
            "Tuyên truyền ngăn chặn xuất cảnh trái phép tại các huyện biên giới.",
        ),
    ]
