"""Users and roles: viewer < staff < leader < admin (SPEC §5).

Passwords are stored as ``scrypt$n$r$p$salt_b64$hash_b64`` (hashlib.scrypt,
a random 16-byte salt, n=2**17, r=8, p=1; older hashes are upgraded at sign-in) and compared in constant time. A
single-PC install may let people sign in by name only, when the setting
``signin.password_required`` is "0".
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select

from cbdesk.core import text as vtext
from cbdesk.core.enums import Role
from cbdesk.db.engine import Database
from cbdesk.db.models import AppUser, Unit
from cbdesk.services import audit, permissions, settings
from cbdesk.services.actors import Actor
from cbdesk.services.errors import NotFound, PermissionDenied, ValidationError

# OWASP Password Storage Cheat Sheet (2024): scrypt N=2^17, r=8, p=1.
SCRYPT_N_DEFAULT = 2**17
SCRYPT_N, SCRYPT_R, SCRYPT_P = SCRYPT_N_DEFAULT, 8, 1
if os.environ.get("CBDESK_SCRYPT_N", "").isdigit():  # the test suite only (conftest)
    SCRYPT_N = max(2**14, int(os.environ["CBDESK_SCRYPT_N"]))
MIN_PASSWORD = 6


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    role: Role
    unit_code: str | None
    active: bool
    has_password: bool


def hash_password(password: str, salt: bytes | None = None, n: int | None = None,
                  r: int | None = None, p: int | None = None) -> str:
    """The stored form of ``password`` (today's parameters unless given)."""
    n, r, p = n or SCRYPT_N, r or SCRYPT_R, p or SCRYPT_P
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32,
                            maxmem=_maxmem(n, r, p))
    b64 = base64.b64encode
    return f"scrypt${n}${r}${p}${b64(salt).decode()}${b64(digest).decode()}"


