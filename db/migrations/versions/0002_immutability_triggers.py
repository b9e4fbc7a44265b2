"""Immutability triggers: a locked draw and published results can no longer change.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 00:30:00

The statements live in db.triggers, shared with the tests. They are written out here through
that module on purpose: if the triggers ever change, a new revision drops and recreates them.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from db import triggers

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Install the triggers for the current backend."""
    # get_context() rather than get_bind(): it also works in offline (--sql) mode.
    for statement in triggers.create_statements(op.get_context().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    """Remove the triggers (and on PostgreSQL their functions)."""
    for statement in triggers.drop_statements(op.get_context().dialect.name):
        op.execute(statement)
