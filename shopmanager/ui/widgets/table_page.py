"""The page every list screen is built from: search box, filters, a lazy table over a
ListSource, a row count, and Export to Excel. Subclasses add filters and actions.

Fits a 1366×768 screen whatever the language: the tool row (search, `self.filters`,
`self.buttons`, Export) moves what does not fit into a "More" menu (widgets/overflow.py),
the columns shrink and elide to the table's width (widgets/columns.py). An empty table
says how to fill it: override `empty_message()`."""
from __future__ import annotations

import zlib

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from shopmanager.core.i18n import tr
from shopmanager.services.listing import ListRequest, ListSource
from shopmanager.ui.state import UiState
from shopmanager.ui.widgets.columns import ColumnFitter, growing_columns, readable_floors
from shopmanager.ui.widgets.lazy_table import LazyTableModel
from shopmanager.ui.widgets.overflow import OverflowBar

SEARCH_DELAY_MS = 250
SEARCH_MIN_WIDTH = 200


class TablePage(QWidget):
    """Subclasses implement make_source() and may override open_row(), add filters/buttons."""

    row_activated = Signal(int)
    table_key = "table"
    search_placeholder = ""

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self.source: ListSource = self.make_source()
        self.request = ListRequest()
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.search_placeholder or tr("Tables", "Search…  (Ctrl+F)"))
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.search.setMaximumWidth(420)
        # The tool row: search | filters | … | buttons | Export | More ▾. `self.filters` and
        # `self.buttons` are plain QHBoxLayouts: subclasses add their widgets to them.
        self.bar = OverflowBar(self, keep=(self.search,))
        self.bar.setObjectName("toolbar")
        self.toolbar: QHBoxLayout = self.bar.row
        self.toolbar.insertWidget(0, self.search, 1)
        self.filters = QHBoxLayout()
        self.toolbar.insertLayout(1, self.filters)
        self.toolbar.insertStretch(2, 1)
        self.buttons = QHBoxLayout()
        self.toolbar.insertLayout(3, self.buttons)
        self.export_button = QPushButton(tr("Tables", "Export to Excel…"), self)
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.export)
        self.toolbar.insertWidget(4, self.export_button)

        self.view = QTableView(self)
        self.view.setObjectName("table")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionsMovable(True)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.model = LazyTableModel(self.source, self.request, self)
        self.view.setModel(self.model)
        titles = self.view.horizontalHeader().fontMetrics()
        for i, column in enumerate(self.source.columns):  # at least its title (English ones are longer)
            self.view.setColumnWidth(i, max(column.width, titles.horizontalAdvance(column.label()) + 16))
        self._show_default_sort()
        self.state = UiState()
        self.state.restore_header(self.header_key(), self.view.horizontalHeader())
        self.columns = ColumnFitter(self.view, floors=readable_floors(self.source.columns, self.view.fontMetrics()),
                                    grow=growing_columns(self.source.columns))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.placeholder = QLabel(self.view.viewport())
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #78909c; font-size: 11pt; padding: 24px;")
        self.placeholder.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.placeholder.hide()
        self.view.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_entered)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, activated=self.clear_search,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.view.activated.connect(lambda index: self.open_row(index.row()))
        self.model.rowsInserted.connect(lambda *_args: self._update_count())
        self._update_count()

    # -- for subclasses ---------------------------------------------------------------
    def make_source(self) -> ListSource:
        raise NotImplementedError

    def open_row(self, row: int) -> None:
        """Double-click / Enter on a row."""

    def search_entered(self, text: str) -> bool:
        """Enter in the search box (a barcode scanner ends with Enter); True if handled."""
        return False

    def export_title(self) -> str:
        return tr("Tables", "Export")

    def empty_message(self) -> str:
        """Shown over the table while it has no rows and nothing is searched or filtered:
        say how the list gets filled (which button, which page, which import)."""
        return tr("Tables", "Nothing here yet.")

    def no_match_message(self) -> str:
        """Shown over the table while a search or filter finds nothing."""
        if self.request.search.strip():
            return tr("Tables", "Nothing matches “{text}”. Clear the search box (Esc) or change the filters.").format(
                text=self.request.search.strip())
        return tr("Tables", "Nothing matches these filters.")

    def is_filtered(self) -> bool:
        return bool(self.request.search.strip() or self.request.filters)

    def add_button(self, name: str, text: str, slot, *, tooltip: str = "") -> QPushButton:
        """A button in the tool row (it moves into the "More" menu when the row is full)."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        if tooltip:
            button.setToolTip(tooltip)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def add_filter(self, widget: QWidget, tooltip: str = "") -> QWidget:
        """A filter in the tool row; the tooltip names it in the "More" menu."""
        if tooltip:
            widget.setToolTip(tooltip)
        self.filters.addWidget(widget)
        return widget

    # -- behaviour ------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_search(self) -> None:
        if self.search.text():
            self.search.clear()
            self.apply_search()

    def _search_entered(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        if text and self.search_entered(text):
            self.search.selectAll()
            return
        self.apply_search()

    def apply_search(self) -> None:
        self.request.search = self.search.text().strip()
        self.reload()

    def set_filter(self, key: str, value) -> None:
        if value in (None, "", False):
            self.request.filters.pop(key, None)
        else:
            self.request.filters[key] = value
        self.reload()

    def reload(self) -> None:
        self.model.set_request(self.request)
        self._update_count()

    def refresh(self) -> None:
        """Re-read after a change, keeping the selection where possible."""
        current = self.selected_id()
        self.model.refresh()
        self._update_count()
        if current is not None:
            self.select_id(current)

    def _show_default_sort(self) -> None:
        keys = [c.key for c in self.source.columns]
        header = self.view.horizontalHeader()
        if self.source.default_sort in keys:
            header.setSortIndicator(keys.index(self.source.default_sort), Qt.SortOrder.DescendingOrder
                                    if self.source.default_descending else Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def _header_clicked(self, section: int) -> None:
        key = self.source.columns[section].key
        header = self.view.horizontalHeader()
        if not self.source.sortable(key):
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            return
        descending = not (self.request.sort_key == key and self.request.descending)
        header.setSortIndicator(section, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.model.sort(section, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)

    def _update_placeholder(self) -> None:
        empty = self.model.rowCount() == 0
        if empty and self.isVisible():  # (not while a subclass is still being built)
            self.placeholder.setText(self.no_match_message() if self.is_filtered() else self.empty_message())
            self.placeholder.setGeometry(self.view.viewport().rect())
        self.placeholder.setVisible(empty)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._update_placeholder()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.placeholder.setGeometry(self.view.viewport().rect())
        return super().eventFilter(watched, event)

    def _update_count(self) -> None:
        self._update_placeholder()
        if not self.model.total_known and self.model.cursor is not None:
            self.count_label.setText(tr("Tables", "{n}+ rows (scroll for more)").format(n=f"{self.model.total:,}"))
        elif self.model.total_is_capped:
            cap = self.source.count_cap_when_searching
            self.count_label.setText(tr("Tables", "more than {n} rows").format(n=f"{cap:,}"))
        elif self.model.total == 1:
            self.count_label.setText(tr("Tables", "1 row"))
        else:
            self.count_label.setText(tr("Tables", "{n} rows").format(n=f"{self.model.total:,}"))

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def selected_ids(self) -> list[int]:
        return [i for i in (self.model.id_at(r.row()) for r in self.view.selectionModel().selectedRows()) if i]

    def select_id(self, row_id: int) -> None:
        row = self.model.row_of_id(row_id)
        if row >= 0:
            self.view.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(self.model.index(row, 0))

    def header_key(self) -> str:
        """Where this list's column widths are kept on this PC: one place per set of columns,
        so the owner's list (with cost) and a clerk's (without) on a shared PC, or a list that
        gained a column in a new version, never get widths saved for other columns."""
        columns = ",".join(column.key for column in self.source.columns)
        return f"{self.table_key}-{zlib.crc32(columns.encode()):08x}"

    def export(self) -> None:
        from shopmanager.ui.exporting import export_table

        export_table(self, self.source, self.request, self.export_title())

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.columns.show_wanted()  # the widths the user chose, not those squeezed to this window
        self.state.save_header(self.header_key(), self.view.horizontalHeader())
        super().hideEvent(event)