def _maxmem(n: int, r: int, p: int) -> int:
    """Memory scrypt needs (128·n·r plus 128·r·p), with room to spare."""
    return 128 * r * (n + p) + (16 << 20)


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` was made with weaker parameters than today's."""
    try:
        _scheme, n, r, p, _salt, _hash = stored.split("$")
        return (int(n), int(r), int(p)) < (SCRYPT_N, SCRYPT_R, SCRYPT_P)
    except ValueError:
        return True


def check_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored`` (constant-time comparison)."""
    try:
        scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(hash_b64)
        if int(n) > 2**20 or int(r) > 32 or int(p) > 16:
            return False  # not one of ours; refuse rather than spend gigabytes
        digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=int(n), r=int(r),
                                p=int(p), dklen=len(expected),
                                maxmem=_maxmem(int(n), int(r), int(p)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


@functools.cache
def _dummy_hash() -> str:
    """A hash to check against when the user does not exist, so that a wrong
    name costs as much as a wrong password. Made on first use: scrypt takes
    a good part of a second, which start-up should not pay."""
    return hash_password("cbdesk-dummy", salt=b"\0" * 16)
_WRONG = ("Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong user name or password.")


def _role(value) -> Role:
    try:
        return value if isinstance(value, Role) else Role.parse(str(value))
    except ValueError:
        raise ValidationError(f"Vai trò '{value}' không hợp lệ.",
                              f"Unknown role '{value}'.") from None


def _check_new_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.",
                              f"A password needs at least {MIN_PASSWORD} characters.")


def _actor_of(u: AppUser, unit_code: str | None) -> Actor:
    return Actor(username=u.username, role=Role(u.role), unit_code=unit_code, account=True)


def _unit_code(s, u: AppUser) -> str | None:
    if u.unit_id is None:
        return None
    unit = s.get(Unit, u.unit_id)
    return unit.code if unit else None


def add_user(db: Database, actor: Actor, username: str, full_name: str, role,
             password: str | None = None, unit_code: str | None = None) -> UserInfo:
    """Add a user (admin only)."""
    permissions.require(actor, "users.manage", db)
    name = vtext.clean(username or "").strip()
    if not name or any(c.isspace() for c in name):
        raise ValidationError("Tên đăng nhập không được trống hoặc chứa khoảng trắng.",
                              "A user name may not be empty or contain spaces.")
    r = _role(role)
    if password is not None:
        _check_new_password(password)
    with db.session() as s:
        if s.scalars(select(AppUser).where(AppUser.username == name)).first() is not None:
            raise ValidationError(f"Đã có người dùng '{name}'.", f"User '{name}' exists.")
        unit_id = None
        if unit_code:
            unit = s.scalars(select(Unit).where(Unit.code == vtext.clean(unit_code))).first()
            if unit is None:
                raise NotFound(f"Không có đơn vị '{unit_code}'.", f"No unit '{unit_code}'.")
            unit_id = unit.id
        s.add(AppUser(username=name, full_name=vtext.clean(full_name or ""), role=r.value,
                      password_hash=hash_password(password) if password else "",
                      unit_id=unit_id, active=True))
        audit.record(s, actor, "user", name, "role", None, r.value)
    return UserInfo(name, vtext.clean(full_name or ""), r, unit_code, True, bool(password))


def list_users(db: Database) -> list[UserInfo]:
    with db.session() as s:
        units = {u.id: u.code for u in s.scalars(select(Unit))}
        return [UserInfo(u.username, u.full_name, Role(u.role), units.get(u.unit_id), u.active,
                         bool(u.password_hash))
                for u in s.scalars(select(AppUser).order_by(AppUser.username))]


def _get(s, username: str) -> AppUser:
    u = s.scalars(select(AppUser).where(AppUser.username == username)).first()
    if u is None:
        raise NotFound(f"Không có người dùng '{username}'.", f"No user '{username}'.")
    return u


def set_password(db: Database, actor: Actor, username: str, new_password: str,
                 old_password: str | None = None) -> None:
    """Set a password: an admin for anyone; a user for themself, giving the old one
    when they have one."""
    _check_new_password(new_password)
    with db.session() as s:
        u = _get(s, username)
        if actor.role != Role.ADMIN:
            if actor.username != username:
                raise PermissionDenied(
                    "Bạn chỉ được đổi mật khẩu của chính mình.",
                    "You may only change your own password.")
            if u.password_hash and not check_password(old_password or "", u.password_hash):
                raise PermissionDenied("Mật khẩu cũ không đúng.", "The old password is wrong.")
        u.password_hash = hash_password(new_password)
        audit.record(s, actor, "user", username, "password", None, "(đổi)")


def set_role(db: Database, actor: Actor, username: str, role, active: bool = True) -> None:
    """Change a user's role or deactivate them (admin only)."""
    permissions.require(actor, "users.manage", db)
    r = _role(role)
    with db.session() as s:
        u = _get(s, username)
        if u.role != r.value:
            audit.record(s, actor, "user", username, "role", u.role, r.value)
            u.role = r.value
        if u.active != active:
            audit.record(s, actor, "user", username, "active", int(u.active), int(active))
            u.active = active


def authenticate(db: Database, username: str, password: str) -> Actor:
    """The actor for a user name and password; PermissionDenied when wrong."""
    with db.session() as s:
        u = s.scalars(select(AppUser).where(AppUser.username == (username or "").strip())
                      ).first()
        stored = u.password_hash if u is not None and u.password_hash else _dummy_hash()
        ok = check_password(password or "", stored)  # same work whether or not u exists
        if u is None or not u.password_hash or not ok or not u.active:
            raise PermissionDenied(*_WRONG)
        if needs_rehash(u.password_hash):  # an older, weaker hash: upgraded now
            u.password_hash = hash_password(password)
        return _actor_of(u, _unit_code(s, u))


def sign_in_without_password(db: Database, username: str) -> Actor:
    """Sign in by name only: allowed only when ``signin.password_required`` is
    "0" and only for a user who has no password (one who has one always needs it)."""
    with db.session() as s:
        u = s.scalars(select(AppUser).where(AppUser.username == (username or "").strip())
                      ).first()
        if (settings.get(s, "signin.password_required").strip() != "0"
                or (u is not None and u.password_hash)):
            raise PermissionDenied("Cần nhập mật khẩu để đăng nhập.",
                                   "A password is required to sign in.")
        if u is None or not u.active:
            raise PermissionDenied(*_WRONG)
        return _actor_of(u, _unit_code(s, u))


def has_users(db: Database) -> bool:
    """Whether the database has user accounts (then everyone signs in)."""
    with db.session() as s:
        return s.scalars(select(AppUser.id).limit(1)).first() is not None


def needs_password(db: Database, username: str) -> bool:
    """Whether signing in as ``username`` needs a password: always for a user
    who has one, and for everyone when ``signin.password_required`` is not "0"."""
    with db.session() as s:
        u = s.scalars(select(AppUser).where(AppUser.username == (username or "").strip())
                      ).first()
        return (u is None or bool(u.password_hash)
                or settings.get(s, "signin.password_required").strip() != "0")
