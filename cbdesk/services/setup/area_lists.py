"""Built-in lists of a province's areas with their validity dates, offered by
the first-start setup and the catalog ("take from the built-in list").

Only lists whose codes and dates are known for certain are shipped: the
district-level units of Cao Bằng as in the 2021 plan (statistical codes,
valid until 30/06/2025, when the district level was abolished). An office
adds its own (or the post-2025 communes) by typing or pasting a list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cbdesk.services.catalog_changes import NewArea


@dataclass(frozen=True)
class AreaList:
    key: str
    label_vi: str
    label_en: str
    areas: tuple[NewArea, ...]

    def label(self, lang: str = "vi") -> str:
        return self.label_vi if lang == "vi" else self.label_en


def _cao_bang_2021() -> AreaList:
    from cbdesk.db.sample import AREAS

    areas = tuple(NewArea(a.code, a.name, a.level, a.valid_from, a.valid_to)
                  for a in AREAS if a.level == "district")
    return AreaList("cao-bang-districts-2021",
                    "Cao Bằng — 10 huyện, thành phố (hiệu lực đến 30/06/2025)",
                    "Cao Bằng — 10 district-level units (valid until 30/06/2025)", areas)


def area_lists() -> list[AreaList]:
    return [_cao_bang_2021()]


def valid_on(lst: AreaList, day: date) -> list[NewArea]:
    """The areas of ``lst`` valid on ``day``."""
    return [a for a in lst.areas if (a.valid_from is None or a.valid_from <= day)
            and (a.valid_to is None or a.valid_to >= day)]
