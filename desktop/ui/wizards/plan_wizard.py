"""年度抽查计划 wizard: year → items (reasons for those left out) → entries → review → save, publish or adjust."""

from __future__ import annotations

import html
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.errors import DomainError
from desktop.services import lookups, plan_view, plans
from desktop.ui.context import UiContext
from desktop.ui.dialogs.plan_entry_dialog import PlanEntryDialog
from desktop.ui.i18n import error_text, exception_text
from desktop.ui.widgets.quota_editor import QuotaEditor
from desktop.ui.widgets.screen_fit import fit_size
from desktop.ui.widgets.simple_table import SimpleTable


class PageId(IntEnum):
    """The wizard's pages in order."""

    YEAR = 0
    ITEMS = 1
    ENTRIES = 2
    REVIEW = 3
    FINISH = 4


class _YearPage(QWizardPage):
    def __init__(self, wizard: PlanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("计划年度"))
        self.setSubTitle(self.tr("每年一份年度抽查计划；公布后只能通过“调整计划”修改，并记录调整原因。"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.title_edit = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("年度(&Y)："), self.year)
        form.addRow(self.tr("计划名称(&T)："), self.title_edit)
        self.registerField("year", self.year)
        self.registerField("title", self.title_edit)

    def validatePage(self) -> bool:
        wizard = self._wizard
        if wizard.existing is not None:
            return True
        with wizard.ctx.database.read() as session:
            found = plan_view.plan_view(session, self.year.value())
        if found is not None and found.state == "published":
            QMessageBox.warning(self, self.tr("计划已公布"), error_text(DomainError("plan_published", year=found.year)))
            return False
        return True


class _ItemsPage(QWizardPage):
    """Every active item; one left out of the plan needs a reason."""

    def __init__(self, wizard: PlanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("抽查事项"))
        self.setSubTitle(self.tr("勾选本年度列入计划的事项；未列入的事项须填写理由（如“本年度辖区内无此类检查对象”）。"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("列入计划"), self.tr("编号"), self.tr("事项名称"),
                                              self.tr("未列入理由")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(self).addWidget(self.table)

    def initializePage(self) -> None:
        if self.table.rowCount():
            return
        wizard = self._wizard
        planned = {i for e in wizard.entries for i in e.item_ids}
        items = wizard.choices.items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            reason = wizard.reasons.get(item.code, "")
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Unchecked if reason and item.id not in planned
                                else Qt.CheckState.Checked)
            check.setData(Qt.ItemDataRole.UserRole, item.id)
            self.table.setItem(row, 0, check)
            for col, text in ((1, item.code), (2, item.name)):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, cell)
            self.table.setItem(row, 3, QTableWidgetItem(reason))

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        item = self.table.item(row, col)
        assert item is not None
        return item

    def set_included(self, code: str, included: bool, reason: str = "") -> None:
        """Check or uncheck an item by code (with the reason when left out)."""
        for row in range(self.table.rowCount()):
            if self._cell(row, 1).text() == code:
                state = Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
                self._cell(row, 0).setCheckState(state)
                self._cell(row, 3).setText(reason)

    def validatePage(self) -> bool:
        included: list[int] = []
        reasons: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            code = self._cell(row, 1).text()
            if self._cell(row, 0).checkState() == Qt.CheckState.Checked:
                included.append(int(self._cell(row, 0).data(Qt.ItemDataRole.UserRole)))
                continue
            reason = self._cell(row, 3).text().strip()
            if not reason:
                QMessageBox.warning(self, self.tr("请填写理由"), self.tr("事项 {code} 未列入计划，请填写理由。").format(code=code))
                return False
            reasons[code] = reason
        self._wizard.included, self._wizard.reasons = tuple(included), reasons
        return True


class _EntriesPage(QWizardPage):
    """The plan entries: what, where, when, how many."""

    def __init__(self, wizard: PlanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("计划条目"))
        self.setSubTitle(self.tr("每个条目是一次（或几次）抽查：事项、范围、时间、各风险等级的比例或数量、频次、是否联合。"))
        self.table = SimpleTable([self.tr("名称"), self.tr("事项"), self.tr("起止日期"), self.tr("抽查比例"),
                                  self.tr("频次"), self.tr("联合")], stretch=0)
        add, edit, remove = (QPushButton(self.tr("添加条目(&A)…")), QPushButton(self.tr("编辑(&E)…")),
                             QPushButton(self.tr("删除(&D)")))
        add.clicked.connect(self.add_entry)
        edit.clicked.connect(self.edit_entry)
        remove.clicked.connect(self.remove_entry)
        self.table.doubleClicked.connect(lambda _index: self.edit_entry())
        buttons = QHBoxLayout()
        for button in (add, edit, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _fill(self) -> None:
        wizard = self._wizard
        codes = {i.id: i.code for i in wizard.choices.items}
        self.table.set_rows([
            (e.name, "、".join(codes.get(i, str(i)) for i in e.item_ids),
             self.tr("{start} 至 {end}").format(start=e.window_start.isoformat(), end=e.window_end.isoformat()),
             QuotaEditor.describe(e.quotas, wizard.choices.risk_labels), str(e.frequency),
             self.tr("是") if e.joint else self.tr("否")) for e in wizard.entries],
            data=list(range(len(wizard.entries))))
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self._fill()

    def isComplete(self) -> bool:
        return bool(self._wizard.entries) or not self._wizard.included

    def _dialog(self, entry: plans.EntryDraft | None, number: int) -> PlanEntryDialog:
        wizard = self._wizard
        covered = {i for e in wizard.entries for i in e.item_ids}
        todo = tuple(i for i in wizard.included if i not in covered)
        return PlanEntryDialog(wizard.choices, int(self.field("year")), number, entry, todo, self)

    def add_entry(self, entry: plans.EntryDraft | None = None) -> None:
        """Add an entry (from the dialog, or `entry` as given)."""
        if not isinstance(entry, plans.EntryDraft):
            dialog = self._dialog(None, len(self._wizard.entries) + 1)
            if dialog.exec() != PlanEntryDialog.DialogCode.Accepted:
                return
            entry = dialog.draft()
        self._wizard.entries.append(entry)
        self._fill()

    def edit_entry(self) -> None:
        row = self.table.current_data()
        if row is None:
            return
        dialog = self._dialog(self._wizard.entries[row], row + 1)
        if dialog.exec() == PlanEntryDialog.DialogCode.Accepted:
            self._wizard.entries[row] = dialog.draft()
            self._fill()

    def remove_entry(self) -> None:
        row = self.table.current_data()
        if row is not None:
            del self._wizard.entries[row]
            self._fill()


class _ReviewPage(QWizardPage):
    """plans.check_plan: uncovered items, the joint-task rule, the due date."""

    def __init__(self, wizard: PlanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("检查"))
        self.setSubTitle(self.tr("公布前请处理以下提示；未列入计划又未说明理由的事项会使公布被拒绝。"))
        self.browser = QTextBrowser()
        QVBoxLayout(self).addWidget(self.browser)
        self.check: plans.PlanCheck | None = None

    def initializePage(self) -> None:
        wizard = self._wizard
        with wizard.ctx.database.read() as session:
            self.check = plans.check_plan(session, wizard.draft(), wizard.ctx.today())
        check = self.check
        parts = [self.tr("<p>{year}年度：{n} 个计划条目，其中联合抽查 {j} 个。</p>").format(
            year=self.field("year"), n=len(wizard.entries), j=check.joint_entries)]
        if check.uncovered:
            parts.append(self.tr("<p style='color:#b00020'>未列入计划且未说明理由的事项：{items}</p>").format(
                items=html.escape("、".join(check.uncovered))))
        for warning in check.warnings:
            parts.append(self.tr("<p style='color:#b26a00'>⚠ {text}</p>").format(text=html.escape(warning)))
        if not check.uncovered and not check.warnings:
            parts.append(self.tr("<p style='color:#1d6b34'>✔ 没有发现问题。</p>"))
        self.browser.setHtml("".join(parts))


class _FinishPage(QWizardPage):
    """Save as a draft, save and publish, or (adjusting a published plan) the required reason."""

    def __init__(self, wizard: PlanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("调整计划") if wizard.adjust else self.tr("保存"))
        self.save_only = QRadioButton(self.tr("仅保存为草稿(&S)"))
        self.publish = QRadioButton(self.tr("保存并公布(&P)"))
        self.save_only.setChecked(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        if wizard.adjust:
            note = QLabel(self.tr("该计划已公布。请填写调整原因，调整前后的内容将一并记录。"))
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addWidget(QLabel(self.tr("调整原因(&R)：")))
            layout.addWidget(self.reason)
            self.registerField("adjust_reason*", self.reason, "plainText", self.reason.textChanged)
        else:
            layout.addWidget(self.save_only)
            layout.addWidget(self.publish)
            layout.addStretch(1)
        self.setFinalPage(True)


class PlanWizard(QWizard):
    """Builds one PlanDraft and submits it once on Finish (save, save + publish, or adjust)."""

    def __init__(self, ctx: UiContext, existing: plan_view.PlanView | None = None, adjust: bool = False,
                 year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.adjust = adjust and existing is not None
        self.submitted = False
        self._pending = False
        with ctx.database.read() as session:
            self.choices = lookups.form_choices(session)
        self.entries: list[plans.EntryDraft] = [e.draft for e in existing.entries] if existing else []
        self.reasons: dict[str, str] = dict(existing.uncovered_reasons) if existing else {}
        self.included: tuple[int, ...] = tuple(i.id for i in self.choices.items)
        self.setWindowTitle(self.tr("调整年度抽查计划") if self.adjust else self.tr("编制年度抽查计划"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.year_page, self.items_page = _YearPage(self), _ItemsPage(self)
        self.entries_page, self.review_page, self.finish_page = _EntriesPage(self), _ReviewPage(self), _FinishPage(self)
        for pid, page in ((PageId.YEAR, self.year_page), (PageId.ITEMS, self.items_page),
                          (PageId.ENTRIES, self.entries_page), (PageId.REVIEW, self.review_page),
                          (PageId.FINISH, self.finish_page)):
            self.setPage(pid, page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成(&F)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        chosen = existing.year if existing else (year or ctx.today().year)
        self.year_page.year.setValue(chosen)
        self.year_page.year.setEnabled(existing is None)
        self.year_page.title_edit.setText(existing.title if existing else self.tr("{year}年度双随机抽查计划").format(
            year=chosen))
        fit_size(self, 1000, 640)

    def draft(self) -> plans.PlanDraft:
        """The plan as entered so far."""
        return plans.PlanDraft(int(self.field("year")), str(self.field("title") or ""), tuple(self.entries),
                               dict(self.reasons))

    def accept(self) -> None:
        if self.submitted:
            super().accept()
            return
        if self._pending:  # Finish pressed again while the first submission runs
            return
        self._pending = True
        draft, actor, database = self.draft(), self.ctx.actor, self.ctx.database
        reason = str(self.field("adjust_reason") or "").strip() if self.adjust else ""
        publish, today = self.finish_page.publish.isChecked(), self.ctx.today()

        def job(_progress: Any) -> plans.PlanCheck | None:
            with database.write() as session:
                if self.adjust:
                    plans.adjust_plan(session, actor, draft.year, reason, draft.entries)
                    return None
                plans.save_plan(session, actor, draft)
                return plans.publish_plan(session, actor, draft.year, today) if publish else None

        self.ctx.runner.run(job, self._done, self._failed)

    def _done(self, _check: plans.PlanCheck | None) -> None:
        self.submitted = True
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._pending = False
        QMessageBox.warning(self, self.windowTitle(), exception_text(exc))
