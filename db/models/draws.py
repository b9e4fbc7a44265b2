"""Draw attempts with their frozen package, commitment, witnesses, events, selections, teams."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base


class Draw(Base):
    """One attempt of the SR1 procedure for a task; abandoned attempts stay on record."""

    __tablename__ = "draws"
    __table_args__ = (UniqueConstraint("task_id", "attempt"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"), index=True)
    attempt: Mapped[int] = mapped_column()
    rehearsal: Mapped[bool] = mapped_column(default=False)
    # frozen → committed → witnessed → revealed → computed → locked; or abandoned
    state: Mapped[str] = mapped_column(String(20), default="frozen")
    operator: Mapped[str] = mapped_column(String(80), default="")
    # The four canonical SR1 files, byte for byte as committed.
    targets_tsv: Mapped[bytes] = mapped_column(LargeBinary)
    inspectors_tsv: Mapped[bytes] = mapped_column(LargeBinary)
    conflicts_tsv: Mapped[bytes] = mapped_column(LargeBinary)
    rules_tsv: Mapped[bytes] = mapped_column(LargeBinary)
    file_sha256: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    commit_hex: Mapped[str | None] = mapped_column(String(64))
    # The secret is generated with `secrets` at commitment and revealed after the witnesses.
    secret_hex: Mapped[str | None] = mapped_column(String(64))
    seed_hex: Mapped[str | None] = mapped_column(String(64))
    result_text: Mapped[str | None] = mapped_column(Text)
    result_hash: Mapped[str | None] = mapped_column(String(64))
    draw_json: Mapped[str | None] = mapped_column(Text)
    abandon_reason: Mapped[str] = mapped_column(Text, default="")
    frozen_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())
    committed_at: Mapped[datetime | None] = mapped_column()
    revealed_at: Mapped[datetime | None] = mapped_column()
    locked_at: Mapped[datetime | None] = mapped_column()

    witnesses: Mapped[list[DrawWitness]] = relationship(order_by="DrawWitness.seat")
    events: Mapped[list[DrawEvent]] = relationship(order_by="DrawEvent.seq")


class DrawWitness(Base):
    """A witness of a draw, in seat order, with the digits as typed."""

    __tablename__ = "draw_witnesses"
    __table_args__ = (UniqueConstraint("draw_id", "seat"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("draws.id"))
    seat: Mapped[int] = mapped_column()
    name: Mapped[str] = mapped_column(String(80))
    affiliation: Mapped[str] = mapped_column(String(200), default="")  # 人大代表 / 纪检 …
    digits: Mapped[str] = mapped_column(String(200))


class DrawEvent(Base):
    """An SR1 event (recusal, unavailable target) or a ceremony event, in order."""

    __tablename__ = "draw_events"
    __table_args__ = (UniqueConstraint("draw_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("draws.id"))
    seq: Mapped[int] = mapped_column()
    kind: Mapped[str] = mapped_column(String(30))
    payload: Mapped[dict[str, object]] = mapped_column(JSON)
    # True when the event is part of the SR1 computation (recorded in draw.json).
    in_sr1: Mapped[bool] = mapped_column(default=True)
    approved_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())


class DrawSelection(Base):
    """A target drawn (or on the standby list) in a draw, with its 抽签号."""

    __tablename__ = "draw_selections"
    __table_args__ = (UniqueConstraint("draw_id", "target_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("draws.id"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id"), index=True)
    target_code: Mapped[str] = mapped_column(String(40))
    stratum: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column()  # staffing order in the result
    key_hex: Mapped[str] = mapped_column(String(64))
    # drawn / standby / unavailable
    status: Mapped[str] = mapped_column(String(20), default="drawn")


class DrawTeamMember(Base):
    """One member of a drawn target's team, in join order."""

    __tablename__ = "draw_team_members"
    __table_args__ = (UniqueConstraint("draw_id", "target_code", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("draws.id"), index=True)
    target_code: Mapped[str] = mapped_column(String(40))
    inspector_id: Mapped[int] = mapped_column(ForeignKey("inspectors.id"), index=True)
    inspector_code: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(80))  # leader / dept:<d> / member
    position: Mapped[int] = mapped_column()


class Replacement(Base):
    """A post-lock change of a team member (岗位调整, 健康, 回避 …), signed off by an approver."""

    __tablename__ = "replacements"

    id: Mapped[int] = mapped_column(primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("draws.id"), index=True)
    target_code: Mapped[str] = mapped_column(String(40))
    old_inspector_id: Mapped[int] = mapped_column(ForeignKey("inspectors.id"))
    new_inspector_id: Mapped[int] = mapped_column(ForeignKey("inspectors.id"))
    role: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text)
    entropy: Mapped[str] = mapped_column(String(200), default="")  # digits for a drawn replacement
    requested_by: Mapped[str] = mapped_column(String(80), default="")
    approved_by: Mapped[str] = mapped_column(String(80))
    approved_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())
