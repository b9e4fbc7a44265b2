"""Fixtures for the UI tests: isolated QSettings, recorded message boxes, seeded databases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from db.engine import Database  # noqa: E402
from db.models import Department, InspectionItem, Inspector, Target  # noqa: E402
from desktop.core.identifiers import uscc_check_char  # noqa: E402
from desktop.services import setup  # noqa: E402
from desktop.services.context import Actor  # noqa: E402
from desktop.ui.context import UiContext  # noqa: E402
from desktop.ui.task_runner import SyncTaskRunner  # noqa: E402

ADMIN_PASSWORD = "password-1"
TODAY = date(2026, 3, 2)


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> Iterator[Path]:
    """QSettings write under tmp_path, never into the developer's profile."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


class MessageBoxes:
    """Replaces the modal QMessageBox helpers (they would block offscreen) and records calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.calls if kind is None or k == kind]

    def patch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def make(kind: str):
            def show(_parent, title, text, *args, **kwargs):
                self.calls.append((kind, title, text))
                return self.answer if kind == "question" else QMessageBox.StandardButton.Ok
            return show

        for kind in ("warning", "information", "critical", "question", "about"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(make(kind)))


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    boxes.patch(monkeypatch)
    return boxes


@pytest.fixture
def runner(qtbot) -> SyncTaskRunner:
    return SyncTaskRunner()


def set_up_bureau(db: Database) -> Actor:
    with db.write() as s:
        return setup.first_start(s, setup.FirstStartDraft(
            "咸宁市公安局", "咸公", ("治安管理大队", "禁毒大队"), "admin", "管理员", ADMIN_PASSWORD, "xianning"))


def uscc(n: int) -> str:
    first17 = f"914212{n:011d}"
    return first17 + uscc_check_char(first17)


def seed_rosters(db: Database, targets: int = 450) -> None:
    """Targets, inspectors (one licence expired, one expiring) and items for browsing."""
    from sqlalchemy import select

    with db.write() as s:
        depts = {d.name: d.id for d in s.scalars(select(Department))}
        for n in range(targets):
            s.add(Target(code=uscc(n), name=f"咸安区第{n:03d}号宾馆", risk_class="ABCD"[n % 4],
                         industry="旅馆业", jurisdiction="温泉派出所", active=n % 10 != 9))
        for k in range(6):
            expiry = {0: TODAY - timedelta(days=3), 1: TODAY + timedelta(days=10)}.get(k, date(2030, 1, 1))
            s.add(Inspector(staff_no=f"{100001 + k}", name=f"民警{k}", department_id=depts["治安管理大队"],
                            id_number="42120119800101123X", phone="13812345678", leader_capable=k < 3,
                            licence_expiry=expiry))
        s.add(InspectionItem(code="XN-001", name="旅馆业治安管理检查", kind="key"))
        s.add(InspectionItem(code="XN-002", name="娱乐场所治安管理检查", kind="general"))


@pytest.fixture
def admin(db: Database) -> Actor:
    return set_up_bureau(db)


@pytest.fixture
def seeded(db: Database, admin: Actor) -> Database:
    seed_rosters(db)
    return db


@pytest.fixture
def ctx(db: Database, admin: Actor, runner: SyncTaskRunner) -> UiContext:
    return UiContext(db, admin, runner, today=lambda: TODAY)


@pytest.fixture
def demo(db: Database, admin: Actor):
    """The small demo bureau loaded after first start; returns the DemoSummary."""
    from desktop.services import demo as demo_service

    with db.write() as s:
        return demo_service.load_demo(s, admin, profile="xianning", size="small")


@pytest.fixture
def demo_ctx(db: Database, admin: Actor, demo, runner: SyncTaskRunner) -> UiContext:
    return UiContext(db, admin, runner)
