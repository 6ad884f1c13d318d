"""Who the command line acts as (docs/RELIABILITY.md §7).

A database without users: the person at this PC, as the administrator (one
PC, one clerk — as the window does). A database with users: the command line
signs in like the window — the user name from ``--user`` or CBDESK_USER (or a
prompt on a terminal), the password from CBDESK_PASSWORD (or a prompt on a
terminal; never on the command line, where other users could read it). A
user who has a password always needs it. Scheduled jobs set both variables
in the job's environment.
"""

from __future__ import annotations

import os
import sys

ENV_USER = "CBDESK_USER"
ENV_PASSWORD = "CBDESK_PASSWORD"


def _ask(prompt: str, secret: bool) -> str | None:
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    if secret:
        import getpass

        return getpass.getpass(prompt)
    print(prompt, end="", flush=True, file=sys.stderr)
    return sys.stdin.readline().strip()


def actor_for(args, db):
    """The Actor of this command on ``db`` (PermissionDenied when sign-in fails)."""
    from cbdesk.services import users
    from cbdesk.services.actors import system_actor
    from cbdesk.services.errors import PermissionDenied

    if not users.has_users(db):
        return system_actor()
    vi = (getattr(args, "lang", None) or "vi") == "vi"
    name = getattr(args, "user", None) or os.environ.get(ENV_USER) or _ask(
        "Tên đăng nhập: " if vi else "User name: ", secret=False)
    if not name:
        raise PermissionDenied(
            "Cơ sở dữ liệu này có người dùng: hãy đăng nhập bằng --user TÊN (hoặc biến môi "
            f"trường {ENV_USER}) và mật khẩu (nhập khi được hỏi, hoặc biến {ENV_PASSWORD}).",
            "This database has users: sign in with --user NAME (or the environment variable "
            f"{ENV_USER}) and a password (typed when asked, or {ENV_PASSWORD}).")
    if not users.needs_password(db, name):
        return users.sign_in_without_password(db, name)
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        password = _ask("Mật khẩu: " if vi else "Password: ", secret=True)
    if password is None:
        raise PermissionDenied(
            f"Người dùng '{name}' cần mật khẩu: đặt biến môi trường {ENV_PASSWORD} (lệnh chạy "
            "theo lịch) hoặc chạy trong cửa sổ dòng lệnh để được hỏi.",
            f"User '{name}' needs a password: set the environment variable {ENV_PASSWORD} "
            "(scheduled jobs) or run in a terminal to be asked for it.")
    return users.authenticate(db, name, password)
