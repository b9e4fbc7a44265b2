"""Import wizard, first page: what to import (事项, 检查对象, 执法检查人员, 回避关系) and from which file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop.core.roster_fields import KIND_LABELS, KINDS
from desktop.services import roster_export
from desktop.services.roster_io import SUPPORTED_SUFFIXES
from desktop.ui.file_output import FileOutput
from desktop.ui.i18n import tr

if TYPE_CHECKING:
    from desktop.ui.wizards.import_wizard import ImportWizard

# The order the user reads them in, following the cycle (DESIGN §1).
_ORDER = ("items", "targets", "inspectors", "conflicts")


class ImportFilePage(QWizardPage):
    """Next reads and checks the file; the check's findings are shown on the next pages."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("选择导入内容和文件"))
        self.setSubTitle(self.tr("支持 Excel（.xlsx、.xls）和 CSV（UTF-8 或 GBK 编码）文件，表头可用省级平台模板的列名。"
                                 "导入要么全部成功，要么不作任何修改。"))
        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        self.kind_buttons: dict[str, QRadioButton] = {}
        for n, kind in enumerate(k for k in _ORDER if k in KINDS):
            button = QRadioButton(self.tr("{label}(&{n})").format(label=tr("labels", KIND_LABELS[kind]), n=n + 1))
            self.kind_group.addButton(button, n)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.kind_buttons.get(wizard.kind, self.kind_buttons["targets"]).setChecked(True)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("点“浏览”选择文件，或粘贴文件路径"))
        self.browse_button = QPushButton(self.tr("浏览(&B)…"))
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.template_button = QPushButton(self.tr("下载所选内容的空白模板(&T)…"))
        self.template_button.clicked.connect(self.download_template)
        self.manual_mapping = QCheckBox(self.tr("手工指定各列对应的字段(&M)"))
        self.manual_mapping.setToolTip(self.tr("表头与模板不同时，向导会自动进入这一步"))
        form = QFormLayout()
        form.addRow(self.tr("导入内容："), kinds)
        path_label = QLabel(self.tr("文件(&F)："))
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)
        form.addRow("", self.manual_mapping)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(self.tr("提示：第一行为表头（上方可以有一行标题），从下一行起每行一条记录。代码、身份证号等请设为文本格式，"
                              "以免丢失前导零。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        layout.addLayout(template_row)
        layout.addStretch(1)
        self.registerField("path*", self.path_edit)

    def kind(self) -> str:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return "targets"

    def set_file(self, kind: str, path: Path) -> None:
        """Choose the kind and the file (tests, drag and drop)."""
        self.kind_buttons[kind].setChecked(True)
        self.path_edit.setText(str(path))

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择要导入的文件"), self.path_edit.text(),
            self.tr("表格文件 (*.xlsx *.xls *.csv);;所有文件 (*)"))
        if chosen:
            self.path_edit.setText(chosen)

    def download_template(self) -> None:
        kind = self.kind()
        title = self.tr("下载导入模板")
        FileOutput(self._wizard.ctx, self).save(
            title, self.tr("{what}导入模板.xlsx").format(what=tr("labels", KIND_LABELS[kind])),
            lambda _s, path: roster_export.write_template(kind, path),
            file_filter=self.tr("Excel 文件 (*.xlsx)"), open_after=False,
            on_done=lambda path: QMessageBox.information(self, title, self.tr("模板已保存：{path}").format(path=path)))

    def validatePage(self) -> bool:
        text = self.path_edit.text().strip().strip('"')
        path = Path(text)
        title = self.tr("选择文件")
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            QMessageBox.warning(self, title, self.tr("不支持的文件类型“{suffix}”，请选择 .xlsx、.xls 或 .csv 文件。").format(
                suffix=path.suffix or self.tr("（无扩展名）")))
            return False
        if not path.is_file():
            QMessageBox.warning(self, title, self.tr("找不到文件：{path}").format(path=path))
            return False
        wizard = self._wizard
        wizard.kind, wizard.path, wizard.mapping = self.kind(), path, None
        wizard.setWindowTitle(self.tr("导入{what}").format(what=tr("labels", KIND_LABELS[wizard.kind])))
        wizard.force_mapping = self.manual_mapping.isChecked()
        wizard.create_departments = False
        return wizard.run_check()
