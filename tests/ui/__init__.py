"""UI tests: real widgets driven by pytest-qt on a fresh SQLite database per test."""
