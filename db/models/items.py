"""The 随机抽查事项清单: inspection items, their check points and versions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, TimestampMixin


class InspectionItem(Base, TimestampMixin):
    """One inspectable matter (重点 or 一般) with its basis, method, ratio and frequency."""

    __tablename__ = "inspection_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # 编号
    category: Mapped[str] = mapped_column(String(100), default="")  # 抽查类别
    name: Mapped[str] = mapped_column(String(300))  # 事项名称
    sub_item: Mapped[str] = mapped_column(String(300), default="")  # 子项
    basis: Mapped[str] = mapped_column(Text, default="")  # 检查依据
    subject: Mapped[str] = mapped_column(String(300), default="")  # 检查主体
    object_type: Mapped[str] = mapped_column(String(300), default="")  # 检查对象
    kind: Mapped[str] = mapped_column(String(10), default="general")  # key 重点 / general 一般
    method: Mapped[str] = mapped_column(String(200), default="")  # 检查方式
    ratio_text: Mapped[str] = mapped_column(String(200), default="")  # 抽查比例
    frequency_text: Mapped[str] = mapped_column(String(200), default="")  # 抽查频次
    inspector_requirement: Mapped[str] = mapped_column(String(300), default="")  # 检查人员要求
    remarks: Mapped[str] = mapped_column(Text, default="")  # 备注
    # The qualification an inspector must hold for this item (matched against inspector quals).
    qualification: Mapped[str] = mapped_column(String(100), default="")
    # 检查告知书: some items are inspected without prior notice.
    notice_required: Mapped[bool] = mapped_column(default=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1)

    check_points: Mapped[list[CheckPoint]] = relationship(
        back_populates="item", order_by="CheckPoint.seq", cascade="all, delete-orphan"
    )


class CheckPoint(Base):
    """One line of the record sheet for an item: what is checked and how."""

    __tablename__ = "check_points"
    __table_args__ = (UniqueConstraint("item_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("inspection_items.id"))
    seq: Mapped[int] = mapped_column()
    content: Mapped[str] = mapped_column(Text)  # 检查内容
    guidance: Mapped[str] = mapped_column(Text, default="")  # 操作方法与要领
    active: Mapped[bool] = mapped_column(default=True)

    item: Mapped[InspectionItem] = relationship(back_populates="check_points")


class ItemVersion(Base):
    """A snapshot of an item at each dynamic adjustment, with date and reason."""

    __tablename__ = "item_versions"
    __table_args__ = (UniqueConstraint("item_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("inspection_items.id"))
    version: Mapped[int] = mapped_column()
    changed_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())
    changed_by: Mapped[str] = mapped_column(String(80), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[dict[str, object]] = mapped_column(JSON)


class ItemListPublication(Base):
    """A publication of the item list (PDF + Excel), kept for the record."""

    __tablename__ = "item_list_publications"

    id: Mapped[int] = mapped_column(primary_key=True)
    published_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())
    published_by: Mapped[str] = mapped_column(String(80), default="")
    item_versions: Mapped[dict[str, object]] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
