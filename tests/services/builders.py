"""Small, explicit bureaus for service tests (the demo generator is tested on its own)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db.engine import Database
from db.models import Conflict, Department, InspectionItem, Inspector, Target
from desktop.core.identifiers import uscc_check_char
from desktop.services import setup, tasks
from desktop.services.context import Actor

OPERATOR = Actor("op", "经办人", frozenset({"operator"}))
APPROVER = Actor("boss", "审批人", frozenset({"approver"}))


def uscc(n: int) -> str:
    """A valid 统一社会信用代码 numbered n."""
    first17 = f"914212{n:011d}"
    return first17 + uscc_check_char(first17)


def make_bureau(db: Database, *, targets: int = 40, leaders: int = 4, members: int = 6,
                profile: str = "xianning", joint: bool = False, cap_draws: dict[int, int] | None = None
                ) -> int:
    """Create an organisation, one item, targets in four risk classes, inspectors and a ready task."""
    with db.write() as s:
        setup.first_start(s, setup.FirstStartDraft(
            "咸宁市公安局", "咸公", ("治安管理大队", "禁毒大队"), "admin", "管理员", "password-1", profile))
    with db.write() as s:
        depts = {d.name: d.id for d in s.scalars(select(Department))}
        partner = Department(name="市场监督管理局", external=True)
        s.add(partner)
        item = InspectionItem(code="XN-001", name="旅馆业治安管理检查", qualification="旅馆业", kind="key")
        s.add(item)
        for n in range(targets):
            s.add(Target(code=uscc(n), name=f"咸安区第{n}号宾馆", risk_class="ABCD"[n % 4],
                         industry="旅馆业", jurisdiction="温泉派出所"))
        staff = 0
        for dept, count_leaders, count_members in (
            ("治安管理大队", leaders, members), ("禁毒大队", 1, 2),
        ):
            for k in range(count_leaders + count_members):
                staff += 1
                s.add(Inspector(staff_no=f"{100000 + staff}", name=f"民警{staff}",
                                department_id=depts[dept], qualifications="旅馆业",
                                leader_capable=k < count_leaders, licence_expiry=date(2030, 1, 1)))
        for k in range(3):
            staff += 1
            s.add(Inspector(staff_no=f"{100000 + staff}", name=f"市监{k}", department=partner,
                            qualifications="旅馆业", licence_expiry=date(2030, 1, 1)))
        s.flush()
        s.add(Conflict(inspector_id=s.scalar(select(Inspector.id).where(Inspector.staff_no == "100001")),
                       target_id=s.scalar(select(Target.id).where(Target.code == uscc(0))), reason="亲属关系"))
        item_id, partner_id, init_id = item.id, partner.id, depts["治安管理大队"]
    with db.write() as s:
        row = tasks.create_task(s, OPERATOR, tasks.TaskDraft(
            name="2026年旅馆业治安管理抽查", year=2026, item_ids=(item_id,),
            window_start=date(2026, 12, 1), window_end=date(2026, 12, 20),
            quotas={"A": {"ratio": "1/10"}, "B": {"ratio": "1/5"}, "C": {"count": "2"}, "D": {"ratio": "1/2"}},
            team_size=3 if joint else 2, joint=joint, initiating_department_id=init_id,
            joint_department_ids=(partner_id,) if joint else (), legal_basis="《旅馆业治安管理办法》"))
    del cap_draws
    return row.id
