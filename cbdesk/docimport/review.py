"""A draft is always a draft: the checks a plan must pass (services.validation)
run on what was read, and each problem is marked on its target instead of
refusing the document.

What would stop the draft from being saved is softened so that it can be
saved and fixed: children whose figures do not sum to their parent are kept
as "trong đó" children (the sum is no longer enforced) and the parent is
marked; an "of which" child above its parent loses its parent; a figure out
of range is left blank. Every such change is said on the target, in the
review screen, in `import-plan --dry-run` and in the saved plan's note.
"""

from __future__ import annotations

from cbdesk.core.enums import Relation
from cbdesk.core.plandata import PlanData, TargetData
from cbdesk.core.vnformat import format_number
from cbdesk.services import validation

Mark = tuple[str, str]  # (Vietnamese, English)


def _owner(code: str) -> str:
    if not code:
        return "Kế hoạch"
    if code.startswith("task:"):
        return "Nhiệm vụ " + code[5:]
    return "Chỉ tiêu " + code


def _num(v: float | None) -> str:
    return "" if v is None else format_number(v)


def mark_problems(plan: PlanData) -> dict[str, list[Mark]]:
    """Problems by target code; ``plan`` is changed so that it can be saved."""
    marks: dict[str, list[Mark]] = {}

    def add(code: str, vi: str, en: str) -> None:
        marks.setdefault(code, []).append((vi, en))

    by_code = {t.code: t for t in plan.targets}
    for t in plan.targets:
        for field, what_vi, what_en in (("target", "kế hoạch", "plan figure"),
                                        ("baseline", "giá trị cơ sở", "baseline")):
            value = getattr(t, field)
            if validation.check_value(t.code, t.unit, t.kind, value, what_vi, what_en):
                add(t.code, f"{what_vi} {_num(value)} {t.unit} không hợp lệ — để trống, "
                            "hãy sửa.",
                    f"{what_en} {value} {t.unit} is out of range — left blank; fix it.")
                setattr(t, field, None)
        if t.parent_code and t.parent_code not in by_code:
            add(t.code, f"không có chỉ tiêu cha ‘{t.parent_code}’ — để thành chỉ tiêu riêng.",
                f"parent ‘{t.parent_code}’ not found — made a target of its own.")
            t.parent_code, t.relation = None, None
        if not t.name.strip():
            t.name = f"Chỉ tiêu {t.code}"
            add(t.code, "không đọc được tên chỉ tiêu.", "the target's name was not read.")
    children: dict[str, list[TargetData]] = {}
    for t in plan.targets:
        if t.parent_code:
            children.setdefault(t.parent_code, []).append(t)
    for code, kids in children.items():
        parent = by_code[code]
        parts = [k for k in kids if k.relation == Relation.BREAKDOWN and k.target is not None]
        if parent.target is not None and parts:
            total = sum(k.target for k in parts)
            if abs(total - parent.target) > 1e-6:
                add(code, f"tổng các chỉ tiêu cơ cấu ({_num(total)}) khác kế hoạch "
                          f"({_num(parent.target)}) — các chỉ tiêu con được giữ là "
                          "“trong đó”; hãy sửa.",
                    f"the breakdown sums to {total:g}, not {parent.target:g} — the children "
                    "are kept as 'of which'; fix it.")
                for k in parts:
                    k.relation = Relation.OF_WHICH.value
                    add(k.code, f"thuộc cơ cấu của {code} nhưng tổng không khớp.",
                        f"part of {code}'s breakdown, which does not sum.")
        for k in kids:
            if (k.relation == Relation.OF_WHICH and k.target is not None and parent.target
                    is not None and k.unit == parent.unit and k.target > parent.target + 1e-9):
                add(k.code, f"số ‘trong đó’ ({_num(k.target)}) lớn hơn chỉ tiêu cha {code} "
                            f"({_num(parent.target)}) — để thành chỉ tiêu riêng; hãy sửa.",
                    f"'of which' figure {k.target:g} exceeds its parent {code} "
                    f"({parent.target:g}) — made a target of its own; fix it.")
                k.parent_code, k.relation = None, None
    _mark_tasks(plan, marks)
    # Anything the service would still refuse is said on the plan.
    left = validation.check_target_tree({t.code: t for t in plan.targets})
    for t in plan.targets:
        left += validation.check_target_fields(t)
    for vi, en in left:
        add("", vi, en)
    if marks:
        lines = [f"{_owner(code)}: {vi}" for code, items in marks.items() for vi, _en in items]
        note = "Bản nháp đọc từ văn bản — cần xem lại: " + " ".join(
            line.rstrip(".") + "." for line in lines)
        plan.note = (plan.note + "\n" if plan.note else "") + note
    return marks


