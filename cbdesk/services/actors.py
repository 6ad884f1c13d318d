"""Who is acting: every change carries its user into the audit trail, and the
role rules (viewer < staff < leader < admin) are enforced here, in services."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field

from cbdesk.core.enums import Role
from cbdesk.services.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    username: str
    role: Role = Role.ADMIN
    unit_code: str | None = None  # staff may be limited to their unit's tasks
    # A signed-in user account (not the local user of a database without
    # users): services check it is still active before each write.
    account: bool = field(default=False, compare=False)

    def require(self, role: Role, what_vi: str, what_en: str) -> None:
        """Refuse unless this actor has at least ``role``."""
        if self.role.rank < role.rank:
            raise PermissionDenied(
                f"Bạn ({self.username}, vai trò {self.role.label('vi')}) không có quyền "
                f"{what_vi}; cần vai trò {role.label('vi')}.",
                f"You ({self.username}, role {self.role.label('en')}) may not {what_en}; "
                f"it needs the {role.label('en')} role.",
            )


def system_actor() -> Actor:
    """The person at this PC, for the command line and a single-user install."""
    try:
        name = getpass.getuser()
    except Exception:  # no login name (a service account, a container)
        name = "cbdesk"
    return Actor(username=name, role=Role.ADMIN)
