"""Section II (nhiệm vụ và giải pháp) → tasks, section III (tổ chức thực
hiện) → implementation items.

Numbered parts become tasks: ``1.``, ``3.1.`` (code ``II.3.1`` under
``II.3``), ``a)``, ``b)`` and mixed-case Roman subsections, nested in the
order the styles first appear; the paragraphs under a heading are its
description. Text that belongs to no numbered part is reported, not lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cbdesk.core.plandata import TaskData
from cbdesk.core.text import clean_line

_DOTTED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\s*[.)](?:\s+|(?=[^\W\d_]))(\S.*)$")
_DOTTED_BARE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\s+(?=[^\W\d_])(\S.*)$")
_LETTER = re.compile(r"^([a-zđ])\s*[)/]\s*(\S.*)$")
_ROMAN = re.compile(r"^([IVX]{1,5})\s*[.)]\s+(\S.*)$")
_BULLET = re.compile(r"^[-+•*–]\s*(\S.*)$")
LETTERS = "abcdđeghiklmnopqrstuvxy"


def roman_value(text: str) -> int:
    """Value of a Roman numeral (``IV`` → 4); 0 when it is not one."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        v = values.get(ch, 0)
        if not v:
            return 0
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


@dataclass
class _Heading:
    style: str  # "dotted", "letter", "roman"
    path: tuple[int, ...]
    title: str
    label: str


def task_heading(text: str) -> _Heading | None:
    """A numbered part's heading: ``3.1. Lĩnh vực …``, ``a) …``, ``II. Lĩnh vực …``."""
    if m := _DOTTED.match(text) or _DOTTED_BARE.match(text):
        path = tuple(int(p) for p in m.group(1).split("."))
        return _Heading("dotted", path, clean_line(m.group(2)), m.group(1))
    if m := _LETTER.match(text):
        return _Heading("letter", (LETTERS.index(m.group(1)) + 1,), clean_line(m.group(2)),
                        m.group(1))  # fmt: skip
    if (m := _ROMAN.match(text)) and roman_value(m.group(1)):
        return _Heading("roman", (roman_value(m.group(1)),), clean_line(m.group(2)), m.group(1))
    return None


@dataclass
class _Open:
    key: tuple
    code: str
    heading: _Heading
    task: TaskData
    lines: list[str] = field(default_factory=list)


def parse_tasks(lines: list[str], section: str, problems: list[str]) -> list[TaskData]:
    """Tasks of section ``section`` (e.g. ``II``) from its non-blank lines."""
    headings = [task_heading(t) for t in lines]
    if not any(headings):
        # No numbered parts: each paragraph (or bullet) is a task of its own.
        tasks = []
        for n, text in enumerate(lines, start=1):
            m = _BULLET.match(text)
            tasks.append(
                TaskData(code=f"{section}.{n}", title=clean_line(m.group(1) if m else text))
            )
        return tasks
    tasks: list[TaskData] = []
    opened: list[_Open] = []
    stack: list[_Open] = []
    seen: set[str] = set()
    preamble: list[str] = []
    for text, head in zip(lines, headings, strict=True):
        if head is None:
            if stack:
                stack[-1].lines.append(text)
            else:
                preamble.append(text)
            continue
        key = ("dotted", len(head.path)) if head.style == "dotted" else (head.style,)
        keys = [o.key for o in stack]
        if key in keys:
            del stack[keys.index(key) :]
        elif head.style == "dotted":
            while stack and stack[-1].key[0] == "dotted" and stack[-1].key[1] >= len(head.path):
                stack.pop()
        base = section
        parent: _Open | None = stack[-1] if stack else None
        if head.style == "dotted":
            outer = [o for o in stack if o.key[0] != "dotted"]
            base = outer[-1].code if outer else section
            code = f"{base}.{'.'.join(map(str, head.path))}"
            if len(head.path) > 1:
                want = f"{base}.{'.'.join(map(str, head.path[:-1]))}"
                parent = next((o for o in stack if o.code == want), None)
                if parent is None:
                    problems.append(f"Mục {section}: phần '{head.label}. {head.title[:60]}' không "
                                    f"có phần cha {'.'.join(map(str, head.path[:-1]))}.")  # fmt: skip
                    parent = outer[-1] if outer else None
            else:
                parent = outer[-1] if outer else None
        else:
            code = f"{parent.code if parent else section}.{head.path[0]}"
        if code in seen:
            n = 2
            while f"{code}-{n}" in seen:
                n += 1
            problems.append(f"Mục {section}: số thứ tự '{head.label}' bị trùng ('{head.title[:60]}'); "
                            f"đã đặt mã {code}-{n}.")  # fmt: skip
            code = f"{code}-{n}"
        seen.add(code)
        task = TaskData(code=code, title=head.title, parent_code=parent.code if parent else None)
        entry = _Open(key, code, head, task)
        stack.append(entry)
        opened.append(entry)
        tasks.append(task)
    for entry in opened:
        entry.task.description = "\n".join(clean_line(t) for t in entry.lines)
    if preamble:
        excerpt = clean_line(" ".join(preamble))[:100]
        problems.append(f"Mục {section}: {len(preamble)} đoạn trước phần được đánh số đầu tiên "
                        f"chưa thuộc nhiệm vụ nào: '{excerpt}…'")  # fmt: skip
    return tasks


_ITEM = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\s*[)/]|[-+•*–])\s*(\S.*)$")


def parse_implementation(lines: list[str]) -> list[str]:
    """Section III items, without their numbers; unnumbered paragraphs after
    an item belong to it."""
    items: list[str] = []
    numbered = any(_ITEM.match(t) for t in lines)
    for text in lines:
        m = _ITEM.match(text)
        if m:
            items.append(clean_line(m.group(1)))
        elif items and numbered:
            items[-1] += "\n" + clean_line(text)
        else:
            items.append(clean_line(text))
    return items
