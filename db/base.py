"""Declarative base with a constraint naming convention shared by models and migrations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names so Alembic batch migrations on SQLite can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base class of every ORM model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TimestampMixin:
    """Creation and last-change times in local wall-clock time.

    The Python-side default wins for every insert made through SQLAlchemy: SQLite's CURRENT_TIMESTAMP
    is UTC, while records and printed documents must show the bureau's local time. The server
    default only covers rows inserted by hand.
    """

    created_at: Mapped[datetime] = mapped_column(default=datetime.now, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        default=datetime.now, server_default=func.current_timestamp(), onupdate=datetime.now
    )
