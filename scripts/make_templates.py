"""Regenerate the blank import templates in resources/templates/ from the roster field definitions."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.roster_fields import KINDS  # noqa: E402
from desktop.services.roster_export import TEMPLATE_NAMES, write_template  # noqa: E402

OUT = ROOT / "resources" / "templates"


def main() -> None:
    """Write one template per kind (targets_template.xlsx, …) and print the paths."""
    for kind in KINDS:
        print(write_template(kind, OUT / TEMPLATE_NAMES[kind]).relative_to(ROOT))


if __name__ == "__main__":
    main()
