"""The sample plan (SPEC §2): the Cao Bằng department's proposal for the 2021
action plan, transcribed from its document (resources/samples/seed_2021.txt).

Everything in section I, II and III, the header, legal bases, recipients and
signer come from the document. The document assigns no units, deadlines or
outputs and has no progress figures: those are demonstration data, said so in
the plan's note and in every result's source.
"""

from __future__ import annotations

from datetime import date

from cbdesk.core.plandata import (
    AreaData,
    OrganisationData,
    PlanData,
    ProgressUpdateData,
    ResultData,
    TargetData,
    TaskData,
    UnitData,
)
from cbdesk.db import sample_text

DEMO_SOURCE = "Số liệu minh họa"

ORGANISATION = OrganisationData(
    parent_agency="UBND TỈNH CAO BẰNG",
    name="SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    symbol="SLĐTBXH",
    place="Cao Bằng",
    signer_authority="GIÁM ĐỐC",
    signer_title="",
    signer_name="Hoàng Thị Mỹ Hảo",
    archive_unit="VP",
    recipients=["UBND tỉnh", "Sở Kế hoạch - Đầu tư", "Lãnh đạo Sở", "Các phòng CM"],
)

UNITS = [
    UnitData("VP", "Văn phòng Sở"),
    UnitData("LDVL", "Phòng Lao động - Việc làm"),
    UnitData("GDNN", "Phòng Giáo dục nghề nghiệp"),
    UnitData("NCC", "Phòng Người có công"),
    UnitData("BTXH", "Phòng Bảo trợ xã hội - Giảm nghèo"),
    UnitData("TEBDG", "Phòng Trẻ em - Bình đẳng giới"),
    UnitData("PCTNXH", "Phòng Phòng, chống tệ nạn xã hội"),
    UnitData("KHTC", "Phòng Kế hoạch - Tài chính"),
    UnitData("TTDVVL", "Trung tâm Dịch vụ việc làm"),
    UnitData("SKHDT", "Sở Kế hoạch và Đầu tư", "external"),
    UnitData("CAT", "Công an tỉnh", "external"),
    UnitData("UBNDH", "UBND các huyện, thành phố", "external"),
]

_UNTIL = date(2025, 6, 30)  # the district level was abolished on 1 July 2025
# (code, name, share of the province used for the demonstration figures)
_DISTRICTS = [
    ("040", "Thành phố Cao Bằng", 0.16),
    ("042", "Bảo Lâm", 0.11),
    ("043", "Bảo Lạc", 0.09),
    ("045", "Hà Quảng", 0.11),
    ("047", "Trùng Khánh", 0.11),
    ("048", "Hạ Lang", 0.06),
    ("049", "Quảng Hòa", 0.11),
    ("051", "Hòa An", 0.10),
    ("052", "Nguyên Bình", 0.08),
    ("053", "Thạch An", 0.07),
]
AREAS = [AreaData("04", "Tỉnh Cao Bằng", "province")] + [
    AreaData(code, name, "district", "04", None, _UNTIL) for code, name, _ in _DISTRICTS
]


def _t(code, name, unit, kind, direction, target, statement, group, **kw) -> TargetData:
    return TargetData(
        code=code,
        name=name,
        unit=unit,
        kind=kind,
        direction=direction,
        target=target,
        statement=statement,
        group=group,
        **kw,
    )


