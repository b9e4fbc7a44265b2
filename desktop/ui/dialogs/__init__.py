"""Dialogs of the desktop UI."""
