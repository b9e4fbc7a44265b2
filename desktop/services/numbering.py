"""Gapless per-kind, per-year number allocation that stays correct with concurrent users."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import DocCounter

TASK = "task"


def next_number(session: Session, kind: str, year: int) -> int:
    """Take the next number of (kind, year) inside the caller's transaction.

    The counter row is created if missing (insert-or-ignore, so two first users do not collide)
    and then locked FOR UPDATE; the number is only used if the transaction commits, so a rolled
    back action leaves no gap.
    """
    dialect = session.get_bind().dialect.name
    values = {"kind": kind, "year": year, "last_number": 0}
    if dialect == "postgresql":
        session.execute(pg_insert(DocCounter).values(values).on_conflict_do_nothing())
    else:
        session.execute(sqlite_insert(DocCounter).values(values).on_conflict_do_nothing())
    row = session.scalars(
        select(DocCounter).where(DocCounter.kind == kind, DocCounter.year == year).with_for_update()
    ).one()
    row.last_number += 1
    session.flush()
    return row.last_number


def peek(session: Session, kind: str, year: int) -> int:
    """The last number issued so far (0 when none)."""
    row = session.get(DocCounter, (kind, year))
    return 0 if row is None else row.last_number
