"""Qt-free translation marker for headless text (CLI, reports); the UI uses Qt's tr()."""

from __future__ import annotations

from collections.abc import Callable, Mapping

# context -> source text -> translation; filled from the .ts files when a language is chosen.
_catalog: dict[str, dict[str, str]] = {}
# When set (the GUI passes Qt's translate), every lookup goes through it: one .qm serves both sides.
_lookup: list[Callable[[str, str], str]] = []


def install(catalog: Mapping[str, Mapping[str, str]]) -> None:
    """Use `catalog` for later lookups (an empty mapping restores the Chinese source text)."""
    _catalog.clear()
    _catalog.update({ctx: dict(msgs) for ctx, msgs in catalog.items()})


def install_lookup(lookup: Callable[[str, str], str] | None) -> None:
    """Translate through `lookup(context, text)` instead of the catalog; None switches it off."""
    _lookup.clear()
    if lookup is not None:
        _lookup.append(lookup)


def tr(context: str, text: str) -> str:
    """The translation of `text` in `context`, or `text` itself (Simplified Chinese source)."""
    if _lookup:
        return _lookup[0](context, text)
    return _catalog.get(context, {}).get(text, text)
