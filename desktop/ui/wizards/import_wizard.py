"""Roster import wizard: file → column mapping (when needed) → check → preview → apply (cancellable) → result."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from desktop.core.roster_fields import KIND_LABELS
from desktop.services import roster_import
from desktop.ui.context import UiContext
from desktop.ui.dialogs.progress_dialog import ProgressDialog
from desktop.ui.i18n import exception_text, tr
from desktop.ui.widgets.screen_fit import fit_size
from desktop.ui.wizards.import_apply_page import ImportApplyPage
from desktop.ui.wizards.import_check_page import ImportCheckPage
from desktop.ui.wizards.import_file_page import ImportFilePage
from desktop.ui.wizards.import_mapping_page import ImportMappingPage
from desktop.ui.wizards.import_preview_page import ImportPreviewPage
from desktop.ui.wizards.import_result_page import ImportResultPage


class PageId(IntEnum):
    """The wizard's pages in order; MAPPING is shown only when the headings are not recognised."""

    FILE = 0
    MAPPING = 1
    CHECK = 2
    PREVIEW = 3
    APPLY = 4
    RESULT = 5


class ImportWizard(QWizard):
    """Holds the state the pages share; the file is written once, in one transaction, on the apply page.

    `result_info` is the ImportResult after a successful import (None otherwise), `failure` the
    exception of a failed or cancelled one.
    """

    def __init__(self, ctx: UiContext, kind: str = "targets", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.path: Path | None = None
        self.mapping: dict[str, str] | None = None
        self.force_mapping = False
        self.create_departments = False
        self.deactivate_missing = False
        self.checked: roster_import.CheckedFile | None = None
        self.preview: roster_import.ImportPreview | None = None
        self.result_info: roster_import.ImportResult | None = None
        self.failure: BaseException | None = None
        self.setWindowTitle(self.tr("导入{what}").format(what=tr("labels", KIND_LABELS.get(kind, ""))))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for which, text in ((QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)")),
                            (QWizard.WizardButton.NextButton, self.tr("下一步(&N) >")),
                            (QWizard.WizardButton.CommitButton, self.tr("导入(&M)")),
                            (QWizard.WizardButton.FinishButton, self.tr("完成(&F)")),
                            (QWizard.WizardButton.CancelButton, self.tr("取消"))):
            self.setButtonText(which, text)
        self.file_page = ImportFilePage(self)
        self.mapping_page = ImportMappingPage(self)
        self.check_page = ImportCheckPage(self)
        self.preview_page = ImportPreviewPage(self)
        self.apply_page = ImportApplyPage(self)
        self.result_page = ImportResultPage(self)
        for page_id, page in ((PageId.FILE, self.file_page), (PageId.MAPPING, self.mapping_page),
                              (PageId.CHECK, self.check_page), (PageId.PREVIEW, self.preview_page),
                              (PageId.APPLY, self.apply_page), (PageId.RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.setStartId(PageId.FILE)
        fit_size(self, 1000, 700)

    # -- flow ----------------------------------------------------------------------------

    def needs_mapping(self) -> bool:
        """The mapping page is shown when asked for, or when the headings left required fields unmatched."""
        checked = self.checked
        if checked is None or checked.match is None:
            return False
        return self.force_mapping or bool(checked.match.problems)

    def nextId(self) -> int:
        current = self.currentId()
        if current == PageId.FILE:
            return int(PageId.MAPPING if self.needs_mapping() else PageId.CHECK)
        if current in (PageId.MAPPING, PageId.CHECK, PageId.PREVIEW, PageId.APPLY):
            return current + 1
        return -1

    def reject(self) -> None:
        # While the file is being written, 取消 stops the import (rolled back) instead of closing.
        if self.apply_page.running:
            self.apply_page.cancel()
            return
        super().reject()

    # -- jobs ----------------------------------------------------------------------------

    def run_job(self, fn: Callable[[Any], Any], label: str) -> tuple[bool, Any]:
        """Run `fn(progress)` on the task runner and wait for it (a progress dialog shows meanwhile)."""
        outcome: list[tuple[bool, Any]] = []
        loop = QEventLoop(self)

        def finish(ok: bool, payload: Any) -> None:
            outcome.append((ok, payload))
            loop.quit()

        dialog = ProgressDialog(self.ctx.runner, self.windowTitle(), self, label)
        self.ctx.runner.run(fn, lambda result: finish(True, result), lambda exc: finish(False, exc))
        if not outcome:
            loop.exec()
        dialog.deleteLater()
        return outcome[0]

    def run_check(self) -> bool:
        """Read and validate the file (nothing is written); False when the check could not run."""
        path, kind, mapping, create = self.path, self.kind, self.mapping, self.create_departments
        if path is None:
            return False
        database, today = self.ctx.database, self.ctx.today()

        def job(_progress: Any) -> roster_import.CheckedFile:
            with database.read() as session:
                return roster_import.check_file(session, kind, path, mapping=mapping,
                                                create_departments=create, today=today)

        ok, payload = self.run_job(job, self.tr("正在读取并检查文件…"))
        if not ok:
            QMessageBox.warning(self, self.tr("检查文件"), exception_text(payload))
            return False
        self.checked, self.preview = payload, None
        return True

    def run_preview(self) -> bool:
        """Compare the clean file with the database; False when it could not be compared."""
        checked, create, database = self.checked, self.create_departments, self.ctx.database
        if checked is None or not checked.ok:
            return False

        def job(_progress: Any) -> roster_import.ImportPreview:
            with database.read() as session:
                return roster_import.preview(session, checked, create_departments=create)

        ok, payload = self.run_job(job, self.tr("正在与名录库比对…"))
        if not ok:
            QMessageBox.warning(self, self.tr("预览"), exception_text(payload))
            return False
        self.preview = payload
        return True
