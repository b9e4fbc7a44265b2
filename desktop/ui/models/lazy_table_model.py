"""A read-only table model over an ordered id list; rows are fetched lazily in chunks through a service."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from db.engine import Database
from desktop.services import browse
from desktop.ui.i18n import tr

CHUNK_SIZE = 200
# At most this many chunks stay cached (the visible part of even a tall screen is far smaller).
MAX_CACHED_CHUNKS = 64
_CTX = "LazyTableModel"

AnyIndex = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel):
    """Rows of one browse kind (targets, inspectors, items); search and sort run in SQL.

    The model keeps only the ordered ids; `data()` loads the 200-row chunk a row belongs to on
    first access, in its own short read transaction.
    """

    def __init__(self, database: Database, kind: str, risk_labels: Mapping[str, str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._kind = kind
        self._columns = browse.columns(kind)
        self._risk_labels = dict(risk_labels or {})
        self._ids: list[int] = []
        self._chunks: OrderedDict[int, dict[int, tuple[Any, ...]]] = OrderedDict()
        self._search = ""
        self._filters: dict[str, Any] = {}
        self._sort_column: int | None = None
        self._descending = False
        self.fetch_count = 0  # chunks loaded so far (tests and diagnostics)
        self.reload()

    # -- queries -------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def search_text(self) -> str:
        return self._search

    @property
    def sort_column(self) -> int | None:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def column_key(self, column: int) -> str:
        return self._columns[column].key

    def row_id(self, row: int) -> int:
        """The database id behind a row."""
        return self._ids[row]

    def row_of(self, entity_id: int) -> int:
        """The row showing `entity_id`, or -1 when the current search or filters hide it."""
        try:
            return self._ids.index(entity_id)
        except ValueError:
            return -1

    def value(self, row: int, key: str) -> Any:
        """The unformatted value of column `key` in `row` (fetched with its chunk), or None."""
        if not 0 <= row < len(self._ids):
            return None
        keys = [c.key for c in self._columns]
        values = self._row(row)
        return None if values is None or key not in keys else values[keys.index(key) + 1]

    @property
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    def set_search(self, text: str) -> None:
        """Filter by name or code (SQL LIKE)."""
        if text != self._search:
            self._search = text
            self.reload()

    def set_filters(self, filters: Mapping[str, Any]) -> None:
        """Equality filters on column keys (e.g. {"active": True})."""
        self._filters = dict(filters)
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; columns that cannot be sorted (masked data) are ignored."""
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def reload(self) -> None:
        """Re-run the id query and drop every cached row."""
        key = None if self._sort_column is None else self._columns[self._sort_column].key
        with self._database.read() as session:
            ids = browse.list_ids(session, self._kind, self._search, key, self._descending, self._filters)
        self.beginResetModel()
        self._ids = ids
        self._chunks.clear()
        self.endResetModel()

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return tr("columns", self._columns[section].title)
            return None
        return str(section + 1) if 0 <= section < len(self._ids) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            row = self._row(index.row())
            if row is None:
                return "" if role == Qt.ItemDataRole.DisplayRole else None
            return self._format(self._columns[index.column()], row[index.column() + 1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            render = self._columns[index.column()].render
            if render in ("bool", "date", "risk", "item_kind"):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    # -- internals -------------------------------------------------------------------------

    def _row(self, row: int) -> tuple[Any, ...] | None:
        chunk_no = row // CHUNK_SIZE
        chunk = self._chunks.get(chunk_no)
        if chunk is None:
            chunk = self._load_chunk(chunk_no)
        else:
            self._chunks.move_to_end(chunk_no)
        return chunk.get(self._ids[row])

    def _load_chunk(self, chunk_no: int) -> dict[int, tuple[Any, ...]]:
        ids = self._ids[chunk_no * CHUNK_SIZE:(chunk_no + 1) * CHUNK_SIZE]
        with self._database.read() as session:
            rows = browse.fetch_rows(session, self._kind, ids)
        chunk = {r[0]: r for r in rows}
        self._chunks[chunk_no] = chunk
        self.fetch_count += 1
        while len(self._chunks) > MAX_CACHED_CHUNKS:
            self._chunks.popitem(last=False)
        return chunk

    def _format(self, spec: browse.ColumnSpec, value: Any) -> str:
        if value is None:
            return ""
        if spec.render == "bool":
            return tr(_CTX, "是") if value else tr(_CTX, "否")
        if spec.render == "date":
            return value.isoformat() if isinstance(value, date) else str(value)
        if spec.render == "risk":
            label = self._risk_labels.get(str(value))
            return f"{value} {tr('labels', label)}" if label else str(value)
        if spec.render == "item_kind":
            return {"key": tr(_CTX, "重点"), "general": tr(_CTX, "一般")}.get(str(value), str(value))
        return str(value)
