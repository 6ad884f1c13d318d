"""Rules that keep a plan consistent (SPEC §1, issue 2 §6): no cycles among
targets, breakdown children summing to their parent, of-which children never
above it, rates within 0–100, counts never negative. Each check returns
problems as (Vietnamese, English) pairs so that an import reports them all in
one pass."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from cbdesk.core.enums import Direction, Relation, TargetKind
from cbdesk.core.plandata import TargetData
from cbdesk.core.vnformat import format_number

Problem = tuple[str, str]

MAX_VALUE = 1e12  # no figure of a provincial plan comes near this


def is_rate(unit: str) -> bool:
    return unit.strip() == "%"


def check_value(
    target_code: str, unit: str, kind: str, value: float | None, what_vi: str, what_en: str
) -> list[Problem]:
    """Range checks of one figure of one target."""
    if value is None:
        return []
    if value != value:  # NaN: what a broken formula or a bad export leaves
        return [
            (
                f"Chỉ tiêu {target_code}: {what_vi} không phải là một số (NaN); hãy ghi số.",
                f"Target {target_code}: {what_en} is not a number (NaN); write a number.",
            )
        ]
    if abs(value) > MAX_VALUE:
        return [
            (
                f"Chỉ tiêu {target_code}: {what_vi} '{value}' quá lớn.",
                f"Target {target_code}: {what_en} '{value}' is too large.",
            )
        ]
    if is_rate(unit) and not 0 <= value <= 100:
        return [
            (
                f"Chỉ tiêu {target_code}: {what_vi} là tỷ lệ nên phải từ 0 đến 100, "
                f"không thể là {format_number(value)}.",
                f"Target {target_code}: {what_en} is a rate and must be within 0–100, not {value}.",
            )
        ]
    if kind != TargetKind.CHANGE and value < 0:
        return [
            (
                f"Chỉ tiêu {target_code}: {what_vi} không được âm ({format_number(value)}).",
                f"Target {target_code}: {what_en} cannot be negative ({value}).",
            )
        ]
    return []


def check_target_fields(t: TargetData) -> list[Problem]:
    problems: list[Problem] = []
    for enum, value, vi, en in (
        (TargetKind, t.kind, "loại", "kind"),
        (Direction, t.direction, "chiều", "direction"),
    ):
        try:
            enum(value)
        except ValueError:
            problems.append(
                (
                    f"Chỉ tiêu {t.code}: {vi} '{value}' không hợp lệ.",
                    f"Target {t.code}: unknown {en} '{value}'.",
                )
            )
    if t.relation is not None:
        try:
            Relation(t.relation)
        except ValueError:
            problems.append(
                (
                    f"Chỉ tiêu {t.code}: quan hệ '{t.relation}' không hợp lệ.",
                    f"Target {t.code}: unknown relation '{t.relation}'.",
                )
            )
        if not t.parent_code:
            problems.append(
                (
                    f"Chỉ tiêu {t.code}: có quan hệ '{t.relation}' nhưng không có chỉ tiêu cha.",
                    f"Target {t.code}: relation '{t.relation}' without a parent.",
                )
            )
    if not t.name.strip():
        problems.append((f"Chỉ tiêu {t.code}: thiếu tên chỉ tiêu.", f"Target {t.code}: no name."))
    problems += check_value(t.code, t.unit, t.kind, t.target, "kế hoạch", "target")
    problems += check_value(t.code, t.unit, t.kind, t.baseline, "giá trị cơ sở", "baseline")
    return problems


def check_target_tree(targets: Mapping[str, TargetData]) -> list[Problem]:
    """Parents exist, no cycles, breakdown sums and of-which limits hold."""
    problems: list[Problem] = []
    for t in targets.values():
        if t.parent_code and t.parent_code not in targets:
            problems.append(
                (
                    f"Chỉ tiêu {t.code}: không có chỉ tiêu cha '{t.parent_code}'.",
                    f"Target {t.code}: parent '{t.parent_code}' does not exist.",
                )
            )
    for t in targets.values():
        seen = {t.code}
        p = t.parent_code
        while p and p in targets:
            if p in seen:
                problems.append(
                    (
                        f"Chỉ tiêu {t.code}: quan hệ cha – con tạo thành vòng lặp.",
                        f"Target {t.code}: its parents form a cycle.",
                    )
                )
                break
            seen.add(p)
            p = targets[p].parent_code
    children: dict[str, list[TargetData]] = {}
    for t in targets.values():
        if t.parent_code in targets:
            children.setdefault(t.parent_code, []).append(t)
    for code, kids in children.items():
        parent = targets[code]
        problems.extend(_part_mismatches(code, parent, kids))
        if parent.target is None:
            continue
        parts = [k for k in kids if k.relation == Relation.BREAKDOWN and k.target is not None]
        if parts and abs(sum(k.target for k in parts) - parent.target) > 1e-6:
            total = sum(k.target for k in parts)
            problems.append(
                (
                    f"Chỉ tiêu {code}: tổng các chỉ tiêu cơ cấu ({format_number(total)}) khác "
                    f"kế hoạch của chỉ tiêu cha ({format_number(parent.target)}).",
                    f"Target {code}: its breakdown children sum to {total}, not {parent.target}.",
                )
            )
        for k in kids:
            if (
                k.relation == Relation.OF_WHICH
                and k.target is not None
                and k.unit == parent.unit
                and k.target > parent.target + 1e-9
            ):
                problems.append(
                    (
                        f"Chỉ tiêu {k.code}: số 'trong đó' ({format_number(k.target)}) lớn hơn "
                        f"chỉ tiêu cha {code} ({format_number(parent.target)}).",
                        f"Target {k.code}: 'of which' figure {k.target} exceeds its parent {code} "
                        f"({parent.target}).",
                    )
                )
    return problems


def in_task_cycle(parents: Mapping[str, str | None], code: str) -> bool:
    """Task ``code`` is its own ancestor in ``parents`` (code → parent code)."""
    seen = {code}
    p = parents.get(code)
    while p and p in parents:
        if p in seen:
            return True
        seen.add(p)
        p = parents[p]
    return False


def task_cycle_problem(code: str) -> Problem:
    return (f"Nhiệm vụ {code}: quan hệ cha – con tạo thành vòng lặp.",
            f"Task {code}: its parents form a cycle.")


def _same_unit(a: str, b: str) -> bool:
    """Both rates or both counts ("lao động" and "người" count the same people)."""
    return is_rate(a or "") == is_rate(b or "")


def _part_mismatches(code: str, parent: TargetData, kids) -> list[Problem]:
    """A part of a target ("trong đó" or "cơ cấu") counts the same thing as its
    parent: a rate under a rate, a count under a count, and the same kind."""
    out: list[Problem] = []
    for k in kids:
        if k.relation not in (Relation.OF_WHICH, Relation.BREAKDOWN):
            continue
        if TargetKind.QUALITATIVE in (TargetKind(k.kind), TargetKind(parent.kind)):
            continue
        if not _same_unit(k.unit, parent.unit) or TargetKind(k.kind) != TargetKind(parent.kind):
            rel = Relation(k.relation)
            out.append((
                f"Chỉ tiêu {k.code} là phần '{rel.label('vi')}' của chỉ tiêu cha {code} nên "
                f"phải cùng đơn vị tính ({parent.unit}) và cùng loại "
                f"({TargetKind(parent.kind).label('vi')}).",
                f"Target {k.code} is part ('{rel.label('en')}') of its parent {code}: it must "
                f"have the same unit ({parent.unit}) and kind "
                f"({TargetKind(parent.kind).label('en')}).",
            ))
    return out


def first_problem_error(problems: Iterable[Problem], cls):
    """Raise ``cls`` carrying every problem, the first one as its message."""
    problems = list(problems)
    if problems:
        head_vi, head_en = problems[0]
        if len(problems) > 1:
            head_vi += f" (và {len(problems) - 1} lỗi khác)"
            head_en += f" (and {len(problems) - 1} more)"
        raise cls(head_vi, head_en, problems)
