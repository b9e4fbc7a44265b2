"""Wizards of the desktop UI (first start, …)."""
