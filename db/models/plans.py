"""Annual plans, their entries and recorded adjustments; tasks built from them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, ForeignKey, String, Table, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, TimestampMixin
from db.models.items import InspectionItem

plan_entry_items = Table(
    "plan_entry_items",
    Base.metadata,
    Column("plan_entry_id", ForeignKey("plan_entries.id"), primary_key=True),
    Column("item_id", ForeignKey("inspection_items.id"), primary_key=True),
)

task_items = Table(
    "task_items",
    Base.metadata,
    Column("task_id", ForeignKey("tasks.id"), primary_key=True),
    Column("item_id", ForeignKey("inspection_items.id"), primary_key=True),
)


class AnnualPlan(Base, TimestampMixin):
    """The 年度抽查计划 of one year."""

    __tablename__ = "annual_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(unique=True)
    title: Mapped[str] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(20), default="draft")  # draft / published
    published_at: Mapped[datetime | None] = mapped_column()
    # Items deliberately left out of the plan, with the reason: {item_code: reason}.
    uncovered_reasons: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)

    entries: Mapped[list[PlanEntry]] = relationship(back_populates="plan", order_by="PlanEntry.seq")


class PlanEntry(Base):
    """One line of the plan: items, scope, window, quota rule, joint departments."""

    __tablename__ = "plan_entries"
    __table_args__ = (UniqueConstraint("plan_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("annual_plans.id"))
    seq: Mapped[int] = mapped_column()
    name: Mapped[str] = mapped_column(String(300))
    jurisdictions: Mapped[list[str]] = mapped_column(JSON, default=list)  # empty = all
    industries: Mapped[list[str]] = mapped_column(JSON, default=list)  # empty = all
    window_start: Mapped[date] = mapped_column()
    window_end: Mapped[date] = mapped_column()
    # Per risk class either a ratio "num/den" or a fixed count: {"A": {"ratio": "1/20"}, ...}.
    quotas: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    frequency: Mapped[int] = mapped_column(default=1)
    rounding: Mapped[str] = mapped_column(String(10), default="ceil")
    directed: Mapped[bool] = mapped_column(default=False)
    joint: Mapped[bool] = mapped_column(default=False)
    initiating_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    joint_department_ids: Mapped[list[int]] = mapped_column(JSON, default=list)

    plan: Mapped[AnnualPlan] = relationship(back_populates="entries")
    items: Mapped[list[InspectionItem]] = relationship(secondary=plan_entry_items)


class PlanAdjustment(Base):
    """A recorded change to a published plan, with its reason."""

    __tablename__ = "plan_adjustments"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("annual_plans.id"))
    adjusted_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())
    adjusted_by: Mapped[str] = mapped_column(String(80), default="")
    reason: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class Task(Base, TimestampMixin):
    """An 抽查任务: one draw, one team list, one publication."""

    __tablename__ = "tasks"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(80), unique=True)  # 咸公抽查〔2026〕3号
    year: Mapped[int] = mapped_column()
    seq: Mapped[int] = mapped_column()
    name: Mapped[str] = mapped_column(String(300))
    plan_entry_id: Mapped[int | None] = mapped_column(ForeignKey("plan_entries.id"))
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    window_start: Mapped[date] = mapped_column()
    window_end: Mapped[date] = mapped_column()
    jurisdictions: Mapped[list[str]] = mapped_column(JSON, default=list)
    industries: Mapped[list[str]] = mapped_column(JSON, default=list)
    quotas: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    rounding: Mapped[str] = mapped_column(String(10), default="ceil")
    team_size: Mapped[int] = mapped_column(default=2)
    max_load: Mapped[int] = mapped_column(default=0)
    directed: Mapped[bool] = mapped_column(default=False)
    # Directed filter on the targets' inspected category, empty = all.
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    joint: Mapped[bool] = mapped_column(default=False)
    initiating_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    joint_department_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    # draft → ready → drawn (locked) → inspecting → reviewing → published → closed
    state: Mapped[str] = mapped_column(String(20), default="draft")
    publish_drawn_list: Mapped[bool] = mapped_column(default=True)

    items: Mapped[list[InspectionItem]] = relationship(secondary=task_items)
