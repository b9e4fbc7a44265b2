"""Scheduled backups: a timer that checks hourly (and soon after start-up) whether a backup is due."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from db.engine import Database
from desktop.core.errors import DomainError
from desktop.services import backup
from desktop.services.context import SYSTEM, Actor
from desktop.ui.i18n import error_text, tr

log = logging.getLogger(__name__)
_CTX = "BackupScheduler"
CHECK_INTERVAL_MS = 60 * 60 * 1000
START_DELAY_MS = 10_000  # after the first window has painted
RETRY_BUSY_MS = 5 * 60 * 1000  # the runner is busy with the user's work: come back later
MESSAGE_MS = 10_000

ShowMessage = Callable[[str, int], None]


class BackupScheduler(QObject):
    """Runs `backup.run_scheduled_backup` on the TaskRunner when the policy says one is due.

    Scheduled backups are made as the `system` account, so they happen whoever is logged in;
    only SQLite files are backed up this way (a PostgreSQL server is backed up by its administrator).
    Outcomes go to `show_message` (e.g. the status bar's showMessage) and to the signals.
    """

    backup_made = Signal(object)  # Path of the new backup
    backup_failed = Signal(str)  # Chinese reason

    def __init__(self, database: Database, runner: Any, show_message: ShowMessage | None = None,
                 parent: QObject | None = None, *, actor: Actor = SYSTEM,
                 now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._database = database
        self._runner = runner
        self._show = show_message
        self._actor = actor
        self._now = now
        self._running = False
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_now)

    @property
    def enabled(self) -> bool:
        """Scheduled backups apply to a SQLite file only."""
        return self._database.sqlite_path is not None

    def start(self, start_delay_ms: int = START_DELAY_MS) -> None:
        """Check once shortly after start-up, then every hour."""
        if not self.enabled:
            return
        self._stopped = False
        self.timer.start()
        QTimer.singleShot(start_delay_ms, self, self.check_now)

    def stop(self) -> None:
        """No more checks: also cancels the start-up and busy-retry checks still pending."""
        self._stopped = True
        self.timer.stop()

    def _message(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        if self._show is not None:
            self._show(text, timeout_ms)

    def check_now(self) -> bool:
        """Queue a backup when one is due; True when a job was started."""
        if not self.enabled or self._running or self._stopped:
            return False
        try:
            with self._database.read() as session:
                due = backup.backup_due(session, self._now())
        except SQLAlchemyError:
            log.exception("cannot read the backup policy")
            return False
        if not due:
            return False
        if self._runner.is_busy():
            QTimer.singleShot(RETRY_BUSY_MS, self, self.check_now)
            return False
        self._running = True
        self._message(tr(_CTX, "正在自动备份数据库…"), 0)
        database, actor, now = self._database, self._actor, self._now

        def job(progress: Any) -> Path | None:
            return backup.run_scheduled_backup(database, actor, now, progress)

        self._runner.run(job, self._done, self._failed)
        return True

    def _done(self, path: Path | None) -> None:
        self._running = False
        if path is None:
            self._message("", 1)
            return
        self._message(tr(_CTX, "已自动备份数据库：{name}").format(name=path.name))
        self.backup_made.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        reason = error_text(exc) if isinstance(exc, DomainError) else str(exc)
        log.error("scheduled backup failed: %s", reason)
        # No timeout: a failed backup must stay visible until something else replaces it.
        self._message(tr(_CTX, "自动备份失败：{reason}").format(reason=reason), 0)
        self.backup_failed.emit(reason)
