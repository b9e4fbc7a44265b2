"""Documents and their number counters, holiday overrides, settings and the audit log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class DocCounter(Base):
    """The last number issued for one document kind in one year; rows are locked to allocate."""

    __tablename__ = "doc_counters"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last_number: Mapped[int] = mapped_column(default=0)


class Document(Base):
    """A numbered document issued by the bureau; numbers are never reused."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("kind", "year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column()
    number: Mapped[int] = mapped_column()
    doc_number: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"))
    target_id: Mapped[int | None] = mapped_column(ForeignKey("targets.id"))
    sha256: Mapped[str] = mapped_column(String(64), default="")
    issued_by: Mapped[str] = mapped_column(String(80), default="")
    issued_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())


class HolidayOverride(Base):
    """A bureau's override of one day: a working day or a day off."""

    __tablename__ = "holiday_overrides"

    day: Mapped[date] = mapped_column(primary_key=True)
    is_workday: Mapped[bool] = mapped_column()
    note: Mapped[str] = mapped_column(String(200), default="")
    # official = part of a year's official schedule the user entered; local = bureau override
    source: Mapped[str] = mapped_column(String(20), default="local")


class Setting(Base):
    """A JSON-valued setting (organization options, the rule profile, backup policy …)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class AuditEvent(Base):
    """One entry of the append-only, hash-chained audit log."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(unique=True)
    at: Mapped[str] = mapped_column(String(32))  # ISO time as hashed, never reformatted
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(80), default="")
    entity_id: Mapped[str] = mapped_column(String(80), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON as hashed
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
