"""Vietnamese text: NFC, cleaning, accent-insensitive search, collation."""

import random
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cbdesk.core.text import (
    BilingualError,
    clean,
    clean_line,
    collation_key,
    fold,
    has_diacritics,
    matches,
    nfc,
    search_key,
)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def test_nfc_composes_and_maps_none_to_empty():
    assert nfc(None) == ""
    assert nfc(nfd("Cao Bằng")) == "Cao Bằng"
    assert len(nfc(nfd("ằ"))) == 1


def test_clean_line_collapses_every_kind_of_space():
    assert clean_line("  Hà\u00a0 Quảng \n  huyện\t") == "Hà Quảng huyện"
    assert clean_line("a\u200bb\ufeff") == "ab"
    assert clean_line(None) == ""


def test_clean_keeps_paragraphs_but_not_runs_of_blank_lines():
    text = "\n  Đoạn  một \r\nvẫn đoạn một\n\n\n\n  Đoạn   hai  \n\n"
    assert clean(text) == "Đoạn một\nvẫn đoạn một\n\nĐoạn hai"
    assert clean(nfd("Nghèo")) == "Nghèo"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Giảm Nghèo", "giam ngheo"),
        ("ĐỒNG ĐẲNG", "dong dang"),
        ("Thạch An", "thach an"),
        ("Trùng Khánh", "trung khanh"),
        (nfd("Quảng Hòa"), "quang hoa"),
        ("", ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_has_diacritics():
    assert has_diacritics("giảm")
    assert has_diacritics("đi")
    assert has_diacritics(nfd("Hà"))
    assert not has_diacritics("giam ngheo 2021")
    assert not has_diacritics(None)


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("giam ngheo", "Tỷ lệ hộ nghèo giảm 4,0%", True),
        ("giam ngheo", "Giảm Nghèo bền vững", True),
        ("GIẢM nghèo", "giảm nghèo bền vững", True),
        ("giảm nghèo", "giam ngheo", False),  # a query with accents is meant
        ("giảm", "Giám đốc", False),
        ("lao dong viec lam", "Lao động - Việc làm", True),
        ("lao dong xyz", "Lao động - Việc làm", False),
        (nfd("việc làm"), "Giải quyết việc làm", True),
        ("việc làm", nfd("Giải quyết việc làm"), True),
        ("", "anything", True),
        ("   ", "anything", True),
        ("dang", "Đảng bộ", True),
    ],
)
def test_matches(query, text, expected):
    assert matches(query, text) is expected


def test_search_key_is_fold_of_clean():
    assert search_key("  Giảm   Nghèo\n\nbền vững ") == "giam ngheo\n\nben vung"
    assert search_key(nfd("Hòa An")) == "hoa an"


def test_vietnamese_alphabet_order():
    expected = ["an", "ăn", "ân", "bé", "da", "đa", "ê", "o", "ô", "ơ", "u", "ư"]
    shuffled = list(reversed(expected))
    assert sorted(shuffled, key=collation_key) == expected


def test_tones_after_base_letters_in_dictionary_order():
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(reversed(tones), key=collation_key) == tones
    # The base letters of the whole word come first: "mạ" < "mai".
    assert sorted(["mai", "mạ"], key=collation_key) == ["mạ", "mai"]


def test_district_names_order():
    names = ["Hòa An", "Hạ Lang", "Hà Quảng", "Bảo Lạc", "Bảo Lâm", "Thạch An", "Trùng Khánh"]
    assert sorted(names, key=collation_key) == [
        "Bảo Lạc",
        "Bảo Lâm",
        "Hà Quảng",
        "Hạ Lang",
        "Hòa An",
        "Thạch An",
        "Trùng Khánh",
    ]


def test_collation_is_case_insensitive_and_handles_nfd():
    assert sorted(["Đa", "da", "Ân", "an"], key=collation_key) == ["an", "Ân", "da", "Đa"]
    assert collation_key(nfd("Hà"))[0] == collation_key("Hà")[0]
    assert sorted(["b", "A"], key=collation_key) == ["A", "b"]


def test_digits_before_letters_and_by_value():
    assert sorted(["a", "2", "10", "1"], key=collation_key) == ["1", "2", "10", "a"]
    assert sorted(["Phường 10", "Phường 2", "Phường 1"], key=collation_key) == [
        "Phường 1",
        "Phường 2",
        "Phường 10",
    ]
    assert sorted(["II.10", "II.2", "II.1"], key=collation_key) == ["II.1", "II.2", "II.10"]


def test_other_scripts_fall_back_without_error():
    words = ["Москва", "東京", "émile", "zoo", "ü", "", "  "]
    result = sorted(words, key=collation_key)
    assert sorted(result) == sorted(words)
    assert result.index("émile") < result.index("zoo") < result.index("Москва")


def test_bilingual_error_messages():
    err = BilingualError("Lỗi", "Error")
    assert str(err) == "Lỗi"
    assert err.message("en") == "Error"
    assert isinstance(err, ValueError)


_VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọ"
_vi_words = st.text(alphabet=_VI_LETTERS + "AĂÂĐÔƠƯ 0123456789-", max_size=12)


@given(st.lists(_vi_words, max_size=15), st.randoms())
def test_sorting_does_not_depend_on_input_order(words, rnd):
    once = sorted(words, key=collation_key)
    shuffled = list(words)
    rnd.shuffle(shuffled)
    assert sorted(shuffled, key=collation_key) == once
    assert sorted(once, key=collation_key) == once


@given(st.lists(st.text(max_size=8), max_size=10))
def test_collation_key_is_total_on_any_text(words):
    # Any Unicode must give comparable keys (no TypeError) and a total order.
    ordered = sorted(words, key=collation_key)
    keys = [collation_key(w) for w in ordered]
    assert all(a <= b for a, b in zip(keys, keys[1:], strict=False))


@given(_vi_words)
def test_fold_removes_every_diacritic(word):
    folded = fold(word)
    assert not has_diacritics(folded)
    assert matches(folded, word)


def test_full_alphabet_order():
    order = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    assert "".join(sorted(reversed(order), key=collation_key)) == order
    upper = order.upper()
    assert "".join(sorted(reversed(upper), key=collation_key)) == upper


@given(_vi_words, _vi_words)
def test_collation_agrees_with_folded_order_when_bases_differ(a, b):
    # Words whose base letters (tones removed) differ compare by those bases;
    # tones never override a difference of base letters.
    def bases(w):
        return [k[0] for k in collation_key(w)[0]]

    if bases(a) != bases(b):
        assert (collation_key(a) < collation_key(b)) == (bases(a) < bases(b))


def test_random_district_sample_is_stable():
    names = ["Hà Quảng", "Hạ Lang", "Hòa An", "Quảng Hòa", "Nguyên Bình", "Bảo Lâm"]
    rng = random.Random(4)
    results = set()
    for _ in range(20):
        rng.shuffle(names)
        results.add(tuple(sorted(names, key=collation_key)))
    assert results == {("Bảo Lâm", "Hà Quảng", "Hạ Lang", "Hòa An", "Nguyên Bình", "Quảng Hòa")}
