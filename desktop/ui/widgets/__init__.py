"""Reusable widgets of the desktop UI."""