def _mark_tasks(plan: PlanData, marks: dict[str, list[Mark]]) -> None:
    """Tasks' marks are keyed ``task:CODE``."""
    from cbdesk.core.deadlines import Deadline, DeadlineError

    codes = {t.code for t in plan.tasks}
    for t in plan.tasks:
        key = f"task:{t.code}"
        try:
            Deadline.parse(t.deadline, year=plan.year)
        except DeadlineError as e:
            marks.setdefault(key, []).append(
                (f"thời hạn không đọc được ({e.message_vi}) — để trống.",
                 f"unreadable deadline ({e.message_en}) — left blank."))
            t.deadline = ""
        if t.parent_code and t.parent_code not in codes:
            marks.setdefault(key, []).append(
                (f"không có nhiệm vụ cha ‘{t.parent_code}’.",
                 f"parent task ‘{t.parent_code}’ not found."))
            t.parent_code = None
        if not t.title.strip():
            t.title = f"Nhiệm vụ {t.code}"
            marks.setdefault(key, []).append(("không đọc được tiêu đề.", "no title was read."))
        if not 0 <= t.percent_done <= 100:
            t.percent_done = 0.0


def target_line(t: TargetData, marks: dict[str, list[Mark]], lang: str = "vi") -> str:
    """``1.1 Đào tạo dưới 3 tháng — 10.000 người [trong đó của 1] ⚠ …``"""
    vi = lang == "vi"
    out = f"{t.code} {t.name}"
    if t.target is not None:
        unit = t.unit if t.unit == "%" else f" {t.unit}"
        out += f" — {format_number(t.target) if vi else f'{t.target:,g}'}{unit}".rstrip()
    elif t.kind == "qualitative":
        out += " — " + ("định tính" if vi else "qualitative")
    if t.parent_code:
        rel = Relation(t.relation).label(lang).lower() if t.relation else ""
        out += f" [{rel} {'của' if vi else 'of'} {t.parent_code}]"
    for m_vi, m_en in marks.get(t.code, []):
        out += f" ⚠ {m_vi if vi else m_en}"
    return out


def outcome_lines(outcome, lang: str = "vi") -> list[str]:
    """Every target and task read, with its figure and problems (for a dry run)."""
    vi = lang == "vi"
    lines = [("Chỉ tiêu " if vi else "Target ") + target_line(t, outcome.marks, lang)
             for t in outcome.plan.targets]
    lines += [("Nhiệm vụ " if vi else "Task ") + f"{t.code} {t.title}"
              + "".join(f" ⚠ {m[0] if vi else m[1]}"
                        for m in outcome.marks.get(f"task:{t.code}", []))
              for t in outcome.plan.tasks]
    lines += [f"⚠ {m_vi if vi else m_en}" for m_vi, m_en in outcome.marks.get("", [])]
    return lines


def marked_lines(outcome, lang: str = "vi") -> list[str]:
    """Only the targets with a problem marked on them."""
    vi = lang == "vi"
    out = [("Chỉ tiêu " if vi else "Target ") + target_line(t, outcome.marks, lang)
           for t in outcome.plan.targets if outcome.marks.get(t.code)]
    out += [("Nhiệm vụ " if vi else "Task ") + f"{t.code} {t.title}"
            + "".join(f" ⚠ {m[0] if vi else m[1]}" for m in outcome.marks[f"task:{t.code}"])
            for t in outcome.plan.tasks if outcome.marks.get(f"task:{t.code}")]
    out += [f"⚠ {m_vi if vi else m_en}" for m_vi, m_en in outcome.marks.get("", [])]
    return out
