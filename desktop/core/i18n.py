"""Qt-free translation marker for headless text (CLI, reports); the UI uses Qt's tr()."""

from __future__ import annotations

from collections.abc import Mapping

# context -> source text -> translation; filled from the .ts files when a language is chosen.
_catalog: dict[str, dict[str, str]] = {}


def install(catalog: Mapping[str, Mapping[str, str]]) -> None:
    """Use `catalog` for later lookups (an empty mapping restores the Chinese source text)."""
    _catalog.clear()
    _catalog.update({ctx: dict(msgs) for ctx, msgs in catalog.items()})


def tr(context: str, text: str) -> str:
    """The translation of `text` in `context`, or `text` itself (Simplified Chinese source)."""
    return _catalog.get(context, {}).get(text, text)
