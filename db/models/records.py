"""Inspection records (抽查情况记录表): findings, results, signatures, attachments, rectification."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, TimestampMixin


class InspectionRecord(Base, TimestampMixin):
    """The record of one drawn target in one task, laid out like the paper sheet."""

    __tablename__ = "inspection_records"
    __table_args__ = (UniqueConstraint("task_id", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id"), index=True)
    # 未录入 not_entered → 录入中 entering → 待审核 submitted → 退回 returned / 已审核 approved → 已公示 published
    state: Mapped[str] = mapped_column(String(20), default="not_entered")
    notice_given: Mapped[bool | None] = mapped_column()
    notice_note: Mapped[str] = mapped_column(Text, default="")
    inspection_date: Mapped[date | None] = mapped_column()
    methods: Mapped[list[str]] = mapped_column(JSON, default=list)  # 实地核查, 书面检查 …
    result_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    disposals: Mapped[list[str]] = mapped_column(JSON, default=list)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    target_signed: Mapped[bool] = mapped_column(default=False)
    target_refused: Mapped[bool] = mapped_column(default=False)
    refusal_note: Mapped[str] = mapped_column(Text, default="")
    target_opinion: Mapped[str] = mapped_column(Text, default="")
    transfer_to: Mapped[str] = mapped_column(String(200), default="")  # 移送 receiving authority
    entered_by: Mapped[str] = mapped_column(String(80), default="")
    submitted_at: Mapped[datetime | None] = mapped_column()
    review_opinion: Mapped[str] = mapped_column(Text, default="")
    reviewed_by: Mapped[str] = mapped_column(String(80), default="")
    reviewed_at: Mapped[datetime | None] = mapped_column()
    report_date: Mapped[date | None] = mapped_column()  # 检查报告 date (漯河 deadlines)
    credit_flag: Mapped[bool] = mapped_column(default=False)  # for the credit platform export

    findings: Mapped[list[RecordFinding]] = relationship(order_by="RecordFinding.seq")
    confirmations: Mapped[list[RecordConfirmation]] = relationship()


class RecordFinding(Base):
    """The finding and disposal for one check point of a record."""

    __tablename__ = "record_findings"
    __table_args__ = (UniqueConstraint("record_id", "check_point_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("inspection_records.id"))
    check_point_id: Mapped[int] = mapped_column(ForeignKey("check_points.id"))
    seq: Mapped[int] = mapped_column()
    compliant: Mapped[bool | None] = mapped_column()
    finding: Mapped[str] = mapped_column(Text, default="")
    disposal: Mapped[str] = mapped_column(Text, default="")


class RecordConfirmation(Base):
    """A team member's confirmation of the record."""

    __tablename__ = "record_confirmations"
    __table_args__ = (UniqueConstraint("record_id", "inspector_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("inspection_records.id"))
    inspector_id: Mapped[int] = mapped_column(ForeignKey("inspectors.id"))
    confirmed_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())


class Attachment(Base):
    """A photo, recording, video or scan attached to a record, with its SHA-256."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("inspection_records.id"), index=True)
    filename: Mapped[str] = mapped_column(String(260))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(80), default="")
    added_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())


class RectificationNotice(Base, TimestampMixin):
    """A 责令（限期）整改通知书 and its follow-up until 完结."""

    __tablename__ = "rectification_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("inspection_records.id"), index=True)
    doc_number: Mapped[str] = mapped_column(String(80), default="")
    issued_on: Mapped[date] = mapped_column()
    deadline: Mapped[date] = mapped_column()
    facts: Mapped[str] = mapped_column(Text, default="")  # 违法事实
    basis: Mapped[str] = mapped_column(Text, default="")  # 依据
    requirement: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[date | None] = mapped_column()
    verification: Mapped[str] = mapped_column(Text, default="")  # how completion was verified
