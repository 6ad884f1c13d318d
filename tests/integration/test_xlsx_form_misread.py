"""District forms that cannot be misread: typed into the text cells, ‘12.000’
is twelve thousand whatever Excel's number settings; a *number* that looks
like an English-settings Excel's reading of a Vietnamese figure (‘12.000’
stored as 12, ‘1.234’ as 1,234) stops the import with the row named."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_xlsx_forms import _fill, _form, _results  # noqa: E402
from xlsx_support import cli, dump_of, error_lines  # noqa: E402


def test_a_form_stored_by_an_english_settings_excel_is_refused(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    # What an English-settings Excel stores for ‘2.000’ (target 7, Hòa An's plan
    # 550 people) and ‘1.234’ (target 3, a count of people): the numbers 2 and 1,234.
    form = _fill(_form(db, tmp_path), {"7": (2, None), "3": (1.234, None),
                                       "1": ("1.150", None)})
    before = dump_of(db)
    rc, _, err = cli("import", str(form), "--db", db)
    lines = error_lines(err)
    assert rc == 1 and len(lines) == 2, err
    count, small = lines  # in row order: target 3, then target 7
    assert "có ‘2’" in small and "‘2.000’" in small and "kiểu Anh" in small
    assert "kế hoạch năm của địa bàn (550)" in small
    assert "đã đọc ‘1.234’ thành 1,234" in count and "không có số lẻ" in count
    assert dump_of(db) == before  # nothing filed, not even the good row


def test_the_same_figures_typed_as_text_are_read_the_vietnamese_way(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    # Typed into the text cells (or a number with an apostrophe: Excel keeps text).
    form = _fill(_form(db, tmp_path), {"7": ("2.000", None), "3": ("1.234", None),
                                       "11": ("2", None), "1": (600, None)})
    rc, _, err = cli("import", str(form), "--db", db)
    assert rc == 0, err
    got = _results(dump_of(db), "2021-Q3", "051")
    assert {code: got[code][0] for code in ("7", "3", "11", "1")} == {
        "7": 2000, "3": 1234, "11": 2, "1": 600}


def test_english_messages_for_a_misread_figure(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    form = _fill(_form(db, tmp_path), {"7": (2, None)})
    rc, _, err = cli("import", str(form), "--db", db, "--lang", "en")
    assert rc == 1 and "English number settings" in err and "'2" in err
