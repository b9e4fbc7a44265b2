"""Tests for roles and the permission table."""

from __future__ import annotations

import pytest

from desktop.core.errors import DomainError
from desktop.core.roles import (
    ACTIONS,
    ADMIN,
    APPROVER,
    AUDITOR,
    OPERATOR,
    PERMISSIONS,
    ROLE_LABELS,
    ROLES,
    allowed,
    require,
)

REQUIRED_ACTIONS = {
    "roster.edit", "draw.run", "draw.lock", "replacement.approve", "record.enter", "record.review",
    "publication.publish", "correction.approve", "settings.edit", "users.manage", "audit.verify", "view",
}  # fmt: skip


def test_constants() -> None:
    assert (ADMIN, OPERATOR, APPROVER, AUDITOR) == ("admin", "operator", "approver", "auditor")
    assert ROLE_LABELS == {ADMIN: "管理员", OPERATOR: "经办人", APPROVER: "审批人", AUDITOR: "监督"}


def test_table_is_well_formed() -> None:
    assert REQUIRED_ACTIONS <= set(PERMISSIONS)
    assert ACTIONS == tuple(sorted(PERMISSIONS))
    for action, roles in PERMISSIONS.items():
        assert roles, action
        assert roles <= set(ROLES), action


def test_everyone_may_view() -> None:
    for role in ROLES:
        require({role}, "view")


def test_auditor_is_read_only() -> None:
    writes = [a for a in PERMISSIONS if a not in {"view", "audit.view", "audit.verify", "report.export"}]
    for action in writes:
        assert not allowed({AUDITOR}, action), action
    require({AUDITOR}, "audit.verify")


def test_sign_offs_are_the_approvers() -> None:
    for action in ("replacement.approve", "record.review", "publication.publish", "correction.approve"):
        require({APPROVER}, action)
        assert not allowed({OPERATOR}, action)
        assert not allowed({ADMIN}, action)


def test_operator_runs_the_draw() -> None:
    for action in ("roster.edit", "draw.run", "draw.lock", "record.enter"):
        require({OPERATOR}, action)
        assert not allowed({APPROVER}, action)


def test_admin_only() -> None:
    for action in ("settings.edit", "users.manage"):
        require({ADMIN}, action)
        for role in (OPERATOR, APPROVER, AUDITOR):
            assert not allowed({role}, action)


def test_forbidden_error() -> None:
    with pytest.raises(DomainError) as info:
        require({OPERATOR}, "users.manage")
    assert info.value.code == "forbidden"
    assert info.value.params == {"action": "users.manage"}
    with pytest.raises(DomainError):
        require(set(), "view")


def test_several_roles_and_bare_string() -> None:
    require({OPERATOR, APPROVER}, "publication.publish")
    assert allowed(ADMIN, "settings.edit")
    assert not allowed("a", "settings.edit")  # a string is one role, not its letters


def test_unknown_action() -> None:
    assert not allowed({ADMIN}, "nope")
    with pytest.raises(DomainError) as info:
        require({ADMIN}, "nope")
    assert info.value.code == "unknown_action"
