"""The sample plan is the seed document, complete and faithful (SPEC §2)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from cbdesk.core.vnformat import format_number
from cbdesk.db.sample import sample_plan

SEED = Path(__file__).resolve().parents[2] / "resources" / "samples" / "seed_2021.txt"


def _seed() -> str:
    return unicodedata.normalize("NFC", SEED.read_text(encoding="utf-8"))


def _section(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


def _fill(statement: str, value: float | None, decimals: int) -> str:
    if value is None:
        return statement
    return (statement.replace("{value2}", f"{int(value):02d}")
            .replace("{value}", format_number(value, decimals or None)))


def test_section_one_bullets_are_reproduced_word_for_word():
    plan = sample_plan()
    bullets = [line[2:].strip() for line in
               _section(_seed(), "I. CHỈ TIÊU CHỦ YẾU", "II. NHIỆM VỤ").splitlines()
               if line.startswith("- ")]
    groups = sorted({t.group for t in plan.targets})
    rebuilt = ["".join(_fill(t.statement, t.target, t.decimals) for t in plan.targets
                       if t.group == g).strip() for g in groups]
    assert rebuilt == bullets


def test_every_figure_of_section_one_is_a_target():
    section = _section(_seed(), "I. CHỈ TIÊU CHỦ YẾU", "II. NHIỆM VỤ").replace("2016-2020", "")
    figures = sorted(float(n.replace(".", "").replace(",", "."))
                     for n in re.findall(r"\d+(?:\.\d{3})*(?:,\d+)?", section))
    plan = sample_plan()
    assert sorted(t.target for t in plan.targets if t.target is not None) == figures


def test_every_heading_of_sections_two_and_three_is_kept():
    seed = _seed()
    plan = sample_plan()
    two = _section(seed, "II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    headings = re.findall(r"^(\d+(?:\.\d+)?)\.\s+(.+)$", two, flags=re.M)
    assert [(f"II.{n}", title.strip()) for n, title in headings] == [
        (t.code, t.title) for t in plan.tasks]
    three = _section(seed, "III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:")
    items = [m.strip() for m in re.findall(r"^\d+\.\s+(.+)$", three, flags=re.M)]
    assert items == plan.implementation


def test_header_signer_and_recipients_come_from_the_document():
    seed = _seed()
    plan = sample_plan()
    org = plan.organisation
    for text in (org.parent_agency, "SỞ LAO ĐỘNG - THƯƠNG BINH", org.place, org.signer_name,
                 org.signer_authority, *plan.recipients, *plan.intro, plan.closing):
        assert text in seed, text
    assert "Lưu: VT, " + org.archive_unit in seed


def test_demo_figures_are_labelled_as_such():
    plan = sample_plan()
    assert plan.results and all(r.source == "Số liệu minh họa" for r in plan.results)
    assert "minh họa" in plan.note
