"""SR1 §4 inspectors: role pools, acceptability (team, conflicts, max_load) and unbiased picks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from desktop.core.errors import DomainError
from desktop.core.sr1.canonical import ConflictRow, InspectorRow
from desktop.core.sr1.crypto import Stream
from desktop.core.sr1.rules import Rules

ROLE_LEADER = "leader"
ROLE_MEMBER = "member"
DEPT_PREFIX = "dept:"


class Member(NamedTuple):
    """One seat on a team: who, and in which role (`leader`, `dept:<d>` or `member`)."""

    inspector: str
    role: str


def team_roles(rules: Rules) -> tuple[str, ...]:
    """The roles of every team, in drawing order: leader, dept:<d> per extra department, members."""
    roles = [ROLE_LEADER, *(DEPT_PREFIX + d for d in rules.extra_depts())]
    roles.extend([ROLE_MEMBER] * (rules.team_size - len(roles)))
    return tuple(roles)


def printed_order(team: Sequence[Member]) -> tuple[Member, ...]:
    """Result-text order: the leader first, then the others in the order they joined."""
    return (*(m for m in team if m.role == ROLE_LEADER), *(m for m in team if m.role != ROLE_LEADER))


def qualified(inspector: InspectorRow, category: str) -> bool:
    """`category ∈ quals`; quals `*` qualifies for every category."""
    return inspector.quals == ("*",) or category in inspector.quals


class Staffing:
    """The mutable state of staffing: loads and conflict pairs, with cached role pools."""

    def __init__(self, inspectors: Sequence[InspectorRow], conflicts: Iterable[ConflictRow], rules: Rules) -> None:
        self.rules = rules
        self.inspectors = tuple(inspectors)  # already sorted by id (canonical form)
        self.conflicts: set[tuple[str, str]] = {(c.inspector_id, c.target_id) for c in conflicts}
        self.load: dict[str, int] = {}
        self.roles = team_roles(rules)
        self._pools: dict[tuple[str, str], tuple[str, ...]] = {}

    def pool(self, role: str, category: str) -> tuple[str, ...]:
        """The role's candidates for a target of `category`, sorted by inspector id."""
        cache_key = (role, category)
        found = self._pools.get(cache_key)
        if found is None:
            found = tuple(i.id for i in self.inspectors if qualified(i, category) and self._fits(i, role))
            self._pools[cache_key] = found
        return found

    def _fits(self, inspector: InspectorRow, role: str) -> bool:
        joint = self.rules.joint_depts
        in_joint = joint is None or inspector.dept in joint
        if role == ROLE_LEADER:
            initiating = self.rules.initiating_dept
            return inspector.leader and in_joint and (initiating is None or inspector.dept == initiating)
        if role.startswith(DEPT_PREFIX):
            return inspector.dept == role[len(DEPT_PREFIX):]
        return in_joint

    def acceptable(self, inspector: str, target: str, team: Sequence[Member]) -> bool:
        """Not on the team yet, not a conflict pair, and under max_load (0 = no cap)."""
        if any(m.inspector == inspector for m in team) or (inspector, target) in self.conflicts:
            return False
        cap = self.rules.max_load
        return cap == 0 or self.load.get(inspector, 0) < cap

    def pick(self, stream: Stream, role: str, target: str, category: str, team: Sequence[Member]) -> str:
        """pool[S.randbelow(len(pool))] until acceptable; DomainError when nobody is acceptable."""
        pool = self.pool(role, category)
        if not pool:
            raise DomainError("sr1_no_inspector", target=target, role=role)
        proven = False
        while True:
            candidate = pool[stream.randbelow(len(pool))]
            if self.acceptable(candidate, target, team):
                return candidate
            # Only after a miss do we pay for a full scan; it cannot change which words are used.
            if not proven:
                if not any(self.acceptable(c, target, team) for c in pool):
                    raise DomainError("sr1_no_inspector", target=target, role=role)
                proven = True

    def join(self, team: list[Member], member: Member) -> None:
        """Seat `member` at the end of the team and count the load."""
        team.append(member)
        self.load[member.inspector] = self.load.get(member.inspector, 0) + 1

    def leave(self, team: list[Member], member: Member) -> None:
        """Take `member` off the team and release the load."""
        team.remove(member)
        self.load[member.inspector] -= 1

    def staff(self, target: str, category: str, stream: Stream) -> list[Member]:
        """Draw every role of a new team from the target's own stream, in role order."""
        team: list[Member] = []
        for role in self.roles:
            self.join(team, Member(self.pick(stream, role, target, category, team), role))
        return team
