"""What every page and dialog needs: the open database, the logged-in user and the task runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from db.engine import Database
from desktop.services.context import Actor


@dataclass(frozen=True)
class UiContext:
    """Passed to page factories; `runner` is a TaskRunner (SyncTaskRunner in tests)."""

    database: Database
    actor: Actor
    runner: Any
    today: Callable[[], date] = field(default=date.today)
