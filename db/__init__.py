"""Persistence: models, engine factory, sessions, migrations."""
