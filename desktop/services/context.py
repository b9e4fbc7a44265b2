"""Who is acting: the logged-in user as services see it (no ORM objects leave services)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.errors import DomainError


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service call runs."""

    username: str
    display_name: str
    roles: frozenset[str]

    def has(self, role: str) -> bool:
        """True when the user holds `role`."""
        return role in self.roles

    def require_any(self, *roles: str) -> None:
        """Raise `forbidden` unless the user holds one of `roles` (checked in services, not only UI)."""
        if not self.roles.intersection(roles):
            raise DomainError("forbidden", user=self.username, needed=",".join(roles))


# The account used by headless commands (demo loading, migrations) — recorded as such in the audit log.
SYSTEM = Actor(username="system", display_name="系统", roles=frozenset({"admin"}))
