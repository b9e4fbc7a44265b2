"""First start: the organization, departments, the first administrator and the rule profile."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.models import Department
from desktop.core import profiles
from desktop.core import roles as role_names
from desktop.core.errors import DomainError
from desktop.services import audit, auth, settings
from desktop.services.context import SYSTEM, Actor


@dataclass(frozen=True)
class FirstStartDraft:
    """Everything the first-start wizard collects, submitted once."""

    org_name: str
    org_code: str
    departments: tuple[str, ...]
    admin_username: str
    admin_display_name: str
    admin_password: str
    profile_key: str


def needs_first_start(session: Session) -> bool:
    """True on an empty database: no organization or no user yet."""
    return settings.get_org(session) is None or auth.user_count(session) == 0


def validate_draft(draft: FirstStartDraft) -> None:
    """Check a draft before anything is written."""
    if not draft.org_name.strip() or not draft.org_code.strip():
        raise DomainError("org_fields_required")
    names = [d.strip() for d in draft.departments if d.strip()]
    if not names:
        raise DomainError("departments_required")
    if len(set(names)) != len(names):
        raise DomainError("department_duplicate")
    if draft.profile_key not in profiles.PRESETS:
        raise DomainError("profile_unknown", key=draft.profile_key)
    auth.check_password_rule(draft.admin_password)
    if not draft.admin_username.strip() or not draft.admin_display_name.strip():
        raise DomainError("user_fields_required")


def first_start(session: Session, draft: FirstStartDraft) -> Actor:
    """Create the organization, departments, administrator and profile in one transaction."""
    if not needs_first_start(session):
        raise DomainError("already_set_up")
    validate_draft(draft)
    settings.update_org(session, SYSTEM, draft.org_name, draft.org_code)
    for name in dict.fromkeys(d.strip() for d in draft.departments if d.strip()):
        session.add(Department(name=name))
    session.flush()
    admin = auth.create_user(session, SYSTEM, draft.admin_username, draft.admin_display_name,
                             draft.admin_password, {role_names.ADMIN})
    settings.save_profile(session, SYSTEM, profiles.PRESETS[draft.profile_key])
    audit.record(session, SYSTEM, "setup.first_start", "organization", draft.org_code,
                 {"departments": list(draft.departments), "profile": draft.profile_key})
    return admin
