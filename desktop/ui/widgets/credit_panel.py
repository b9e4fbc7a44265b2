"""信用平台导出: a year's published 失信 / 不配合检查 results, exported to Excel for the credit platform."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop.core import roles
from desktop.services import credit_export, publications
from desktop.ui.context import UiContext
from desktop.ui.file_output import FileOutput
from desktop.ui.widgets.simple_table import SimpleTable


class CreditPanel(QWidget):
    """The list follows the year spin box; 导出 writes the same rows to an xlsx file."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._out = FileOutput(ctx, self)
        self.rows: list[publications.CreditRow] = []
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(ctx.today().year)
        year_label = QLabel(self.tr("年度(&N)："))
        year_label.setBuddy(self.year_spin)
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("导出 Excel(&E)…"))
        self.export_button.setEnabled(roles.allowed(ctx.actor.roles, "report.export"))
        self.export_button.clicked.connect(self.export)
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        bar = QHBoxLayout()
        bar.addWidget(year_label)
        bar.addWidget(self.year_spin)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.export_button)
        note = QLabel(self.tr("列入条件：检查结果为“不配合检查”类，或后续处置含“失信”，且已公示（按最新更正版本）。"))
        note.setWordWrap(True)
        self.table = SimpleTable([self.tr("抽查任务编号"), self.tr("对象名称"), self.tr("统一社会信用代码"),
                                  self.tr("检查日期"), self.tr("检查结果"), self.tr("列入原因"), self.tr("公示日期")],
                                 stretch=4)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        """Re-read the chosen year's rows."""
        with self._ctx.database.read() as session:
            self.rows = publications.credit_export_rows(session, self.year_spin.value())
        self.table.set_rows([(r.task_number, r.target_name, r.target_code,
                              r.inspection_date.isoformat() if r.inspection_date else "", r.result_text,
                              "；".join(r.reasons), r.published_on.isoformat()) for r in self.rows])
        self.count_label.setText(self.tr("共{n}条").format(n=len(self.rows)))

    def export(self) -> None:
        """Write the year's rows to an Excel file and open it."""
        if not self.export_button.isEnabled():
            return
        actor, year = self._ctx.actor, self.year_spin.value()
        self._out.save(self.tr("导出信用平台数据"), self.tr("信用平台报送_{year}年.xlsx").format(year=year),
                       lambda s, path: credit_export.export_credit_xlsx(s, actor, year, path),
                       file_filter=self.tr("Excel 文件 (*.xlsx)"))
