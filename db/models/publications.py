"""Published results with versions, corrections and objections."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class Publication(Base):
    """The 检查结果公示 of one task; published exactly once."""

    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"), unique=True)
    published_on: Mapped[date] = mapped_column()
    deadline: Mapped[date | None] = mapped_column()
    published_by: Mapped[str] = mapped_column(String(80))
    approved_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())


class PublishedResult(Base):
    """One version of one target's published result; a correction adds a new version."""

    __tablename__ = "published_results"
    __table_args__ = (UniqueConstraint("record_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    publication_id: Mapped[int] = mapped_column(ForeignKey("publications.id"), index=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("inspection_records.id"))
    version: Mapped[int] = mapped_column()
    target_name: Mapped[str] = mapped_column(String(300))
    target_code: Mapped[str] = mapped_column(String(40))
    completed_on: Mapped[date | None] = mapped_column()
    result_text: Mapped[str] = mapped_column(Text)
    remarks: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())


class Correction(Base):
    """A correction after publication: reason, the principal's sign-off, the new version."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    old_result_id: Mapped[int] = mapped_column(ForeignKey("published_results.id"))
    new_result_id: Mapped[int] = mapped_column(ForeignKey("published_results.id"), unique=True)
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(String(80))
    approved_by: Mapped[str] = mapped_column(String(80))  # the principal (负责人)
    approved_on: Mapped[date] = mapped_column()
    doc_number: Mapped[str] = mapped_column(String(80), default="")
    objection_id: Mapped[int | None] = mapped_column(ForeignKey("objections.id"))


class Objection(Base):
    """An 异议 against a published result, reviewed within the profile's deadline."""

    __tablename__ = "objections"

    id: Mapped[int] = mapped_column(primary_key=True)
    result_id: Mapped[int] = mapped_column(ForeignKey("published_results.id"), index=True)
    received_on: Mapped[date] = mapped_column()
    content: Mapped[str] = mapped_column(Text)
    review_deadline: Mapped[date | None] = mapped_column()
    reviewed_on: Mapped[date | None] = mapped_column()
    outcome: Mapped[str] = mapped_column(String(20), default="")  # "" / upheld 维持 / corrected 更正
    review_note: Mapped[str] = mapped_column(Text, default="")
    feedback_deadline: Mapped[date | None] = mapped_column()
    feedback_on: Mapped[date | None] = mapped_column()
    feedback_doc_number: Mapped[str] = mapped_column(String(80), default="")
