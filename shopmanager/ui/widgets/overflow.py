"""A row of widgets that never makes its window wider than the screen: what does not fit
moves into a "More ▾" menu at the right end, and comes back when there is room again.

Buttons become menu actions (a button with its own menu becomes a submenu), combo boxes
become submenus of their items (the current one checked), check boxes checkable actions,
labels grey text. Other widgets (line edits, date edits) stay in the row: give them a
small minimum width. The rightmost widgets go first, so put what is used most on the left.

The row is a plain QHBoxLayout (`bar.row`): add widgets or nested layouts to it, or to
layouts nested in it, at any time; the bar notices and lays itself out again.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QAction, QActionGroup, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLayout, QMenu, QPushButton, QSizePolicy, QWidget,
)

from shopmanager.core.i18n import tr

OVERFLOWABLE = (QAbstractButton, QComboBox, QLabel)


def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def _widgets_of(layout: QLayout) -> list[QWidget]:
    """The widgets of a layout and of the layouts nested in it, in display order."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found.extend(_widgets_of(item.layout()))
    return found


def add_to_menu(menu: QMenu, widget: QWidget) -> None:
    """Put an entry standing for `widget` into `menu` (it acts on the widget itself)."""
    tip = widget.toolTip()
    if isinstance(widget, QComboBox):
        sub = menu.addMenu(_plain(tip) if tip else widget.currentText())
        sub.setObjectName(f"more_{widget.objectName()}")
        group = QActionGroup(sub)
        for row in range(widget.count()):
            action = sub.addAction(widget.itemText(row))
            action.setCheckable(True)
            action.setChecked(row == widget.currentIndex())
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, combo=widget, row=row: combo.setCurrentIndex(row))
        sub.setEnabled(widget.isEnabled())
    elif isinstance(widget, QAbstractButton):
        own_menu = widget.menu() if isinstance(widget, QPushButton) else None
        if own_menu is not None:
            sub = menu.addMenu(widget.icon(), widget.text())
            sub.addActions(own_menu.actions())
            sub.setEnabled(widget.isEnabled())
            return
        action = QAction(widget.icon(), widget.text(), menu)
        action.setObjectName(f"more_{widget.objectName()}")
        action.setToolTip(tip)
        action.setEnabled(widget.isEnabled())
        if widget.isCheckable() or isinstance(widget, QCheckBox):
            action.setCheckable(True)
            action.setChecked(widget.isChecked())
        action.triggered.connect(lambda _checked=False, button=widget: button.click())
        menu.addAction(action)
    elif isinstance(widget, QLabel) and widget.text():
        action = menu.addAction(_plain(widget.text()))
        action.setEnabled(False)


class OverflowBar(QWidget):
    """A tool row whose minimum width is its first widgets, not all of them."""

    def __init__(self, parent: QWidget | None = None, *, keep: tuple[QWidget, ...] = ()):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the bar may be narrower than the row
        self.more = QPushButton(tr("Tables", "More"), self)
        self.more.setObjectName("more")
        self.more.setToolTip(tr("Tables", "What does not fit in this row"))
        self.more_menu = QMenu(self.more)
        self.more_menu.aboutToShow.connect(self._fill_menu)
        self.more.setMenu(self.more_menu)
        self.more.hide()
        self.row.addWidget(self.more)
        self.keep: list[QWidget] = list(keep)  # never moved into the menu (the search box)
        self.overflowed: list[QWidget] = []
        self._applying = False
        self._watched: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.relayout)

    # -- what is in the row --------------------------------------------------------------
    def widgets(self) -> list[QWidget]:
        return [w for w in _widgets_of(self.row) if w is not self.more]

    def _shown(self, widget: QWidget) -> bool:
        """Shown by its owner: visible, or hidden only by us."""
        return widget in self.overflowed or not widget.isHidden()

    def _width(self, widget: QWidget) -> int:
        hint = widget.sizeHint().width()
        return max(widget.minimumWidth(), min(hint, widget.maximumWidth()))

    def needed_width(self, moved: list[QWidget] | None = None) -> int:
        """Width of the row with `moved` in the menu (and the More button shown if any is)."""
        moved = self.overflowed if moved is None else moved
        shown = [w for w in self.widgets() if self._shown(w) and w not in moved]
        if moved:
            shown.append(self.more)
        margins = self.row.contentsMargins()
        spacing = max(0, self.row.spacing())
        return margins.left() + margins.right() + sum(self._width(w) for w in shown) + spacing * max(0, len(shown))

    # -- size ----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.needed_width([]), self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        kept = [w for w in self.widgets() if self._shown(w) and not self._can_move(w)]
        spacing = max(0, self.row.spacing())
        width = sum(max(w.minimumWidth(), w.minimumSizeHint().width()) for w in kept)
        width += self._width(self.more) + spacing * (len(kept) + 1)
        return QSize(width, self._height())

    def _height(self) -> int:
        heights = [w.sizeHint().height() for w in self.widgets() + [self.more] if self._shown(w) or w is self.more]
        return max(heights or [0])

    def _can_move(self, widget: QWidget) -> bool:
        return widget not in self.keep and isinstance(widget, OVERFLOWABLE)

    # -- laying out ------------------------------------------------------------------------
    def relayout(self) -> None:
        """Move into the menu, rightmost first, what does not fit; bring back what does."""
        self._watch()
        candidates = [w for w in reversed(self.widgets()) if self._shown(w) and self._can_move(w)]
        moved: list[QWidget] = []
        available = self.width()
        while candidates and self.needed_width(moved) > available:
            moved.append(candidates.pop(0))
        if set(moved) == set(self.overflowed) and self.more.isHidden() == (not moved):
            return
        self._applying = True
        try:
            for widget in self.overflowed:
                if widget not in moved:
                    widget.show()
            for widget in moved:
                widget.hide()
            self.overflowed = moved
            self.more.setVisible(bool(moved))
            if self.row.indexOf(self.more) != self.row.count() - 1:  # widgets added later: More stays last
                self.row.removeWidget(self.more)
                self.row.addWidget(self.more)
        finally:
            self._applying = False
        self.updateGeometry()

    def _watch(self) -> None:
        for widget in self.widgets():
            if id(widget) not in self._watched:
                self._watched.add(id(widget))
                widget.installEventFilter(self)

    def _fill_menu(self) -> None:
        self.more_menu.clear()
        order = self.widgets()
        for widget in sorted(self.overflowed, key=order.index):
            add_to_menu(self.more_menu, widget)

    # -- events ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if not self._applying and kind in (QEvent.Type.Show, QEvent.Type.Hide):
            if kind == QEvent.Type.Show and watched in self.overflowed:  # its owner showed it again
                self.overflowed.remove(watched)
            self._timer.start()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._timer.start()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and not self._applying:
            self._timer.start()  # a widget was added, its text changed …
        return super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.relayout()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.relayout()
