"""A table model over a services.listing.ListSource: holds ids and rows of the pages
read so far, fetches the next page when the view scrolls near the end
(canFetchMore/fetchMore), and re-queries in SQL when the sort or filter changes —
never sorting or filtering a million rows in Python."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from shopmanager.services.listing import PAGE_SIZE, ListRequest, ListSource
from shopmanager.ui.format import NUMERIC_KINDS, display

Index = QModelIndex | QPersistentModelIndex

# data() runs for every visible cell and role on each repaint: the roles as plain ints
# (an enum member lookup costs more than the comparison), the alignments computed once.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_USER = Qt.ItemDataRole.UserRole.value
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value


class LazyTableModel(QAbstractTableModel):
    def __init__(self, source: ListSource, request: ListRequest | None = None, parent=None):
        super().__init__(parent)
        self.source = source
        self.request = request or ListRequest()
        self.ids: list[int] = []
        self.rows: list[tuple] = []
        self.cursor: tuple | None = None
        self.total = 0
        self.total_is_capped = False
        self.total_known = True
        self._load()

    # -- loading ------------------------------------------------------------------
    def _load(self) -> None:
        page = self.source.page(self.request, None, PAGE_SIZE)
        self.ids, self.rows, self.cursor = page.ids, page.rows, page.cursor
        self.total_known = not self.source.count_is_slow(self.request)
        if self.total_known:
            cap = self.source.count_cap_when_searching if self.request.search.strip() else None
            self.total = self.source.count(self.request, cap)
            self.total_is_capped = cap is not None and self.total > cap
        else:
            self.total, self.total_is_capped = len(self.rows), False

    def set_request(self, request: ListRequest) -> None:
        self.beginResetModel()
        self.request = request
        self._load()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read from the first page (after a change), keeping sort and filters."""
        self.set_request(self.request)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self.cursor is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or self.cursor is None:
            return
        page = self.source.page(self.request, self.cursor, PAGE_SIZE)
        if not page.rows:
            self.cursor = None
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self.ids.extend(page.ids)
        self.rows.extend(page.rows)
        self.cursor = page.cursor
        if not self.total_known:
            self.total = len(self.rows)
        self.endInsertRows()

    # -- Qt model API -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.source.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.source.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.source.columns[section].label()
            if role == Qt.ItemDataRole.TextAlignmentRole and self.source.columns[section].kind in NUMERIC_KINDS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row = index.row()
        if not (0 <= row < len(self.rows)) or not index.isValid():
            return None
        column_number = index.column()
        kind = self.source.columns[column_number].kind
        value = self.rows[row][column_number]
        if role == _DISPLAY:
            return display(kind, value)
        if role == _ALIGNMENT:
            return _RIGHT if kind in NUMERIC_KINDS else _LEFT
        if role == _TOOLTIP and kind == "text" and value and len(str(value)) > 30:
            return str(value)
        if role == _FOREGROUND or role == _BACKGROUND:
            style = self.source.row_style(self.rows[row]) if hasattr(self.source, "row_style") else None
            if style:
                color = style.get("foreground" if role == _FOREGROUND else "background")
                return QBrush(QColor(color)) if color else None
        if role == _DECORATION and kind == "picture" and value:
            from shopmanager.ui.widgets.thumbnails import thumbnail

            return thumbnail(str(value))
        if role == _USER:
            return value
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.source.columns[column].key
        if not self.source.sortable(key):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self.request.sort_key == key and self.request.descending == descending:
            return
        self.request.sort_key, self.request.descending = key, descending
        self.refresh()

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of_id(self, row_id: int) -> int:
        try:
            return self.ids.index(row_id)
        except ValueError:
            return -1
