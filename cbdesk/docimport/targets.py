"""Section I (chỉ tiêu chủ yếu): bullets of prose with figures → targets.

Each bullet is one group. It is cut into statements, one per figure (and one
per figure-less clause, a qualitative target), so that joining the
statements of a group gives back the bullet word for word, with ``{value}``
(or ``{value2}`` for a figure written with a leading zero, ``02``) where the
figure stood. Each figure's unit is the word after it; its kind and
direction come from the verbs around it (``giảm … xuống`` → a level to bring
down; ``Giảm tỷ lệ … 4,0%`` → a change; counts → cumulative).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cbdesk.core.plandata import TargetData
from cbdesk.core.text import clean_line, fold
from cbdesk.core.vnformat import NumberFormatError, parse_number
from cbdesk.docimport.figures import Figure, segments
from cbdesk.docimport.target_names import cap, describe, leading_verb, strip_lead

_MARKER = re.compile(r"^\s*(?:[-+•*–—·▪►○]|[a-zđ]\)|\d{1,2}[.)])\s*")


# --------------------------------------------------------------------------- section I


@dataclass
class GroupState:
    """Running state of section I: codes and the open parent."""

    top: int = 0
    children: dict[str, int] | None = None
    parent: str | None = None  # code of the last top-level target
    pending: str | None = None  # relation opened at the end of the previous bullet


def _relation_of(text: str) -> str | None:
    low = fold(text).lstrip(" ,;:")
    if low.startswith(("trong do", "trong so do", "rieng")):
        return "of_which"
    if low.startswith(("cu the", "bao gom", "gom", "chia ra", "co cau")):
        return "breakdown"
    return None


def _new_code(state: GroupState, parent: str | None) -> str:
    if parent is None:
        state.top += 1
        return str(state.top)
    if state.children is None:
        state.children = {}
    state.children[parent] = state.children.get(parent, 0) + 1
    return f"{parent}.{state.children[parent]}"


def parse_bullet(
    text: str, group: int, state: GroupState, sub_bullet: bool, problems: list[str]
) -> list[TargetData]:
    """The targets of one bullet of section I."""
    targets: list[TargetData] = []
    child_relation: str | None = None
    previous_statement = ""
    if sub_bullet and state.pending and state.parent:
        child_relation = state.pending
    for seg in segments(text):
        piece = text[seg.start : seg.end]
        fig = seg.figure
        rel = _relation_of(piece)
        parent = None
        if rel and state.parent:
            child_relation = rel
            parent = state.parent
        elif child_relation and state.parent and (
            sub_bullet or (previous_statement.rstrip().endswith((";", ",")) and fig is not None
                           and re.match(r"^[^:]{1,120}:\s*$", text[seg.start : fig.start]))
        ):  # fmt: skip
            parent = state.parent
        else:
            child_relation = None
        if fig is None:
            name = cap(piece.strip().rstrip(".;,:"))
            verb, direction = leading_verb(piece.strip())
            target = TargetData(code="", name=name, unit="", kind="qualitative",
                                direction=direction or "increase", target=None,
                                statement=piece, group=group)  # fmt: skip
        else:
            prefix = text[seg.start : fig.start]
            suffix = text[fig.unit_end : seg.end]
            name, kind, direction = describe(prefix, fig, suffix)
            if fig.error:
                statement = piece
                excerpt = clean_line(piece)
                problems.append(
                    f"Mục I, gạch đầu dòng {group}: không đọc được con số '{fig.raw}' trong "
                    f"'{excerpt}' — {fig.error}"
                )
            else:
                placeholder = "{value2}" if fig.padded else "{value}"
                statement = text[seg.start : fig.start] + placeholder + text[fig.end : seg.end]
            target = TargetData(code="", name=name, unit=fig.unit, kind=kind,
                                direction=direction, target=fig.value,
                                decimals=fig.decimals, statement=statement, group=group)  # fmt: skip
        target.code = _new_code(state, parent)
        if parent:
            target.parent_code = parent
            target.relation = child_relation or "of_which"
        else:
            state.parent = target.code
        targets.append(target)
        previous_statement = piece
    tail = fold(text.rstrip())
    if sub_bullet:
        return targets
    state.pending = None
    if tail.endswith(":"):
        state.pending = _relation_of(tail.rsplit(",", 1)[-1].rsplit(";", 1)[-1]) or (
            "of_which" if "trong do" in tail[-30:] else "breakdown"
        )
    return targets


def split_marker(text: str) -> tuple[str, str]:
    """(marker, text without it) of a bullet line."""
    m = _MARKER.match(text)
    if not m:
        return "", text.strip()
    return m.group().strip(), text[m.end() :].strip()


def parse_section_one(
    lines: list[str], problems: list[str], state: GroupState | None = None, first_group: int = 0
) -> list[TargetData]:
    """All targets of section I from its bullet lines (one group per line)."""
    state = state or GroupState()
    targets: list[TargetData] = []
    main_marker = None
    group = first_group
    for line in lines:
        marker, body = split_marker(line)
        if not body:
            continue
        kind = marker[:1] if marker and not marker[0].isalnum() else ("a" if marker else "")
        if main_marker is None:
            main_marker = kind
        sub = bool(kind) and kind != main_marker and state.pending is not None
        group += 1
        targets.extend(parse_bullet(body, group, state, sub, problems))
    return targets


# --------------------------------------------------------------------------- tables


def _column(header: list[str], *keys: str, exact: bool = False) -> int | None:
    for key in keys:
        for i, cell in enumerate(header):
            low = fold(cell).strip(" .")
            if (low == key) if exact else (key in low):
                return i
    return None


_BOUND = re.compile(r"^(?P<op>≤|<=|<|≥|>=|>|dưới|trên|tối đa|tối thiểu|không quá|ít nhất)\s*",
                    re.IGNORECASE)  # fmt: skip


def parse_target_table(rows: list[list[str]], state: GroupState, first_group: int,
                       problems: list[str]) -> list[TargetData]:  # fmt: skip
    """Targets from a table ``chỉ tiêu | đơn vị tính | kế hoạch`` (a leading
    STT column, and ``trong đó`` / ``1.1`` / ``-`` rows as children)."""
    header = rows[0]
    name_col = _column(header, "chi tieu", "noi dung", "ten")
    unit_col = _column(header, "don vi", "dvt")
    value_col = _column(header, "ke hoach", "muc tieu", "so luong", "nam 20")
    code_col = _column(header, "stt", "tt", "ma", "ma so", "so tt", exact=True)
    if value_col == name_col:
        value_col = None
    if name_col is None or value_col is None:
        problems.append("Mục I: bảng chỉ tiêu không có cột tên chỉ tiêu hoặc cột kế hoạch.")
        return []
    targets: list[TargetData] = []
    group = first_group - 1
    for r, row in enumerate(rows[1:], start=2):
        cells = row + [""] * (len(header) - len(row))
        name = clean_line(cells[name_col])
        raw = clean_line(cells[value_col])
        stt = clean_line(cells[code_col]) if code_col is not None and code_col != name_col else ""
        if not name and not raw:
            continue
        unit = clean_line(cells[unit_col]) if unit_col is not None else ""
        relation = None
        marker, bare = split_marker(name)
        low = fold(bare)
        if low.startswith("trong do"):
            relation = "of_which"
            bare = strip_lead(bare, ("trong do",))
        elif re.fullmatch(r"\d+\.\d+\.?", stt):
            relation = "breakdown"
        elif stt in ("-", "+") or marker in ("-", "+", "•"):
            relation = "breakdown" if state.pending == "breakdown" else "of_which"
        value = None
        decimals = 0
        padded = False
        if raw.endswith("%"):
            unit = unit or "%"
        bound = _BOUND.match(raw)
        number = raw[bound.end() :] if bound else raw
        number = number.rstrip("% ").strip()
        if number:
            try:
                value = parse_number(number)
            except NumberFormatError as exc:
                problems.append(f"Mục I, bảng chỉ tiêu, dòng {r}: không đọc được con số "
                                f"'{raw}' của '{name}' — {exc.message_vi}")  # fmt: skip
            else:
                decimals = len(number.split(",", 1)[1]) if "," in number else 0
                padded = len(number) == 2 and number.startswith("0")
        fig = Figure(0, 0, number, unit, 0, value, decimals, padded)
        _, kind, direction = describe(bare, fig, "")
        if bound:
            op = fold(bound.group("op"))
            direction = (
                "decrease" if op in ("≤", "<=", "<", "duoi", "toi da", "khong qua") else "increase"
            )
        if not number:
            kind = "qualitative"
        parent = state.parent if relation else None
        if parent is None:
            group += 1
            relation = None
        placeholder = "{value2}" if padded else "{value}"
        statement = (
            bare
            if value is None
            else (
                f"{bare}: {placeholder}%"
                if unit == "%"
                else f"{bare}: {placeholder} {unit}".rstrip()
            )
        )
        target = TargetData(code=_new_code(state, parent), name=cap(bare), unit=unit, kind=kind,
                            direction=direction, target=value, decimals=decimals,
                            statement=statement, group=group, parent_code=parent,
                            relation=relation)  # fmt: skip
        if parent is None:
            state.parent = target.code
            state.pending = "breakdown" if re.search(r"(cụ thể|chia ra|gồm)\W*$", bare) else None
        targets.append(target)
    # Separators so that a group's statements read as one sentence.
    for k, t in enumerate(targets):
        last = k + 1 == len(targets) or targets[k + 1].group != t.group
        t.statement += "." if last else "; "
    return targets
