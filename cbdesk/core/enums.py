"""Enumerations of the domain, with the words the office uses (GLOSSARY.md).

Each enum's value is the stable English code stored in the database and used in
JSON dumps; ``label(lang)`` gives the word shown to people; ``parse`` accepts
either the Vietnamese word or the English code (the interchange workbook allows
both, SPEC §3.3).
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.strip().lower()).replace("đ", "d")
    text = text.replace("\u0111", "d")
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


class _Labelled(StrEnum):
    """StrEnum whose members carry a Vietnamese and an English label."""

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:  # code -> (vi, en)
        raise NotImplementedError

    def label(self, lang: str = "vi") -> str:
        vi, en = self._labels()[self.value]
        return vi if lang == "vi" else en

    @classmethod
    def parse(cls, text: str) -> _Labelled:
        """Accept the code, the Vietnamese or the English label, in any case,
        with or without diacritics, optionally written ``Vietnamese [code]``."""
        raw = str(text).strip()
        if "[" in raw and raw.endswith("]"):
            raw = raw[raw.index("[") + 1 : -1]
        key = _fold(raw)
        for member in cls:
            vi, en = cls._labels()[member.value]
            if key in (_fold(member.value), _fold(vi), _fold(en)):
                return member
        raise ValueError(raw)


class TargetKind(_Labelled):
    CUMULATIVE = "cumulative"
    LEVEL = "level"
    CHANGE = "change"
    QUALITATIVE = "qualitative"

    @classmethod
    def _labels(cls):
        return {
            "cumulative": ("Cộng dồn", "Cumulative"),
            "level": ("Thời điểm", "Level"),
            "change": ("Thay đổi", "Change"),
            "qualitative": ("Định tính", "Qualitative"),
        }


class Direction(_Labelled):
    INCREASE = "increase"
    DECREASE = "decrease"
    MAINTAIN = "maintain"

    @classmethod
    def _labels(cls):
        return {
            "increase": ("Tăng", "Increase"),
            "decrease": ("Giảm", "Decrease"),
            "maintain": ("Duy trì", "Maintain"),
        }


class Relation(_Labelled):
    OF_WHICH = "of_which"
    BREAKDOWN = "breakdown"

    @classmethod
    def _labels(cls):
        return {
            "of_which": ("Trong đó", "Of which"),
            "breakdown": ("Cơ cấu", "Breakdown"),
        }


class UnitKind(_Labelled):
    INTERNAL = "internal"
    EXTERNAL = "external"

    @classmethod
    def _labels(cls):
        return {"internal": ("Nội bộ", "Internal"), "external": ("Bên ngoài", "External")}


class AreaLevel(_Labelled):
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"

    @classmethod
    def _labels(cls):
        return {
            "province": ("Tỉnh", "Province"),
            "district": ("Huyện", "District"),
            "commune": ("Xã", "Commune"),
        }


class TargetStatus(_Labelled):
    ACHIEVED = "achieved"
    EXCEEDED = "exceeded"  # at the year's end only
    NOT_ACHIEVED = "not_achieved"  # at the year's end only
    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NO_DATA = "no_data"

    @classmethod
    def _labels(cls):
        return {
            "achieved": ("Đạt", "Achieved"),
            "exceeded": ("Vượt", "Exceeded"),
            "not_achieved": ("Không đạt", "Not achieved"),
            "ahead": ("Vượt tiến độ", "Ahead"),
            "on_track": ("Đúng tiến độ", "On track"),
            "behind": ("Chậm tiến độ", "Behind"),
            "no_data": ("Chưa có số liệu", "No data"),
        }

    @property
    def is_short(self) -> bool:
        """Behind during the year, or not achieved at its end."""
        return self in (TargetStatus.BEHIND, TargetStatus.NOT_ACHIEVED)


class TaskStatus(_Labelled):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"
    ONGOING = "ongoing"

    @classmethod
    def _labels(cls):
        return {
            "not_started": ("Chưa triển khai", "Not started"),
            "in_progress": ("Đang thực hiện", "In progress"),
            "done_on_time": ("Hoàn thành đúng hạn", "Done on time"),
            "done_late": ("Hoàn thành quá hạn", "Done late"),
            "overdue": ("Quá hạn", "Overdue"),
            "ongoing": ("Thường xuyên", "Ongoing"),
        }

    @property
    def is_done(self) -> bool:
        return self in (TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE)


class PlanStatus(_Labelled):
    DRAFT = "draft"
    ISSUED = "issued"

    @classmethod
    def _labels(cls):
        return {"draft": ("Dự thảo", "Draft"), "issued": ("Đã ban hành", "Issued")}


class Role(_Labelled):
    VIEWER = "viewer"
    STAFF = "staff"
    LEADER = "leader"
    ADMIN = "admin"

    @classmethod
    def _labels(cls):
        return {
            "viewer": ("Xem", "Viewer"),
            "staff": ("Chuyên viên", "Staff"),
            "leader": ("Lãnh đạo", "Leader"),
            "admin": ("Quản trị", "Admin"),
        }

    @property
    def rank(self) -> int:
        return ["viewer", "staff", "leader", "admin"].index(self.value)


class ReportKind(_Labelled):
    PROGRESS = "progress"
    PLAN = "plan"
    ASSIGNMENTS = "assignments"

    @classmethod
    def _labels(cls):
        return {
            "progress": ("Báo cáo kết quả thực hiện", "Progress report"),
            "plan": ("Kế hoạch", "Plan document"),
            "assignments": ("Phân công nhiệm vụ", "Task assignments"),
        }
