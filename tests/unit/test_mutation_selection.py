"""`make mutation` judges each service mutant by the tests that execute its
function (scripts/mutation_cover.py): the choice of tests decides the score."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from mutation_cover import Selector  # noqa: E402

SOURCE = '''\
LIMIT = 5


def outer(x):
    def inner(y):
        return y + LIMIT
    total = inner(x)
    return total


def other():
    return 1
'''

# tests 0..3 with their durations; lines as coverage reports them
MAP = {
    "tests": ["t_slow_outer", "t_fast_outer", "t_inner", "t_other"],
    "seconds": [3.0, 0.1, 0.5, 0.2],
    "lines": {"m.py": {"1": [0, 1, 2, 3], "4": [0, 1, 2, 3], "5": [0, 1, 2], "6": [2],
                       "7": [0, 1], "8": [0, 1], "11": [0, 1, 2, 3], "12": [3]}},
}


def selector() -> Selector:
    return Selector(MAP, "m.py", SOURCE)


def test_a_mutant_is_judged_by_the_tests_of_its_innermost_function_that_ran_its_line_first():
    # line 6 is in inner(): only t_inner ran it; nobody else ran a line of inner()
    assert selector().tests_for(6) == ["t_inner"]


def test_tests_that_ran_the_very_line_come_first_then_the_rest_of_the_function_fastest_first():
    # line 8 is in outer(): t_fast_outer and t_slow_outer ran it; t_inner ran line 5 only
    assert selector().tests_for(8) == ["t_fast_outer", "t_slow_outer", "t_inner"]


def test_a_mutant_outside_any_function_is_judged_by_every_test_of_the_module():
    assert selector().tests_for(1) == ["t_fast_outer", "t_other", "t_inner", "t_slow_outer"]


def test_a_function_no_test_ran_has_no_judge_and_its_mutants_count_as_run_by_no_test():
    empty = dict(MAP, lines={"m.py": {"1": [0]}})
    assert Selector(empty, "m.py", SOURCE).tests_for(12) == []


def test_the_time_limit_adds_up_the_durations_of_the_chosen_tests():
    assert selector().seconds_of(["t_inner", "t_other", "unknown"]) == 0.7


def test_a_mutant_of_a_signature_is_judged_by_the_callers_not_by_every_importer():
    # the def line of other() ran for every test (import); only t_other ran its body
    assert selector().tests_for(11) == ["t_other"]


def test_survivors_caught_again_are_counted_once_per_mutant_and_never_for_one_caught_before():
    from mutation import _caught_later

    # the run: two "continue → break" mutants, one survived (line 9), one was caught
    remaining = [[9, "continue", "break"], [12, "x = 1", "x = 2"]]
    # again: both "continue" mutants judged; only one caught — the one caught before
    again = {"caught": [["continue", "break"]],
             "survivors": [[9, "continue", "break"], [12, "x = 1", "x = 2"]]}
    assert _caught_later(remaining, again) == (0, remaining)
    # both caught now: the survivor is caught later
    again = {"caught": [["continue", "break"], ["continue", "break"], ["x = 1", "x = 2"]],
             "survivors": []}
    assert _caught_later(remaining, again) == (2, [])
