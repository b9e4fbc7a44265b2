"""首页: roster and plan counts, tasks by state and roster warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import dashboard, settings
from desktop.ui.context import UiContext
from desktop.ui.i18n import tr
from desktop.ui.widgets.deadline_panel import DeadlinePanel

_CTX = "HomePage"


def _task_state_label(state: str) -> str:
    labels = {
        "draft": tr(_CTX, "草稿"),
        "ready": tr(_CTX, "待抽取"),
        "drawn": tr(_CTX, "已抽取"),
        "inspecting": tr(_CTX, "检查中"),
        "reviewing": tr(_CTX, "审核中"),
        "published": tr(_CTX, "已公示"),
        "closed": tr(_CTX, "已办结"),
    }
    return labels.get(state, state)


def _read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))


class HomePage(QWidget):
    """The dashboard; `refresh()` re-reads everything in one read transaction."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.count_labels: dict[str, QLabel] = {}
        self.summary: dashboard.DashboardSummary | None = None

        self._title = QLabel()
        font = QFont(self._title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._title.setFont(font)
        refresh = QPushButton(tr(_CTX, "刷新(&R)"))
        refresh.setToolTip(tr(_CTX, "重新统计（F5）"))
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        header = QHBoxLayout()
        header.addWidget(self._title, 1)
        header.addWidget(refresh)

        cards = QGridLayout()
        for i, (key, title) in enumerate(self._card_titles()):
            cards.addWidget(self._card(key, title), 0, i)

        self.tasks_table = _read_only_table([tr(_CTX, "任务状态"), tr(_CTX, "数量")])
        tasks_box = QGroupBox(tr(_CTX, "抽查任务"))
        QVBoxLayout(tasks_box).addWidget(self.tasks_table)

        self.licence_table = _read_only_table(
            [tr(_CTX, "警号/工号"), tr(_CTX, "姓名"), tr(_CTX, "所属部门"), tr(_CTX, "执法证有效期"),
             tr(_CTX, "状态")])
        self.leader_table = _read_only_table([tr(_CTX, "部门"), tr(_CTX, "可任组长的在岗人员")])
        warn_box = QGroupBox(tr(_CTX, "名录库提醒"))
        warn_layout = QVBoxLayout(warn_box)
        self._licence_caption = QLabel()
        self._leader_caption = QLabel()
        warn_layout.addWidget(self._licence_caption)
        warn_layout.addWidget(self.licence_table, 2)
        warn_layout.addWidget(self._leader_caption)
        warn_layout.addWidget(self.leader_table, 1)

        lower = QHBoxLayout()
        lower.addWidget(tasks_box, 1)
        lower.addWidget(warn_box, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(cards)
        layout.addLayout(lower, 1)
        self.deadline_panel = DeadlinePanel(ctx)  # what is due, due soon and overdue, in working days
        layout.addWidget(self.deadline_panel, 2)
        self.refresh()

    @staticmethod
    def _card_titles() -> list[tuple[str, str]]:
        return [
            ("items", tr(_CTX, "抽查事项（在用）")),
            ("targets", tr(_CTX, "检查对象（在册）")),
            ("inspectors", tr(_CTX, "执法检查人员（在岗）")),
            ("conflicts", tr(_CTX, "回避关系（有效）")),
            ("plans", tr(_CTX, "年度计划")),
            ("tasks", tr(_CTX, "抽查任务")),
        ]

    def _card(self, key: str, title: str) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        value = QLabel("0")
        value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(value.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        value.setFont(font)
        value.setObjectName(f"count_{key}")
        caption = QLabel(title)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(frame)
        box.addWidget(value)
        box.addWidget(caption)
        self.count_labels[key] = value
        return frame

    def refresh(self) -> None:
        """Re-read the summary and the organization's name."""
        today = self._ctx.today()
        with self._ctx.database.read() as session:
            summary = dashboard.summary(session, today)
            org = settings.get_org(session)
        self.summary = summary
        self._title.setText(tr(_CTX, "{org} — 工作概况").format(org=org.name) if org else tr(_CTX, "工作概况"))
        for key, value in (("items", summary.items), ("targets", summary.targets),
                           ("inspectors", summary.inspectors), ("conflicts", summary.conflicts),
                           ("plans", summary.plans), ("tasks", summary.tasks)):
            self.count_labels[key].setText(f"{value:,}")
        _fill(self.tasks_table, [(_task_state_label(s), str(n)) for s, n in summary.tasks_by_state])
        if not summary.tasks_by_state:
            _fill(self.tasks_table, [(tr(_CTX, "暂无抽查任务"), "")])
        _fill(self.licence_table, [
            (w.staff_no, w.name, w.department, w.expiry.isoformat(),
             tr(_CTX, "已过期") if w.expired else tr(_CTX, "{days}天内到期").format(
                 days=(w.expiry - today).days))
            for w in summary.licence_warnings])
        _fill(self.leader_table, [(s.department, str(s.leaders)) for s in summary.leader_shortages])
        self._licence_caption.setText(
            tr(_CTX, "执法证已过期或{days}天内到期：{n}人").format(
                days=dashboard.EXPIRY_WARNING_DAYS, n=len(summary.licence_warnings)))
        self._leader_caption.setText(
            tr(_CTX, "可任组长的在岗人员少于{min}人的部门：{n}个").format(
                min=dashboard.MIN_LEADERS_PER_DEPARTMENT, n=len(summary.leader_shortages)))
        self.deadline_panel.refresh()
