"""Import wizard, result: what was written, or why nothing was (cancelled, failed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from desktop.core.progress import Cancelled
from desktop.core.roster_fields import KIND_LABELS
from desktop.ui.i18n import exception_text, tr

if TYPE_CHECKING:
    from desktop.ui.wizards.import_wizard import ImportWizard


class ImportResultPage(QWizardPage):
    """The last page; 完成 closes the wizard and the page re-reads its rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setFinalPage(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self._wizard
        result = wizard.result_info
        self.setSubTitle(self.tr("点“完成”关闭向导，名录页面会重新读取。"))
        if result is not None:
            self.setTitle(self.tr("导入完成"))
            lines = [self.tr("{kind}：文件「{file}」共{rows}行。").format(kind=tr("labels", KIND_LABELS[result.kind]),
                                                                    file=result.file_name, rows=result.rows),
                     self.tr("新增{new}条，变更{changed}条，停用{off}条。").format(
                         new=result.new, changed=result.changed, off=result.deactivated)]
            if result.departments_created:
                lines.append(self.tr("新建业务所队：{names}").format(names="、".join(result.departments_created)))
            lines.append(self.tr("每项变更都已记入修改历史，导入本身记入审计日志（含文件的 SHA-256）。"))
            self.message.setStyleSheet("font-size: 12pt; color: #1b5e20;")
        elif isinstance(wizard.failure, Cancelled):
            self.setTitle(self.tr("导入已取消"))
            lines = [self.tr("导入已取消，已写入的部分已全部撤销，名录库保持导入前的样子。")]
            self.message.setStyleSheet("font-size: 12pt; color: #8a5a00;")
        else:
            self.setTitle(self.tr("导入失败"))
            detail = exception_text(wizard.failure) if wizard.failure is not None else ""
            lines = [detail, self.tr("未导入任何数据，名录库保持导入前的样子。")]
            self.message.setStyleSheet("font-size: 12pt; color: #b00020;")
        self.message.setText("\n\n".join(lines))
