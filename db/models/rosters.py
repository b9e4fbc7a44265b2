"""The two 名录库 (targets, inspectors), their change history, and 回避 conflicts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, TimestampMixin
from db.models.org import Department


class Target(Base, TimestampMixin):
    """An inspected party; `code` is the 统一社会信用代码 or another unique code."""

    __tablename__ = "targets"
    __table_args__ = (
        Index("ix_targets_name", "name"),
        Index("ix_targets_risk_active", "risk_class", "active"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    jurisdiction: Mapped[str] = mapped_column(String(200), default="")  # 管辖机关
    risk_class: Mapped[str] = mapped_column(String(1), default="B")  # A 低 B 一般 C 较高 D 高
    industry: Mapped[str] = mapped_column(String(100), default="")  # 行业类别
    address: Mapped[str] = mapped_column(String(300), default="")
    legal_rep: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    # Credit and supervision flags (cap exemptions per the rule profile).
    abnormal_list: Mapped[bool] = mapped_column(default=False)  # 经营异常名录
    serious_dishonest: Mapped[bool] = mapped_column(default=False)  # 严重违法失信
    complaint: Mapped[bool] = mapped_column(default=False)  # 投诉举报
    key_supervision: Mapped[bool] = mapped_column(default=False)  # 重点监管
    key_area: Mapped[bool] = mapped_column(default=False)  # 重点领域
    penalised: Mapped[bool] = mapped_column(default=False)  # 受过行政处罚
    # Another unit already inspected it (漯河 §16): that unit and the date, as reported to the bureau.
    other_unit_name: Mapped[str] = mapped_column(String(200), default="")
    other_unit_inspected_on: Mapped[date | None] = mapped_column()
    active: Mapped[bool] = mapped_column(default=True)


class TargetChange(Base):
    """One field change of a target: who, when, old → new."""

    __tablename__ = "target_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id"), index=True)
    changed_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())
    changed_by: Mapped[str] = mapped_column(String(80), default="")
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")


class Inspector(Base, TimestampMixin):
    """An 执法检查人员; identified by staff number (警号/工号), never by 身份证号."""

    __tablename__ = "inspectors"
    __table_args__ = (Index("ix_inspectors_name", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_no: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    gender: Mapped[str] = mapped_column(String(4), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    position: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    licence_no: Mapped[str] = mapped_column(String(60), default="")
    licence_expiry: Mapped[date | None] = mapped_column()
    # Comma-separated, sorted qualification names matched against items' qualification.
    qualifications: Mapped[str] = mapped_column(Text, default="")
    leader_capable: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

    department: Mapped[Department | None] = relationship()


class InspectorChange(Base):
    """One field change of an inspector: who, when, old → new."""

    __tablename__ = "inspector_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspector_id: Mapped[int] = mapped_column(ForeignKey("inspectors.id"), index=True)
    changed_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())
    changed_by: Mapped[str] = mapped_column(String(80), default="")
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")


class Conflict(Base, TimestampMixin):
    """A declared 回避 relation: the inspector may not inspect the target."""

    __tablename__ = "conflicts"
    __table_args__ = (UniqueConstraint("inspector_id", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspector_id: Mapped[int] = mapped_column(ForeignKey("inspectors.id"))
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    end_date: Mapped[date | None] = mapped_column()
    active: Mapped[bool] = mapped_column(default=True)


class ImportMapping(Base):
    """A remembered header → field mapping for roster imports, per kind and header set."""

    __tablename__ = "import_mappings"
    __table_args__ = (UniqueConstraint("kind", "header_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    header_key: Mapped[str] = mapped_column(String(64))
    mapping: Mapped[str] = mapped_column(Text)
