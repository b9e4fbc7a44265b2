"""Printable documents (reportlab) and platform Excel exports; no Qt, no database."""
