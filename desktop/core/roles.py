"""User roles and the permission table: which role may perform which action."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.errors import DomainError

__all__ = [
    "ACTIONS",
    "ADMIN",
    "APPROVER",
    "AUDITOR",
    "OPERATOR",
    "PERMISSIONS",
    "ROLE_LABELS",
    "ROLES",
    "allowed",
    "require",
]

ADMIN = "admin"  # 管理员: organization, users, settings, backups
OPERATOR = "operator"  # 经办人: rosters, plans, tasks, draws, records
APPROVER = "approver"  # 审批人: sign-offs (replacements, reviews, publication, corrections)
AUDITOR = "auditor"  # 监督: read-only, may verify the audit chain

ROLES: tuple[str, ...] = (ADMIN, OPERATOR, APPROVER, AUDITOR)
ROLE_LABELS: dict[str, str] = {ADMIN: "管理员", OPERATOR: "经办人", APPROVER: "审批人", AUDITOR: "监督"}

_ALL = frozenset(ROLES)
_OP = frozenset({OPERATOR})
_OP_ADMIN = frozenset({OPERATOR, ADMIN})
_APP = frozenset({APPROVER})
_ADM = frozenset({ADMIN})

# Separation of duties: whoever runs a step is not the one who signs it off, so sign-offs are
# the approver's alone; the auditor only reads and verifies.
PERMISSIONS: dict[str, frozenset[str]] = {
    "view": _ALL,
    "items.edit": _OP,  # 抽查事项清单
    "items.publish": _APP,
    "roster.edit": _OP,  # 检查对象 / 执法检查人员名录库, 回避关系
    "roster.import": _OP,
    "plan.edit": _OP,  # 年度抽查计划
    "plan.publish": _APP,
    "task.edit": _OP,  # 抽查任务
    "draw.rehearse": _OP,  # 演练
    "draw.run": _OP,  # 摇号
    "draw.lock": _OP,  # 锁定并派发
    "draw.abandon": _OP,
    "replacement.request": _OP,
    "replacement.approve": _APP,
    "record.enter": _OP,  # 抽查情况记录表
    "record.review": _APP,  # 组长/领导审核
    "publication.prepare": _OP,
    "publication.publish": _APP,
    "correction.request": _OP,
    "correction.approve": _APP,  # with the principal's signature recorded
    "objection.enter": _OP,
    "objection.decide": _APP,
    "document.print": frozenset({OPERATOR, APPROVER, ADMIN}),
    "report.export": frozenset({OPERATOR, APPROVER, ADMIN, AUDITOR}),
    "archive.build": _OP_ADMIN,
    "settings.edit": _ADM,  # rule profile, holiday calendar, numbering
    "users.manage": _ADM,
    "backup.run": _ADM,
    "backup.restore": _ADM,
    "audit.view": frozenset({ADMIN, AUDITOR, APPROVER}),
    "audit.verify": frozenset({ADMIN, AUDITOR}),
}

ACTIONS: tuple[str, ...] = tuple(sorted(PERMISSIONS))


def allowed(roles: Iterable[str], action: str) -> bool:
    """Whether any of `roles` may perform `action`; an unknown action is never allowed."""
    permitted = PERMISSIONS.get(action)
    # A bare string is one role, not an iterable of one-letter roles.
    role_set = {roles} if isinstance(roles, str) else set(roles)
    return permitted is not None and not permitted.isdisjoint(role_set)


def require(roles: Iterable[str], action: str) -> None:
    """Raise ``DomainError("forbidden", action=...)`` unless one of `roles` may perform `action`."""
    if action not in PERMISSIONS:
        raise DomainError("unknown_action", action=action)
    if not allowed(roles, action):
        raise DomainError("forbidden", action=action)
