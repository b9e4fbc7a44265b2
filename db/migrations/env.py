"""Alembic environment: migrates the connection handed over by db.migrate, or a URL for dev use."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection

import db.models  # noqa: F401  (registers every table on Base.metadata)
from db.base import Base
from db.engine import make_engine, resolve_url

config = context.config
target_metadata = Base.metadata


def _configure(**kwargs: Any) -> None:
    context.configure(
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=True,
        compare_type=True,
        **kwargs,
    )


def _run_on(connection: Connection) -> None:
    _configure(connection=connection)
    # db.migrate hands over a connection inside a transaction; Alembic then joins it, so the
    # whole upgrade is one transaction on both SQLite and PostgreSQL.
    with context.begin_transaction():
        context.run_migrations()


def _dev_url() -> str:
    """`alembic -x db=...` or sqlalchemy.url, for running Alembic's CLI by hand."""
    return context.get_x_argument(as_dictionary=True).get("db") or resolve_url(
        config.get_main_option("sqlalchemy.url")
    )


def run_migrations_offline() -> None:
    """Emit SQL to stdout (`alembic upgrade --sql`) instead of executing it."""
    _configure(url=_dev_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run on db.migrate's connection, or connect to the development URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    engine = make_engine(_dev_url())
    try:
        with engine.connect() as conn:
            _run_on(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
