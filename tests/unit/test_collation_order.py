"""Vietnamese collation (core.text.collation_key), the finer points: each tone
decides within its word before the next word is looked at, punctuation <
digits < letters < other scripts, numbers with leading zeros by value,
letters after a number, lower case before upper case on a tie, and an order
that never depends on the input order. Also the bilingual error's messages."""

from __future__ import annotations

import unicodedata

import pytest

from cbdesk.core.text import BilingualError, collation_key


def order(words):
    return sorted(words, key=collation_key)


TONES = ["ha", "hà", "hả", "hã", "há", "hạ"]  # ngang, huyền, hỏi, ngã, sắc, nặng


@pytest.mark.parametrize("i", range(len(TONES) - 1), ids=lambda i: f"{TONES[i]}<{TONES[i + 1]}")
def test_each_tone_decides_within_its_word_before_the_next_word(i):
    lower, higher = TONES[i], TONES[i + 1]
    # The next word would put them the other way round; the tone comes first.
    assert order([f"{higher} an", f"{lower} bình"]) == [f"{lower} bình", f"{higher} an"]


def test_punctuation_before_digits_before_letters_before_other_scripts():
    assert order(["Б", "a", "9", "-", "(a)"]) == ["(a)", "-", "9", "a", "Б"]
    assert order(["1", "+"]) == ["+", "1"]


def test_letters_with_marks_vietnamese_does_not_use_sort_after_the_alphabet():
    # ü, ç and ṍ (two tone marks on one letter) are not the Vietnamese u, c, o.
    for foreign in ("ü", "ç", "ṍ"):
        assert order([foreign, "z"]) == ["z", foreign]
    assert order(["mü an", "mu bình"]) == ["mu bình", "mü an"]


def test_numbers_with_leading_zeros_sort_by_their_value():
    assert order(["Tổ 10", "Tổ 05", "Tổ 7", "Tổ 3"]) == ["Tổ 3", "Tổ 05", "Tổ 7", "Tổ 10"]
    assert order(["Số 007", "Số 8", "Số 06"]) == ["Số 06", "Số 007", "Số 8"]
    # Equal values: the shorter writing first.
    assert order(["01", "1", "001"]) == ["1", "01", "001"]


def test_letters_after_a_number_still_count():
    assert order(["12b Kim Đồng", "12a Lê Lợi"]) == ["12a Lê Lợi", "12b Kim Đồng"]


def test_lower_case_comes_before_upper_case_when_nothing_else_differs():
    assert order(["Hà Nội", "hà nội"]) == ["hà nội", "Hà Nội"]
    assert order(["Đa", "đa"]) == ["đa", "Đa"]


def test_the_order_of_nfc_and_nfd_spellings_does_not_depend_on_the_input_order():
    nfc = "Hòa An"
    nfd = unicodedata.normalize("NFD", nfc)
    assert order([nfc, nfd]) == order([nfd, nfc])
    assert collation_key(nfc) != collation_key(nfd)


def test_a_bilingual_error_gives_each_language_its_message():
    err = BilingualError("Lỗi", "Error")
    assert err.message_vi == "Lỗi" and err.message("vi") == "Lỗi"
    assert err.message_en == "Error" and err.message("en") == "Error"
    only_vi = BilingualError("Chỉ tiếng Việt")
    assert only_vi.message("en") == "Chỉ tiếng Việt"
