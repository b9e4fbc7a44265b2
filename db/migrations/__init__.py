"""Alembic migration environment; a package so the scripts ship inside wheels and bundles."""
