"""Reading a stored draw back: its frozen package, SR1 events and witness digits."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Draw, DrawEvent
from desktop.core.sr1 import Package


def package_of(draw: Draw) -> Package:
    """The frozen package of a draw, parsed strictly from the stored bytes."""
    return Package.from_files({"targets.tsv": draw.targets_tsv, "inspectors.tsv": draw.inspectors_tsv,
                               "conflicts.tsv": draw.conflicts_tsv, "rules.tsv": draw.rules_tsv})


def sr1_events(session: Session, draw_id: int) -> list[dict[str, Any]]:
    """The draw's SR1 events in order, as they appear in draw.json."""
    rows = session.scalars(select(DrawEvent).where(DrawEvent.draw_id == draw_id, DrawEvent.in_sr1.is_(True))
                           .order_by(DrawEvent.seq))
    return [dict(r.payload) for r in rows]


def witness_digits(draw: Draw) -> list[str]:
    """The witnesses' digits as typed, in seat order."""
    return [w.digits for w in sorted(draw.witnesses, key=lambda w: w.seat)]
