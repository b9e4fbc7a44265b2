"""Bulk helpers for imports: chunks, driver-level executemany INSERT/UPDATE, a pause of the cyclic GC."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TypeVar

from sqlalchemy import Date, Table, bindparam, update
from sqlalchemy.orm import Session

CHUNK = 5000
_T = TypeVar("_T")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100,000-row imports build their objects.

    Every few hundred new tuples and dicts trigger a collection that walks all live objects
    (a million cells), which made the preview three times slower. Reference counting still
    frees everything; the collector resumes (if it was on) when the block ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def chunks(seq: Sequence[_T], size: int | None = None) -> Iterator[Sequence[_T]]:
    """Consecutive slices of at most `size` items (default CHUNK, read at call time)."""
    size = size or CHUNK
    for start in range(0, len(seq), size):
        yield seq[start : start + size]


def bulk_insert(session: Session, table: Table, rows: Sequence[Mapping[str, object]]) -> None:
    """INSERT many rows with one DB-API executemany in the caller's transaction.

    SQLAlchemy's per-row parameter processing costs more than SQLite's insert at 100,000 rows,
    so rows go to the driver as tuples. Columns a row leaves out get the column's scalar
    default (or NULL); server defaults (created_at) apply when no row gives the column.
    """
    if not rows:
        return
    conn = session.connection()
    given = set().union(*(r.keys() for r in rows[:1]))
    cols = [c for c in table.c if not c.primary_key and (c.name in given or c.server_default is None)]
    defaults = [getattr(c.default, "arg", None) if c.default is not None else None for c in cols]
    if any(callable(d) for d in defaults):
        raise TypeError("bulk_insert supports scalar column defaults only")
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    quote = conn.dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in cols)}) "
           f"VALUES ({', '.join([mark] * len(cols))})")
    names = [c.name for c in cols]
    params = [tuple(map(r.get, names, defaults)) for r in rows]
    if conn.dialect.name == "sqlite":  # SQLAlchemy keeps SQLite dates as ISO text: do the same
        for i in [i for i, c in enumerate(cols) if isinstance(c.type, Date)]:
            if any(p[i] is not None for p in params):
                params = [(*p[:i], _iso(p[i]), *p[i + 1 :]) for p in params]
    conn.exec_driver_sql(sql, params)


def bulk_update(session: Session, table: Table, columns: Sequence[str],
                params: Sequence[Mapping[str, object]]) -> None:
    """``update(table).where(id == :b_id).values(col=:b_col …)`` for every params dict, one executemany.

    The statement is compiled once by SQLAlchemy (so onupdate columns such as updated_at are set)
    and handed to the driver with plain parameters, for the same reason as bulk_insert.
    """
    if not params:
        return
    conn = session.connection()
    stmt = update(table).where(table.c.id == bindparam("b_id")).values({c: bindparam("b_" + c) for c in columns})
    compiled = stmt.compile(dialect=conn.dialect)
    dates = {"b_" + c for c in columns if isinstance(table.c[c].type, Date)} if conn.dialect.name == "sqlite" else set()
    # SQLAlchemy 2.1 compiles a Python-side onupdate (updated_at) as a plain bind parameter: one value
    # for the whole statement, as an ORM flush would give.
    onupdate: dict[str, object] = {}
    for name in compiled.binds:
        col = table.c.get(name)
        if col is not None and name not in columns and col.onupdate is not None:
            arg = getattr(col.onupdate, "arg", None)
            onupdate[name] = arg(None) if callable(arg) else arg

    def value(p: Mapping[str, object], name: str) -> object:
        v = p[name] if name in p else onupdate[name]
        return _iso(v) if name in dates else v

    if compiled.positiontup is not None:
        order = list(compiled.positiontup)
        conn.exec_driver_sql(compiled.string, [tuple(value(p, n) for n in order) for p in params])
    else:
        conn.exec_driver_sql(compiled.string, [{**onupdate, **{n: value(p, n) for n in p}} for p in params])


def _iso(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value
