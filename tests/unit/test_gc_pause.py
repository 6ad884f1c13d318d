"""The garbage-collector pause around bulk work (core.gcpause): off inside,
back on after (also after an error), and only turned back on by whoever
turned it off."""

from __future__ import annotations

import gc

import pytest

from cbdesk.core.gcpause import gc_paused


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_off_inside_and_on_again_after(collector_on):
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_is_on_again_after_an_error_inside(collector_on):
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("layout failed")
    assert gc.isenabled()


def test_a_nested_pause_leaves_the_collector_off_for_the_outer_one(collector_on):
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_caller_that_keeps_the_collector_off_finds_it_still_off(collector_on):
    gc.disable()
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
