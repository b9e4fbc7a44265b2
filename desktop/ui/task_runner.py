"""Run plain `fn(progress)` jobs off the GUI thread on one serial worker, reported through Qt signals."""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.core.progress import Cancelled

log = logging.getLogger(__name__)

Job = Callable[[Any], Any]
Callback = Callable[[Any], None]
# Progress reports closer together than this are merged, so a tight loop cannot flood the GUI.
_REPORT_INTERVAL = 0.05


@dataclass
class _JobState:
    """One submitted job: its cancel flag and the caller's own callbacks."""

    job_id: int
    on_finished: Callback | None
    on_failed: Callback | None
    cancel: threading.Event = field(default_factory=threading.Event)
    last_report: float = 0.0


class _JobProgress:
    """The Qt-free Progress handed to a job; thread-safe, throttled."""

    def __init__(self, state: _JobState, emit: Callable[[int, int, int, str], None],
                 throttle: bool = True) -> None:
        self._state = state
        self._emit = emit
        self._throttle = throttle

    def report(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if self._throttle and done < total and now - self._state.last_report < _REPORT_INTERVAL:
            return
        self._state.last_report = now
        self._emit(self._state.job_id, int(done), int(total), text)

    def cancelled(self) -> bool:
        return self._state.cancel.is_set()


class TaskRunner(QObject):
    """Runs jobs one after another on a single worker thread (also the one database writer).

    Signals are delivered in the GUI thread: progress(done, total, text) while a job runs,
    then finished(result) or failed(exception). Jobs check `progress.cancelled()` and raise
    `Cancelled` (see core.progress.check_cancel); a queued job cancelled before it starts never runs.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    # Internal: emitted from the worker thread, queued into the GUI thread.
    _worker_progress = Signal(int, int, int, str)
    _worker_done = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shuangsuiji-worker")
        self._ids = itertools.count(1)
        self._jobs: dict[int, _JobState] = {}
        self._lock = threading.Lock()
        self._worker_progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker_done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def is_busy(self) -> bool:
        """True while a job is queued or running."""
        with self._lock:
            return bool(self._jobs)

    def run(self, fn: Job, on_finished: Callback | None = None, on_failed: Callback | None = None) -> int:
        """Queue `fn(progress)`; the callbacks run in the GUI thread after the signals."""
        state = _JobState(next(self._ids), on_finished, on_failed)
        with self._lock:
            was_idle = not self._jobs
            self._jobs[state.job_id] = state
        if was_idle:
            self.busy_changed.emit(True)
        self._executor.submit(self._execute, fn, state)
        return state.job_id

    def _execute(self, fn: Job, state: _JobState) -> None:
        """Worker thread: run the job, never let an exception escape unseen."""
        if state.cancel.is_set():
            self._worker_done.emit(state.job_id, False, Cancelled())
            return
        progress = _JobProgress(state, self._worker_progress.emit)
        try:
            result = fn(progress)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the GUI
            if not isinstance(exc, Cancelled):
                log.exception("background job %s failed", state.job_id)
            self._worker_done.emit(state.job_id, False, exc)
            return
        self._worker_done.emit(state.job_id, True, result)

    def cancel(self) -> None:
        """Ask the running job and every queued job to stop."""
        with self._lock:
            for state in self._jobs.values():
                state.cancel.set()

    @Slot(int, int, int, str)
    def _on_progress(self, job_id: int, done: int, total: int, text: str) -> None:
        with self._lock:
            active = job_id in self._jobs
        if active:
            self.progress.emit(done, total, text)

    @Slot(int, bool, object)
    def _on_done(self, job_id: int, ok: bool, payload: object) -> None:
        with self._lock:
            state = self._jobs.pop(job_id, None)
            idle = not self._jobs
        if state is None:
            return
        _deliver(self, state, ok, payload)
        if idle:
            self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Cancel everything and wait for the worker to finish its current job (on quit)."""
        self.cancel()
        self._executor.shutdown(wait=True, cancel_futures=True)


def _deliver(runner: Any, state: _JobState, ok: bool, payload: object) -> None:
    """Emit the outcome signal, then call the job's own callback."""
    if ok:
        runner.finished.emit(payload)
        if state.on_finished is not None:
            state.on_finished(payload)
    else:
        runner.failed.emit(payload)
        if state.on_failed is not None:
            state.on_failed(payload)


class SyncTaskRunner(QObject):
    """The same interface as TaskRunner but runs each job at once in the calling thread (tests)."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._current: _JobState | None = None

    def is_busy(self) -> bool:
        return self._current is not None

    def run(self, fn: Job, on_finished: Callback | None = None, on_failed: Callback | None = None) -> int:
        state = _JobState(next(self._ids), on_finished, on_failed)
        self._current = state
        self.busy_changed.emit(True)
        progress = _JobProgress(state, lambda _id, d, t, s: self.progress.emit(d, t, s),
                                 throttle=False)
        try:
            result = fn(progress)
        except Exception as exc:  # noqa: BLE001 - reported through failed(), as the async runner does
            ok, payload = False, exc
        else:
            ok, payload = True, result
        self._current = None
        _deliver(self, state, ok, payload)
        self.busy_changed.emit(False)
        return state.job_id

    def cancel(self) -> None:
        if self._current is not None:
            self._current.cancel.set()

    def shutdown(self) -> None:
        self.cancel()
