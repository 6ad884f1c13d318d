"""Ending and splitting areas through the service (the window's catalog
dialogs are not in the mutation map): ending one area touches only that one
and is stored; the parts of a split keep the level they are given."""

from __future__ import annotations

from datetime import date

from cbdesk.core.enums import AreaLevel, Role
from cbdesk.services import catalog
from cbdesk.services.actors import Actor
from cbdesk.services.catalog_changes import NewArea, end_area, split_area

ADMIN = Actor("quantri", Role.ADMIN)


def _areas(db):
    return {a.code: a for a in catalog.list_areas(db)}


def test_ending_an_area_stores_its_last_day_and_touches_no_other(db):
    catalog.save_area(db, ADMIN, "HA", "Huyện A")
    catalog.save_area(db, ADMIN, "HB", "Huyện B")
    end_area(db, ADMIN, "HB", date(2025, 6, 30))
    areas = _areas(db)
    assert areas["HB"].valid_to == date(2025, 6, 30)
    assert areas["HA"].valid_to is None


def test_the_parts_of_a_split_keep_the_level_they_are_given(db):
    catalog.save_area(db, ADMIN, "H", "Huyện cũ")
    catalog.save_area(db, ADMIN, "HX", "Huyện khác")
    split_area(db, ADMIN, "H", [NewArea("X1", "Xã Một", level="commune"),
                                NewArea("H2", "Huyện Hai")], date(2025, 7, 1))
    areas = _areas(db)
    assert areas["X1"].level is AreaLevel.COMMUNE
    assert areas["H2"].level is AreaLevel.DISTRICT
    assert areas["H"].valid_to == date(2025, 6, 30) and areas["HX"].valid_to is None
    assert areas["X1"].valid_from == date(2025, 7, 1)
