"""Reading a stored draw back: its frozen package, SR1 events and witness digits."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Draw, DrawEvent
from desktop.core.sr1 import Package

# Parsing a 100,000-target package takes about a second and one ceremony reads it at every step;
# parsed packages are immutable, so a few are kept, keyed by the SHA-256 of the stored bytes.
_CACHE: OrderedDict[bytes, Package] = OrderedDict()
_CACHE_SIZE = 4
_LOCK = threading.Lock()


def package_of(draw: Draw) -> Package:
    """The frozen package of a draw, parsed strictly from the stored bytes."""
    files = {"targets.tsv": draw.targets_tsv, "inspectors.tsv": draw.inspectors_tsv,
             "conflicts.tsv": draw.conflicts_tsv, "rules.tsv": draw.rules_tsv}
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(hashlib.sha256(files[name]).digest())
    key = digest.digest()
    with _LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
            return found
    package = Package.from_files(files)
    with _LOCK:
        _CACHE[key] = package
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return package


def sr1_events(session: Session, draw_id: int) -> list[dict[str, Any]]:
    """The draw's SR1 events in order, as they appear in draw.json."""
    rows = session.scalars(select(DrawEvent).where(DrawEvent.draw_id == draw_id, DrawEvent.in_sr1.is_(True))
                           .order_by(DrawEvent.seq))
    return [dict(r.payload) for r in rows]


def witness_digits(draw: Draw) -> list[str]:
    """The witnesses' digits as typed, in seat order."""
    return [w.digits for w in sorted(draw.witnesses, key=lambda w: w.seat)]
