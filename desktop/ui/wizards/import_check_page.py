"""Import wizard, check: every error with its row and column; the wizard stops here until the file is clean."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from desktop.services import roster_import
from desktop.ui.i18n import exception_text
from desktop.ui.models.rows_model import RowsModel

if TYPE_CHECKING:
    from desktop.ui.wizards.import_wizard import ImportWizard


class ImportCheckPage(QWizardPage):
    """Errors block the import (Next stays disabled); warnings are listed but do not."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("检查文件"))
        self.setSubTitle(self.tr("逐行逐列检查文件内容。有错误时不能继续，名录库不会有任何修改；“提示”不影响导入。"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RowsModel([self.tr("类型"), self.tr("行号"), self.tr("列"), self.tr("问题")], parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 50), (1, 60), (2, 150)):
            self.view.setColumnWidth(column, width)
        self.report_button = QPushButton(self.tr("保存错误报告(&R)…"))
        self.report_button.setToolTip(self.tr("原文件加一列“错误”，便于逐行修改"))
        self.recheck_button = QPushButton(self.tr("重新检查(&C)"))
        self.recheck_button.setToolTip(self.tr("在 Excel 中改好并保存文件后，重新读取检查"))
        self.create_departments = QCheckBox(self.tr("自动新建文件中未知的业务所队(&D)"))
        self.report_button.clicked.connect(lambda: self.save_report())
        self.recheck_button.clicked.connect(self.recheck)
        self.create_departments.toggled.connect(self._departments_toggled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_departments)
        buttons.addStretch(1)
        buttons.addWidget(self.recheck_button)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        wizard = self._wizard
        self.create_departments.blockSignals(True)
        self.create_departments.setChecked(wizard.create_departments)
        self.create_departments.blockSignals(False)
        self.create_departments.setVisible(wizard.kind == "inspectors")
        self.show_result()

    def show_result(self) -> None:
        """Fill the summary and the findings from the wizard's latest check."""
        checked = self._wizard.checked
        if checked is None:
            self.model.set_rows([])
            self.summary.setText("")
            self.completeChanged.emit()
            return
        error, hint = self.tr("错误"), self.tr("提示")
        rows: list[tuple[str, str, str, str]] = [
            (error, str(p.row) if p.row > 0 else "—", p.column, p.message) for p in checked.errors]
        rows += [(hint, str(p.row) if p.row > 0 else "—", p.column, p.message) for p in checked.warnings]
        self.model.set_rows(rows)
        if checked.ok:
            self.summary.setText(self.tr("文件「{file}」共{n}行数据，没有发现错误{warn}。点“下一步”查看将要发生的变化。").format(
                file=checked.file_name, n=len(checked.rows),
                warn=self.tr("（{w}条提示，不影响导入）").format(w=len(checked.warnings)) if checked.warnings else ""))
            self.summary.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            self.summary.setText(self.tr("文件「{file}」中有{e}处错误，不能导入。请按行号和列修改文件后点“重新检查”；"
                                         "也可保存错误报告，在报告中逐行修改。名录库未作任何修改。").format(
                file=checked.file_name, e=len(checked.errors)))
            self.summary.setStyleSheet("color: #b00020; font-weight: bold;")
        self.report_button.setEnabled(bool(checked.errors) and bool(checked.cells))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        checked = self._wizard.checked
        return checked is not None and checked.ok

    def recheck(self) -> bool:
        """Read the file again (after the user fixed it) with the same mapping."""
        ok = self._wizard.run_check()
        self.show_result()
        return ok

    def _departments_toggled(self, checked: bool) -> None:
        self._wizard.create_departments = checked
        self.recheck()

    def save_report(self, path: Path | None = None) -> Path | None:
        """Write the file's rows with an added 错误 column (.xlsx) where the user chooses."""
        checked = self._wizard.checked
        if checked is None:
            return None
        title = self.tr("保存错误报告")
        if path is None:
            suggested = checked.path.with_name(checked.path.stem + self.tr("_错误报告.xlsx"))
            chosen, _filter = QFileDialog.getSaveFileName(self, title, str(suggested), self.tr("Excel 文件 (*.xlsx)"))
            if not chosen:
                return None
            path = Path(chosen)
        out = path

        def job(_progress: Any) -> Path:
            return roster_import.write_error_report(checked, out)

        ok, payload = self._wizard.run_job(job, self.tr("正在写出错误报告…"))
        if not ok:
            QMessageBox.warning(self, title, exception_text(payload))
            return None
        QMessageBox.information(self, title, self.tr("错误报告已保存：{path}").format(path=payload))
        return Path(payload)

    def validatePage(self) -> bool:
        return self.isComplete() and self._wizard.run_preview()
