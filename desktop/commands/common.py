"""Shared helpers for CLI commands: opening the database, printing errors."""

from __future__ import annotations

import sys

from db.engine import Database, DatabaseLocationError, open_database
from desktop.core.error_messages import error_text
from desktop.core.errors import DomainError
from desktop.core.i18n import tr


def open_db(url: str | None) -> Database:
    """Open (and migrate) the database named by --db, or the default SQLite file."""
    return open_database(url)


def fail(message: str, code: int = 1) -> int:
    """Print an error to stderr and return the exit code."""
    print(message, file=sys.stderr)
    return code


def domain_error_text(err: DomainError) -> str:
    """A one-line description of a domain error for the terminal: the message, then the code for support."""
    return tr("cli", "错误：") + error_text(err) + f" [{err.code}]"


__all__ = ["DatabaseLocationError", "domain_error_text", "fail", "open_db"]
