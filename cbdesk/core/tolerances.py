"""The status tolerance bands (SPEC §3.5): one setting, used by the statuses
and stated in the report's note."""

from __future__ import annotations

from dataclasses import dataclass

from cbdesk.core.vnformat import format_number

__all__ = ["Tolerances"]


@dataclass(frozen=True)
class Tolerances:
    """Pace bands (SPEC §3.5, as in TolaData): pace under ``behind_below``
    (as a fraction of what is due) is behind, over ``ahead_above`` ahead, in
    between on track. A setting; :meth:`note` states it in a report."""

    behind_below: float = 0.85
    ahead_above: float = 1.15

    def __post_init__(self) -> None:
        if not (0 < self.behind_below <= 1 <= self.ahead_above):
            raise ValueError(
                "tolerances need 0 < behind_below <= 1 <= ahead_above, got "
                f"{self.behind_below} and {self.ahead_above}"
            )

    def note(self, lang: str = "vi") -> str:
        """The rule as one sentence for a report's notes."""
        low = format_number(self.behind_below * 100)
        high = format_number(self.ahead_above * 100)
        if lang == "vi":
            return (
                f"Đánh giá tiến độ so với mức phải đạt đến cuối kỳ (hoặc đến tháng có số "
                f"liệu, khi số liệu chưa đủ cả kỳ): dưới {low}% là chậm tiến độ; từ {low}% "
                f"đến {high}% là đúng tiến độ; trên {high}% là vượt tiến độ; đạt chỉ tiêu "
                f"kế hoạch năm là đạt. Chỉ tiêu là mức trần (≤) hoặc mức sàn (≥) được đánh "
                f"giá theo mức đó, không tính tỷ lệ. Cuối năm: đạt; vượt (từ {high}% mức "
                f"kế hoạch trở lên); không đạt."
            )
        return (
            f"Pace against what is due by the end of the period (or by the month the "
            f"figures run to): under {low}% is behind; {low}% to {high}% is on track; "
            f"over {high}% is ahead; meeting the year's target is achieved. A ceiling (≤) "
            f"or floor (≥) is judged by its side, not as a ratio. At the year's end: "
            f"achieved; exceeded (at {high}% of the target or more); not achieved."
        )
