"""The console's result table as a lazy model: a heading row per risk class, then its drawn targets."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.services.draw_view import DrawnTarget, DrawView

Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _TIP, _FONT, _CODE = (int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                 Qt.ItemDataRole.FontRole, Qt.ItemDataRole.UserRole))
# A view asks each painted cell for a dozen roles; only these have answers, the rest return at once.
_ANSWERED = frozenset({_DISPLAY, _TIP, _FONT, _CODE})


class ResultModel(QAbstractTableModel):
    """Flat rows made into text only when the view paints them, so 5,000 drawn targets cost as little as 5.

    Row layout: [class A heading, A's targets…, class B heading, B's targets…]. A new view with the
    same classes and counts (a recusal, a lock) only changes data, so the operator keeps the scroll
    position; anything else resets the model.
    """

    def __init__(self, headers: list[str], class_text: Callable[[str, int, int], str],
                 target_texts: Callable[[DrawnTarget], tuple[str, str, str, str]],
                 key_tip: Callable[[DrawnTarget], str]) -> None:
        super().__init__()
        self._headers = headers
        self._class_text = class_text
        self._target_texts = target_texts
        self._key_tip = key_tip
        self._classes: list[tuple[str, int, list[DrawnTarget]]] = []  # (risk class, quota, its targets)
        self._starts: list[int] = []  # row of each class's heading
        self._rows = 0
        self._made: dict[int, tuple[str, str, str, str]] = {}  # row → its texts, for the current view
        self._bold = QFont()
        self._bold.setBold(True)

    def set_view(self, view: DrawView | None, order: list[str]) -> bool:
        """Show a view's drawn targets by risk class (order: class labels A … D); True when it reset."""
        classes: list[tuple[str, int, list[DrawnTarget]]] = []
        if view is not None and view.state in ("computed", "locked"):
            by_class: dict[str, list[DrawnTarget]] = {}
            for target in view.drawn:
                by_class.setdefault(target.stratum, []).append(target)
            rank = {label: n for n, label in enumerate(order)}
            for row in sorted(view.strata, key=lambda r: (rank.get(r.stratum, len(rank)), r.stratum)):
                classes.append((row.stratum, row.quota, by_class.get(row.stratum, [])))
        starts: list[int] = []
        rows = 0
        for _name, _quota, members in classes:
            starts.append(rows)
            rows += 1 + len(members)
        self._made.clear()
        if starts == self._starts and [c[0] for c in classes] == [c[0] for c in self._classes] and rows == self._rows:
            self._classes = classes
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(self._headers) - 1))
            return False
        self.beginResetModel()
        self._classes, self._starts, self._rows = classes, starts, rows
        self.endResetModel()
        return True

    def heading_rows(self) -> list[int]:
        """The rows that head a risk class (the view spans them over every column)."""
        return list(self._starts)

    def class_names(self) -> list[str]:
        """The risk classes shown, in order."""
        return [name for name, _quota, _members in self._classes]

    def target_at(self, row: int) -> DrawnTarget | None:
        """The drawn target of a row (None for a heading row)."""
        k = bisect_right(self._starts, row) - 1
        if k < 0 or row >= self._rows or row == self._starts[k]:
            return None
        return self._classes[k][2][row - self._starts[k] - 1]

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        role = int(role)
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        k = bisect_right(self._starts, row) - 1
        if k < 0 or row >= self._rows:
            return None
        name, quota, members = self._classes[k]
        if row == self._starts[k]:
            if role == _DISPLAY and column == 0:
                return self._class_text(name, quota, len(members))
            return self._bold if role == _FONT else None
        target = members[row - self._starts[k] - 1]
        if role == _DISPLAY:
            return self._texts(row, target)[column]
        if role == _TIP:
            return self._key_tip(target) if column == 0 else self._texts(row, target)[column]
        return target.code if role == _CODE else None

    def _texts(self, row: int, target: DrawnTarget) -> tuple[str, str, str, str]:
        # One row's four cells are asked for one after another: make them once per row and view.
        texts = self._made.get(row)
        if texts is None:
            if len(self._made) > 512:
                self._made.clear()
            texts = self._made[row] = self._target_texts(target)
        return texts
