"""The main window: navigation on the left, the current page on the right, the user,
role and database in the status bar."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget,
    QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from shopmanager import __version__
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, role_label
from shopmanager.services import settings
from shopmanager.ui import messages
from shopmanager.ui.context import AppContext
from shopmanager.ui.icons import picture_icon
from shopmanager.ui.navigation import NavEntry, entries_for
from shopmanager.ui.screen import keep_on_screen
from shopmanager.ui.state import UiState

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole


class BadgeDelegate(QStyledItemDelegate):
    """Paints a red count (alerts, overdue orders) at the right of a navigation item."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, option, index)
        value = index.data(BADGE_ROLE)
        # An int: one red count. A pair (count, urgent): the count in grey-blue, the urgent part apart in red.
        count, urgent = (value if isinstance(value, (tuple, list)) else (value or 0, None))
        if not count and not urgent:
            return
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        right = option.rect.right() - 6
        pills = [(urgent, "#d32f2f"), (count, "#546e7a")] if urgent is not None else [(count, "#d32f2f")]
        for number, color in pills:
            if not number:
                continue
            text = str(number) if number < 1000 else "999+"
            width = painter.fontMetrics().horizontalAdvance(text) + 12
            height = painter.fontMetrics().height() + 2
            rect = QRect(right - width, option.rect.center().y() - height // 2, width, height)
            painter.setBrush(QColor(color))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            right = rect.left() - 3
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        return QSize(size.width() + 40, max(size.height(), 30))


class MainWindow(QMainWindow):
    logout_requested = Signal()
    first_painted = Signal()  # the window is really on the screen (the cold-start benchmark stops here)
    first_page_ready = Signal()

    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setObjectName("MainWindow")
        self.state = UiState()
        self.entries: list[NavEntry] = entries_for(context.actor)
        self.pages: dict[str, QWidget] = {}
        self._set_title()

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setItemDelegate(BadgeDelegate(self.nav))
        self.nav.setFixedWidth(200)
        self.nav.setIconSize(QSize(20, 20))
        for entry in self.entries:
            title = entry.title()
            item = QListWidgetItem(self.entry_icon(entry), title)
            item.setData(KEY_ROLE, entry.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget(self)
        self.page_title = QLabel(self)
        self.page_title.setObjectName("page_title")
        self.page_title.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 4px 2px;")

        right = QVBoxLayout()
        right.addWidget(self.page_title)
        right.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addLayout(right, 1)
        central = QWidget(self)
        central.setLayout(body)
        self.setCentralWidget(central)
        self._build_menus()

        actor = context.actor
        self.user_label = QLabel(tr("Main", "User: {name} ({role})").format(
            name=actor.display_name, role=role_label(actor.role)))
        self.db_label = QLabel(tr("Main", "Database: {db}").format(db=context.database.display()))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

        context.data_changed.connect(self.refresh_badges)
        from shopmanager.ui.safety import SafetyWatch

        self.safety = SafetyWatch(self)  # a restore on another PC, the daily backup, the closing backup
        if not self.state.restore_geometry("main", self):
            self.resize(1280, 800)
        if not self.entries:
            self.page_title.setText(tr("Main", "Your role has no pages yet. Ask the owner."))
        keep_on_screen(self)  # not where a monitor was unplugged, not larger than this screen

    def _set_title(self) -> None:
        shop = settings.get("shop.name") or "ShopManager"
        self.setWindowTitle(f"{shop} — ShopManager")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("Main", "&File"))
        change = QAction(tr("Main", "Change &password…"), self)
        change.triggered.connect(self.change_password)
        logout = QAction(tr("Main", "&Log out"), self)
        logout.setShortcut(QKeySequence("Ctrl+Shift+L"))
        logout.triggered.connect(self.logout)
        quit_action = QAction(tr("Main", "&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(change)
        if self.context.actor.can(Perm.BACKUP_RUN):
            backup_now = QAction(tr("Main", "&Back up now"), self)
            backup_now.setShortcut(QKeySequence("Ctrl+Shift+B"))
            backup_now.triggered.connect(self.backup_now)
            file_menu.addAction(backup_now)
        file_menu.addAction(logout)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(tr("Main", "&Go"))
        go_menu.setObjectName("go_menu")
        for number, entry in enumerate(self.entries, start=1):  # every page; Ctrl+1 … Ctrl+9 the first nine
            action = QAction(self.entry_icon(entry), entry.title(), self)
            action.setObjectName(f"go_{entry.key}")
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=entry.key: self.show_page(key))
            go_menu.addAction(action)
            self.addAction(action)

        self._build_language_menu()
        help_menu = self.menuBar().addMenu(tr("Main", "&Help"))
        about = QAction(tr("Main", "&About ShopManager"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_language_menu(self) -> None:
        """Each user's own language, kept with their account (any PC); the shop's by default."""
        from shopmanager.core.i18n import SUPPORTED_LANGUAGES, current_language

        title = tr("Main", "&Language")
        if current_language() != "en":
            title += " / Language"  # findable by someone who cannot read the current language
        menu = self.menuBar().addMenu(title)
        menu.setObjectName("language_menu")
        group = QActionGroup(self)
        shop = settings.get("ui.language")
        choices = [("", tr("Main", "The shop's language ({name})").format(name=SUPPORTED_LANGUAGES.get(shop, shop)))]
        choices += list(SUPPORTED_LANGUAGES.items())
        for code, name in choices:
            action = menu.addAction(name)
            action.setObjectName(f"language_{code or 'shop'}")
            action.setCheckable(True)
            action.setChecked(code == self.context.actor.language)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            if not code:
                menu.addSeparator()

    def choose_language(self, code: str) -> None:
        """Keep the user's choice ("" = the shop's language) and show the window in it."""
        from shopmanager.core.errors import ShopError
        from shopmanager.core.i18n import current_language
        from shopmanager.services import users

        try:
            self.context.actor = users.set_own_language(self.context.actor, code)
        except ShopError as error:
            messages.error(self, str(error))
            return
        language = code or settings.get("ui.language")
        if language != current_language():
            self.context.language_changed.emit(language)

    def remember_geometry(self) -> None:
        self.state.save_geometry("main", self)
        self.state.sync()

    @staticmethod
    def entry_icon(entry: NavEntry):
        return picture_icon(entry.icon or entry.key, entry.color)

    # -- pages --------------------------------------------------------------------------
    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.show_page(self.entries[row].key)

    def show_page(self, key: str) -> QWidget | None:
        entry = next((e for e in self.entries if e.key == key), None)
        if entry is None:
            return None
        page = self.pages.get(key)
        fresh = page is None
        if page is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                page = entry.factory(self.context)
            finally:
                QApplication.restoreOverrideCursor()
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.page_title.setText(entry.title())
        row = self.entries.index(entry)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        if not fresh and hasattr(page, "activated"):
            page.activated()  # a page built just now has read its data already
        return page

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def refresh_badges(self, entity: str = "") -> None:
        for row, entry in enumerate(self.entries):
            if entry.badge is None or (entity and entity not in entry.badge_entities):
                continue
            value = entry.badge(self.context.actor)
            item = self.nav.item(row)
            item.setData(BADGE_ROLE, value)
            if isinstance(value, tuple):
                tip = tr("Main", "{n} to do, {urgent} of them overdue").format(n=value[0], urgent=value[1]) \
                    if value[1] else (tr("Main", "{n} to do").format(n=value[0]) if value[0] else "")
            else:
                tip = tr("Main", "{n} need attention").format(n=value) if value else ""
            item.setToolTip(tip)

    def badge_count(self, key: str) -> int:
        """The badge's count (for a pair: the whole count, the urgent part included)."""
        return self.badge_value(key)[0]

    def badge_value(self, key: str) -> tuple[int, int]:
        """(count, urgent): the urgent part is 0 for a plain count."""
        row = next(i for i, e in enumerate(self.entries) if e.key == key)
        value = self.nav.item(row).data(BADGE_ROLE) or 0
        return tuple(value) if isinstance(value, (tuple, list)) else (int(value), 0)

    # -- actions ----------------------------------------------------------------------------
    def change_password(self) -> None:
        from shopmanager.ui.login import ChangePasswordDialog

        if ChangePasswordDialog(self, self.context.actor).exec():
            messages.info(self, tr("Main", "Your password was changed."))

    def logout(self) -> None:
        self.logout_requested.emit()

    def backup_now(self) -> None:
        from shopmanager.ui.pages.backups import run_backup

        run_backup(self, self.context)

    def restored(self, marker: dict, *, announce: bool = True) -> None:
        """The database was restored (here or on another PC): back to the login."""
        self.safety.restored(marker, announce=announce)

    def about(self) -> None:
        messages.info(self, tr("Main", "ShopManager {version}\nThe back office of a small online shop: products, "
                                       "stock, orders, staff.\nData: {db}").format(
            version=__version__, db=self.context.database.display()), title=tr("Main", "About ShopManager"))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not getattr(self, "_painted", False):
            self._painted = True
            self.first_painted.emit()
            # The first page (and its queries) follows once the window is on the screen.
            QTimer.singleShot(0, self._open_first_page)

    def _open_first_page(self) -> None:
        """Pages open from the navigation only from now on (Qt may pick a row when the list gets focus)."""
        self.nav.currentRowChanged.connect(self._show_row)
        if self.entries:
            self.show_page(self.entries[max(0, self.nav.currentRow())].key)
        self.first_page_ready.emit()
        self.safety.check_in_background()
        # Counting alerts over a million products takes a moment: after the first page.
        QTimer.singleShot(0, self.refresh_badges)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from shopmanager.ui.tasks import runner

        if self.safety.closing_backup_running():
            event.ignore()
            return
        if runner().busy() and not messages.confirm(
                self, tr("Main", "Work is still running. Stop it and close?"), destructive=True):
            event.ignore()
            return
        if not self.safety.let_close(event):  # the closing backup first; the window closes when it is done
            return
        self.safety.stop()
        self.state.save_geometry("main", self)
        for page in self.pages.values():
            page.hide()  # pages save their column widths when hidden
        self.state.sync()
        super().closeEvent(event)
