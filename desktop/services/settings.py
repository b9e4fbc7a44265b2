"""Read and change settings: the organization, the rule profile, plain key/value options."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Organization, Setting
from desktop.core import profiles
from desktop.core import roles as role_names
from desktop.core.errors import DomainError
from desktop.services import audit
from desktop.services.context import Actor

PROFILE_KEY = "rule_profile"


@dataclass(frozen=True)
class OrgInfo:
    """The bureau as the UI shows it."""

    name: str
    code: str
    address: str
    phone: str


def get_value(session: Session, key: str, default: Any = None) -> Any:
    """A setting's value, or `default` when unset."""
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_value(session: Session, actor: Actor, key: str, value: Any) -> None:
    """Store a setting and record the change."""
    actor.require_any(role_names.ADMIN)
    row = session.get(Setting, key)
    old = None if row is None else row.value
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
    audit.record(session, actor, "setting.change", "setting", key, {"old": old, "new": value})


def get_profile(session: Session) -> profiles.RuleProfile:
    """The rule profile in force (the 咸宁 preset until first start chooses one)."""
    raw = get_value(session, PROFILE_KEY)
    if raw is None:
        return profiles.PRESETS["xianning"]
    return profiles.profile_from_dict(raw)


def save_profile(session: Session, actor: Actor, profile: profiles.RuleProfile) -> None:
    """Store the rule profile; every value stays editable later."""
    set_value(session, actor, PROFILE_KEY, profiles.profile_to_dict(profile))


def get_org(session: Session) -> OrgInfo | None:
    """The organization, or None before first start."""
    org = session.scalar(select(Organization).order_by(Organization.id).limit(1))
    if org is None:
        return None
    return OrgInfo(org.name, org.code, org.address, org.phone)


def update_org(session: Session, actor: Actor, name: str, code: str, address: str = "",
               phone: str = "") -> OrgInfo:
    """Change the organization's name and 机关代字."""
    actor.require_any(role_names.ADMIN)
    if not name.strip() or not code.strip():
        raise DomainError("org_fields_required")
    org = session.scalar(select(Organization).order_by(Organization.id).limit(1))
    if org is None:
        org = Organization(name=name.strip(), code=code.strip(), address=address, phone=phone)
        session.add(org)
    else:
        org.name, org.code, org.address, org.phone = name.strip(), code.strip(), address, phone
    session.flush()
    audit.record(session, actor, "org.update", "organization", org.id, {"name": org.name, "code": org.code})
    return OrgInfo(org.name, org.code, org.address, org.phone)
