"""Log in, hash passwords, lock out after repeated failures, manage users."""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import User
from desktop.core import roles as role_names
from desktop.core.errors import DomainError
from desktop.services import audit
from desktop.services.context import SYSTEM, Actor

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """Argon2id hash of a password."""
    return _hasher.hash(password)


def _actor(user: User) -> Actor:
    return Actor(user.username, user.display_name, frozenset(r for r in user.roles.split(",") if r))


def check_password_rule(password: str) -> None:
    """Reject passwords a bureau should not use."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError("password_too_short", min=MIN_PASSWORD_LENGTH)


def login(session: Session, username: str, password: str, now: datetime | None = None) -> Actor:
    """Check a password; count failures and lock the account after too many."""
    now = now or datetime.now()
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        audit.record(session, SYSTEM, "login.failed", "user", username, {"reason": "unknown"})
        session.commit()  # keep the record of the failed attempt (see below)
        raise DomainError("login_failed")
    if user.locked_until is not None and user.locked_until > now:
        raise DomainError("account_locked", until=user.locked_until.strftime("%H:%M"))
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        details: dict[str, object] = {"failed": user.failed_logins}
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
            details["locked_until"] = user.locked_until.isoformat()
        audit.record(session, SYSTEM, "login.failed", "user", user.username, details)
        # The failure count must survive the exception (the caller's transaction rolls back on
        # errors), otherwise lock-out could never trigger: commit it here on purpose.
        session.commit()
        raise DomainError("login_failed") from None
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    actor = _actor(user)
    audit.record(session, actor, "login", "user", user.username)
    return actor


def create_user(session: Session, actor: Actor, username: str, display_name: str, password: str,
                roles: set[str], department_id: int | None = None) -> Actor:
    """Add a user; only an administrator may (the very first user is created by first start)."""
    actor.require_any(role_names.ADMIN)
    username = username.strip()
    if not username or not display_name.strip():
        raise DomainError("user_fields_required")
    unknown = roles - set(role_names.ROLES)
    if unknown or not roles:
        raise DomainError("user_roles_invalid", roles=",".join(sorted(unknown)))
    check_password_rule(password)
    if session.scalar(select(func.count()).select_from(User).where(User.username == username)):
        raise DomainError("user_exists", username=username)
    user = User(username=username, display_name=display_name.strip(),
                password_hash=hash_password(password), roles=",".join(sorted(roles)),
                department_id=department_id)
    session.add(user)
    session.flush()
    audit.record(session, actor, "user.create", "user", username, {"roles": sorted(roles)})
    return _actor(user)


def user_count(session: Session) -> int:
    """How many users exist (zero means first start)."""
    return int(session.scalar(select(func.count()).select_from(User)) or 0)
