"""The window offers what the permission table allows (services.permissions.can)."""

from __future__ import annotations

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor


def _action(win, text: str):
    for menu_action in win.menuBar().actions():
        for a in menu_action.menu().actions():
            if a.text() == text:
                return a
    raise AssertionError(text)


def test_imports_are_offered_only_to_roles_the_services_allow(make_window, demo_sqlite):
    from cbdesk.services.permissions import can
    from cbdesk.ui.i18n import tr

    for role in Role:
        actor = Actor(f"u-{role.value}", role)
        win = make_window(demo_sqlite, actor=actor)
        assert _action(win, tr("Import from Excel…")).isEnabled() == can(actor,
                                                                           "import.workbook")
        assert _action(win, tr("Read a plan from a document…")).isEnabled() == can(
            actor, "import.plan")
        win.close()
    assert not can(Actor("k", Role.VIEWER), "import.workbook")
    assert can(Actor("s", Role.STAFF), "import.workbook")
    assert not can(Actor("s", Role.STAFF), "import.plan")
