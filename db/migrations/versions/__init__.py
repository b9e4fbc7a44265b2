"""Alembic revision scripts (Alembic skips this file when it scans for revisions)."""
