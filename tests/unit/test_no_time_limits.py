"""A busy PC must still pass `make test`: no test is failed for being slow."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def test_property_tests_have_no_deadline_and_slow_data_is_not_a_failure():
    assert settings().deadline is None
    assert HealthCheck.too_slow in settings().suppress_health_check


@given(st.integers())
def test_a_property_test_without_its_own_settings_inherits_them(n):
    assert settings().deadline is None and isinstance(n, int)
