"""Login with lock-out, user creation with role checks, first start."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from db.models import Department, Organization, User
from desktop.core.errors import DomainError
from desktop.services import auth, settings, setup
from desktop.services.context import Actor

DRAFT = setup.FirstStartDraft(
    org_name="咸宁市公安局", org_code="咸公", departments=("治安管理大队", "禁毒大队"),
    admin_username="admin", admin_display_name="管理员", admin_password="secret-pass-1",
    profile_key="xianning",
)


def test_first_start_creates_everything_once(db) -> None:
    with db.read() as s:
        assert setup.needs_first_start(s)
    with db.write() as s:
        admin = setup.first_start(s, DRAFT)
    assert admin.has("admin")
    with db.read() as s:
        assert not setup.needs_first_start(s)
        assert s.scalar(select(func.count()).select_from(Department)) == 2
        assert s.scalar(select(Organization.code)) == "咸公"
        assert settings.get_profile(s) is not None
    with db.write() as s, pytest.raises(DomainError) as e:
        setup.first_start(s, DRAFT)
    assert e.value.code == "already_set_up"


@pytest.mark.parametrize("change, code", [
    ({"org_name": " "}, "org_fields_required"),
    ({"departments": ()}, "departments_required"),
    ({"departments": ("a", "a")}, "department_duplicate"),
    ({"admin_password": "short"}, "password_too_short"),
    ({"profile_key": "nowhere"}, "profile_unknown"),
])
def test_bad_first_start_changes_nothing(db, change, code) -> None:
    bad = setup.FirstStartDraft(**{**DRAFT.__dict__, **change})
    with pytest.raises(DomainError) as e, db.write() as s:
        setup.first_start(s, bad)
    assert e.value.code == code
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == 0
        assert s.scalar(select(func.count()).select_from(User)) == 0


def test_login_and_lockout(db) -> None:
    with db.write() as s:
        setup.first_start(s, DRAFT)
    with db.write() as s:
        assert auth.login(s, "admin", "secret-pass-1").username == "admin"
    now = datetime(2026, 3, 2, 9, 0)
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(DomainError) as e, db.write() as s:
            auth.login(s, "admin", "wrong", now=now)
        assert e.value.code == "login_failed"
    # Failed attempts must persist although the service raised: the UI commits them separately.
    with pytest.raises(DomainError) as e, db.write() as s:
        auth.login(s, "admin", "secret-pass-1", now=now)
    assert e.value.code == "account_locked"
    with db.write() as s:
        assert auth.login(s, "admin", "secret-pass-1", now=now + timedelta(minutes=16)).username == "admin"


def test_only_admin_creates_users(db) -> None:
    with db.write() as s:
        admin = setup.first_start(s, DRAFT)
    operator = Actor("op", "经办", frozenset({"operator"}))
    with pytest.raises(DomainError) as e, db.write() as s:
        auth.create_user(s, operator, "x", "某人", "password1", {"operator"})
    assert e.value.code == "forbidden"
    with db.write() as s:
        created = auth.create_user(s, admin, "op", "经办人甲", "password1", {"operator"})
    assert created.roles == frozenset({"operator"})
    with pytest.raises(DomainError) as e, db.write() as s:
        auth.create_user(s, admin, "op", "重复", "password1", {"operator"})
    assert e.value.code == "user_exists"
