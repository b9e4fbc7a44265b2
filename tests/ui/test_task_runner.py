"""TaskRunner runs jobs on one worker thread and reports progress, results, failures and cancel."""

from __future__ import annotations

import threading
import time

import pytest

from desktop.core.errors import DomainError
from desktop.core.progress import Cancelled, check_cancel
from desktop.ui.dialogs.progress_dialog import ProgressDialog
from desktop.ui.task_runner import SyncTaskRunner, TaskRunner


@pytest.fixture
def threaded(qtbot):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_result_arrives_in_gui_thread_with_progress(qtbot, threaded) -> None:
    reports: list[tuple[int, int, str]] = []
    threads: list[str] = []
    threaded.progress.connect(lambda d, t, s: reports.append((d, t, s)))

    def job(progress):
        threads.append(threading.current_thread().name)
        for i in range(1, 4):
            progress.report(i, 3, f"第{i}步")
        return "done"

    with qtbot.waitSignal(threaded.finished, timeout=5000) as blocker:
        threaded.run(job)
    assert blocker.args == ["done"]
    assert threads[0].startswith("shuangsuiji-worker")
    qtbot.waitUntil(lambda: (3, 3, "第3步") in reports)
    assert not threaded.is_busy()


def test_jobs_run_one_after_another_on_one_thread(qtbot, threaded) -> None:
    seen: list[tuple[int, str]] = []
    results: list[object] = []

    def job(n):
        def run(_progress):
            seen.append((n, threading.current_thread().name))
            time.sleep(0.01)
            return n
        return run

    for n in range(5):
        threaded.run(job(n), results.append)
    qtbot.waitUntil(lambda: len(results) == 5, timeout=5000)
    assert results == [0, 1, 2, 3, 4]
    assert len({name for _, name in seen}) == 1


def test_failure_is_reported(qtbot, threaded) -> None:
    def job(_progress):
        raise DomainError("forbidden")

    failures: list[BaseException] = []
    with qtbot.waitSignal(threaded.failed, timeout=5000) as blocker:
        threaded.run(job, on_failed=failures.append)
    assert isinstance(blocker.args[0], DomainError)
    assert failures and failures[0].code == "forbidden"


def test_cancel_stops_a_running_job(qtbot, threaded) -> None:
    started = threading.Event()

    def job(progress):
        started.set()
        for i in range(1000):
            check_cancel(progress)
            progress.report(i, 1000)
            time.sleep(0.005)
        return "finished anyway"

    with qtbot.waitSignal(threaded.failed, timeout=5000) as blocker:
        threaded.run(job)
        assert started.wait(2)
        threaded.cancel()
    assert isinstance(blocker.args[0], Cancelled)


def test_sync_runner_has_the_same_interface(qtbot) -> None:
    runner = SyncTaskRunner()
    reports: list[tuple[int, int, str]] = []
    finished: list[object] = []
    failed: list[object] = []
    runner.progress.connect(lambda d, t, s: reports.append((d, t, s)))
    runner.finished.connect(finished.append)
    runner.failed.connect(failed.append)

    def job(progress):
        for i in range(3):
            progress.report(i + 1, 3, "x")
            if i == 1:
                runner.cancel()
            check_cancel(progress)
        return 42

    runner.run(lambda p: (p.report(1, 1, "ok"), 7)[1])
    assert finished == [7]
    runner.run(job)
    assert isinstance(failed[0], Cancelled)
    assert reports == [(1, 1, "ok"), (1, 3, "x"), (2, 3, "x")]


def test_progress_dialog_follows_the_runner(qtbot) -> None:
    runner = SyncTaskRunner()
    dialog = ProgressDialog(runner, "测试")
    qtbot.addWidget(dialog)
    dialog.show()
    values: list[int] = []

    def job(progress):
        progress.report(5, 10, "一半")
        values.append(dialog.value())
        return None

    runner.run(job)
    assert values == [5]
    assert dialog.labelText() == "一半"
    assert not dialog.isVisible()
