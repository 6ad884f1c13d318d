"""The demonstration database's five-year programme: 2021–2025, holding the
2021 sample plan. Its targets and figures are invented for the demonstration
(labelled so, like the sample's other invented figures); the department's
document has none of them."""

from __future__ import annotations

from cbdesk.db.engine import Database
from cbdesk.services.actors import Actor, system_actor
from cbdesk.services.programmes.data import ProgrammeData, ProgrammeTargetData

CODE = "2021-2025"
NOTE = ("Số liệu minh họa: giai đoạn và các chỉ tiêu giai đoạn được đặt ra để trình diễn, "
        "không có trong văn bản của Sở.")

# programme target code → the 2021 sample plan's target that carries it
LINKS_2021 = {"1": "GD.1", "7": "GD.2", "8": "GD.3", "2": "GD.4", "5": "GD.5"}


def demo_programme() -> ProgrammeData:
    return ProgrammeData(CODE, "Kế hoạch 5 năm 2021-2025 về lao động, người có công và xã hội "
                         "(minh họa)", NOTE, [
        ProgrammeTargetData("GD.1", "Giải quyết việc làm mới", "người", "cumulative",
                            "increase", 60000),
        ProgrammeTargetData("GD.2", "Tuyển mới đào tạo nghề", "người", "cumulative",
                            "increase", 27500),
        ProgrammeTargetData("GD.3", "Tỷ lệ lao động qua đào tạo nghề", "%", "level",
                            "increase", 40, 33.5, 2020),
        ProgrammeTargetData("GD.4", "Tỷ lệ thất nghiệp ở khu vực thành thị", "%", "level",
                            "decrease", 3.5),
        ProgrammeTargetData("GD.5", "Giảm tỷ lệ hộ nghèo bình quân mỗi năm", "%", "change",
                            "decrease", 3.0, 20.5, 2020, per_year=True),
    ])


def install_demo_programme(db: Database, actor: Actor | None = None) -> None:
    """Add the 2021–2025 programme and link the 2021 plan's targets to it."""
    from cbdesk.services.programmes import apply_programme
    from cbdesk.services.programmes.store import write_links

    actor = actor or system_actor()
    apply_programme(db, demo_programme(), actor)
    with db.session() as s:
        write_links(s, 2021, LINKS_2021, actor)