TARGETS = [
    # Bullet 1: jobs, unemployment, counselling, labour-market information
    _t(
        "1",
        "Tạo việc làm mới",
        "người",
        "cumulative",
        "increase",
        12000,
        "Tạo việc làm mới cho {value} lao động, ",
        1,
        lead_unit="LDVL",
    ),
    _t(
        "1.1",
        "Lao động đi làm việc ở nước ngoài",
        "người",
        "cumulative",
        "increase",
        100,
        "trong đó: lao động đi làm việc ở nước ngoài: {value} người; ",
        1,
        parent_code="1",
        relation="of_which",
        lead_unit="LDVL",
    ),
    _t(
        "2",
        "Tỷ lệ thất nghiệp ở khu vực thành thị",
        "%",
        "level",
        "decrease",
        3.45,
        "giảm tỷ lệ thất nghiệp ở khu vực thành thị xuống {value}%. ",
        1,
        decimals=2,
        lead_unit="LDVL",
    ),
    _t(
        "3",
        "Tư vấn việc làm, học nghề và chính sách pháp luật lao động",
        "lượt người",
        "cumulative",
        "increase",
        19000,
        "Tư vấn việc làm, học nghề và chính sách pháp luật lao động cho {value} lượt người. ",
        1,
        lead_unit="TTDVVL",
    ),
    _t(
        "4",
        "Tỷ lệ đơn vị, doanh nghiệp có nhu cầu được cung ứng thông tin thị trường lao động",
        "%",
        "level",
        "maintain",
        100,
        "Đảm bảo {value}% đơn vị, doanh nghiệp có nhu cầu nắm bắt thông tin thị trường lao động "
        "của tỉnh Cao Bằng qua Trung tâm Dịch vụ việc làm đều được cung ứng thông tin thị trường "
        "lao động.",
        1,
        lead_unit="TTDVVL",
    ),
    # Bullet 2: poverty
    _t(
        "5",
        "Giảm tỷ lệ hộ nghèo",
        "%",
        "change",
        "decrease",
        4.0,
        "Giảm tỷ lệ hộ nghèo {value}% ",
        2,
        decimals=1,
        baseline=20.5,
        lead_unit="BTXH",
    ),
    _t(
        "6",
        "Số hộ thoát nghèo",
        "hộ",
        "cumulative",
        "increase",
        5160,
        "với {value} hộ thoát nghèo theo chuẩn nghèo đa chiều giai đoạn 2016-2020.",
        2,
        lead_unit="BTXH",
    ),
    # Bullet 3: vocational training
    _t(
        "7",
        "Tuyển mới đào tạo nghề",
        "người",
        "cumulative",
        "increase",
        5500,
        "Tuyển mới đào tạo nghề: {value} người, ",
        3,
        lead_unit="GDNN",
    ),
    _t(
        "7.1",
        "Trình độ trung cấp",
        "người",
        "cumulative",
        "increase",
        450,
        "cụ thể: trình độ trung cấp: {value} người; ",
        3,
        parent_code="7",
        relation="breakdown",
        lead_unit="GDNN",
    ),
    _t(
        "7.2",
        "Sơ cấp và thường xuyên",
        "người",
        "cumulative",
        "increase",
        5050,
        "sơ cấp và thường xuyên: {value} người. ",
        3,
        parent_code="7",
        relation="breakdown",
        lead_unit="GDNN",
    ),
    _t(
        "8",
        "Tỷ lệ lao động qua đào tạo nghề",
        "%",
        "level",
        "increase",
        34.4,
        "Tỷ lệ lao động qua đào tạo nghề lên {value}%.",
        3,
        decimals=1,
        lead_unit="GDNN",
    ),
    # Bullet 4: people with meritorious services
    _t(
        "9",
        "Tỷ lệ xã, phường, thị trấn làm tốt công tác thương binh, liệt sĩ và người có công",
        "%",
        "level",
        "maintain",
        100,
        "Duy trì {value}% xã, phường, thị trấn làm tốt công tác thương binh, liệt sĩ và người "
        "có công. ",
        4,
        lead_unit="NCC",
    ),
    _t(
        "10",
        "Tỷ lệ gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình "
        "của nhân dân địa phương",
        "%",
        "level",
        "increase",
        100,
        "Phân đầu {value}% gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung "
        "bình của nhân dân địa phương nơi cư trú.",
        4,
        lead_unit="NCC",
    ),
    # Bullet 5: social evils
    _t(
        "11",
        "Số người nghiện ma túy được cai nghiện mới",
        "người",
        "cumulative",
        "increase",
        150,
        "Số người nghiện ma túy được cai nghiện mới {value} người; ",
        5,
        lead_unit="PCTNXH",
    ),
    _t(
        "12",
        "Số xã, phường, thị trấn xây dựng mới không có tệ nạn mại dâm",
        "xã",
        "cumulative",
        "increase",
        2,
        "xây dựng mới {value2} xã, phường, thị trấn không có tệ nạn mại dâm.",
        5,
        lead_unit="PCTNXH",
    ),
    # Bullet 6: children
    _t(
        "13",
        "Số xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em",
        "xã",
        "cumulative",
        "increase",
        2,
        "Phân đầu xây dựng {value2} xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em; ",
        6,
        lead_unit="TEBDG",
    ),
    _t(
        "14",
        "Giảm dần số trẻ em có hoàn cảnh đặc biệt",
        "",
        "qualitative",
        "decrease",
        None,
        "giảm dần số trẻ em có hoàn cảnh đặc biệt.",
        6,
        lead_unit="TEBDG",
    ),
]

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


