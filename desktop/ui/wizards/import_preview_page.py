"""Import wizard, preview: new rows, changed fields (old → new), rows missing from the file; confirm to import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from desktop.core.roster_fields import KIND_LABELS
from desktop.ui.i18n import tr
from desktop.ui.models.rows_model import RowsModel

if TYPE_CHECKING:
    from desktop.ui.wizards.import_wizard import ImportWizard


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(180)
    header.setStretchLastSection(True)
    return view


class ImportPreviewPage(QWizardPage):
    """The commit page: 导入 writes the file; the user decides whether missing rows are deactivated."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("预览变化"))
        self.setCommitPage(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        key, name = self.tr("编码"), self.tr("名称")
        self.new_model = RowsModel([key, name], parent=self)
        self.changed_model = RowsModel([key, name, self.tr("字段"), self.tr("原值"), self.tr("新值")], parent=self)
        self.missing_model = RowsModel([key, name], parent=self)
        self.warning_model = RowsModel([self.tr("提示")], parent=self)
        self.tabs = QTabWidget()
        for model in (self.new_model, self.changed_model):
            self.tabs.addTab(_table(model), "")
        self.tabs.addTab(_table(self.missing_model), "")
        self.tabs.addTab(_table(self.warning_model), "")
        self.deactivate = QCheckBox(self.tr("停用文件中没有的记录(&D)"))
        self.deactivate.setToolTip(self.tr("文件是完整名录时勾选：库中有、文件中没有的记录将被停用（不删除，可恢复）"))
        self.deactivate.toggled.connect(self._deactivate_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.deactivate)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)

    def initializePage(self) -> None:
        wizard = self._wizard
        p = wizard.preview
        assert p is not None
        self.setSubTitle(self.tr("文件「{file}」：{kind}，共{n}行。以下变化在点“导入”后一次写入；中途取消或出错，名录库保持原样。").format(
            file=p.file_name, kind=tr("labels", KIND_LABELS[p.kind]), n=p.rows))
        self.new_model.set_rows(p.new)
        empty = self.tr("（空）")
        self.changed_model.set_rows([(row.key, row.label, c.column, c.old or empty, c.new or empty)
                                     for row in p.changed for c in row.changes])
        self.missing_model.set_rows(p.missing)
        self.warning_model.set_rows([(w,) for w in p.warnings])
        for index, text in enumerate((self.tr("新增（{n}）"), self.tr("变更（{n}）"), self.tr("文件中没有的（{n}）"),
                                      self.tr("提示（{n}）"))):
            count = (len(p.new), len(p.changed), len(p.missing), len(p.warnings))[index]
            self.tabs.setTabText(index, text.format(n=count))
        self.deactivate.setText(self.tr("结束文件中没有的回避关系(&D)") if p.kind == "conflicts" else self.tr(
            "停用文件中没有的记录（{n}条）(&D)").format(n=len(p.missing)))
        self.deactivate.setEnabled(bool(p.missing))
        self.deactivate.setChecked(wizard.deactivate_missing and bool(p.missing))
        notes = []
        if p.new_departments:
            notes.append(self.tr("将新建业务所队：{names}").format(names="、".join(p.new_departments)))
        if p.ignored_columns:
            notes.append(self.tr("文件中未使用的列：{names}").format(names="、".join(p.ignored_columns)))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self._show_summary()
        first = next((i for i, n in enumerate((len(p.new), len(p.changed), len(p.missing))) if n), 0)
        self.tabs.setCurrentIndex(first)

    def _deactivate_toggled(self, checked: bool) -> None:
        self._wizard.deactivate_missing = checked
        self._show_summary()

    def _show_summary(self) -> None:
        p = self._wizard.preview
        if p is None:
            return
        off = len(p.missing) if self.deactivate.isChecked() else 0
        if not (p.new or p.changed or off):
            self.summary.setText(self.tr("文件与名录库一致，导入不会改变任何记录。"))
            return
        self.summary.setText(self.tr("将新增{new}条，变更{changed}条，停用{off}条（文件中没有的{missing}条{keep}）。").format(
            new=len(p.new), changed=len(p.changed), off=off, missing=len(p.missing),
            keep=self.tr("将被停用") if off else self.tr("保持不变")))

    def validatePage(self) -> bool:
        p = self._wizard.preview
        if p is None:
            return False
        off = len(p.missing) if self.deactivate.isChecked() else 0
        text = self.tr("确定导入？将新增{new}条、变更{changed}条、停用{off}条记录，每项变更都记入修改历史。").format(
            new=len(p.new), changed=len(p.changed), off=off)
        return QMessageBox.question(self, self.tr("确认导入"), text) == QMessageBox.StandardButton.Yes
