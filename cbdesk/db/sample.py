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
    TargetData,
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


def sample_plan() -> PlanData:
    from cbdesk.db.sample_demo import (
        demo_allocations,
        demo_results,
        demo_tasks,
        demo_updates,
    )

    """The complete 2021 sample plan, with its demonstration figures."""
    targets = [TargetData(**vars(t)) for t in TARGETS]  # fresh copies
    demo_allocations(targets)
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
        tasks=demo_tasks(),
        results=demo_results(),
        updates=demo_updates(),
    )