def _tasks() -> list[TaskData]:
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


def _demo_results() -> list[ResultData]:
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


def _allocations(targets: list[TargetData]) -> None:
    weights = [w for _, _, w in _DISTRICTS]
    for t in targets:
        if t.code in ("1", "3", "7", "11"):
            t.allocations = {
                code: float(v)
                for (code, _, _), v in zip(_DISTRICTS, _spread(int(t.target), weights), strict=True)
            }


def _demo_updates() -> list[ProgressUpdateData]:
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


def sample_plan() -> PlanData:
    """The complete 2021 sample plan, with its demonstration figures."""
    targets = [TargetData(**vars(t)) for t in TARGETS]  # fresh copies
    _allocations(targets)
    return PlanData(
        year=2021,
        title="Kế hoạch hành động thực hiện Nghị quyết số 01/NQ-CP năm 2021",
        doc_number="",
        doc_date=None,
        abstract="Đề xuất nội dung xây dựng dự thảo Kế hoạch hành động của Ủy ban nhân dân "
        "tỉnh Cao Bằng thực hiện Nghị quyết số 01/NQ-CP",
        addressee="Sở Kế hoạch và Đầu tư tỉnh Cao Bằng",
        status="issued",
        intro=list(sample_text.INTRO),
        legal_bases=[
            "Công văn số 3307/UBND-TH ngày 30/12/2020 của Ủy ban nhân dân tỉnh Cao Bằng về việc "
            "xây dựng dự thảo Kế hoạch hành động thực hiện Nghị quyết số 01/NQ-CP và Nghị quyết "
            "số 02/NQ-CP của Chính phủ",
            "Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ về nhiệm vụ, giải pháp chủ yếu "
            "thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2021",
            "Nghị quyết số 51/2020/NQ-HĐND ngày 16/12/2020 của Hội đồng nhân dân tỉnh Cao Bằng "
            "về Kế hoạch phát triển kinh tế - xã hội năm 2021",
        ],
        implementation=list(sample_text.IMPLEMENTATION),
        closing=sample_text.CLOSING,
        recipients=list(ORGANISATION.recipients),
        note="Kết quả thực hiện, tiến độ nhiệm vụ, phân công đơn vị, thời hạn, sản phẩm, phân bổ "
        "theo địa bàn và giá trị cơ sở của chỉ tiêu 5 là số liệu minh họa; các nội dung còn lại "
        "theo văn bản đề xuất của Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng.",
        organisation=OrganisationData(**vars(ORGANISATION)),
        units=list(UNITS),
        areas=list(AREAS),
        targets=targets,
        tasks=_tasks(),
        results=_demo_results(),
        updates=_demo_updates(),
    )
