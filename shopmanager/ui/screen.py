"""Windows that fit the screen they are on: a 1366×768 office PC (a work area of about
1366×728 once the taskbar is counted) is the smallest screen the program is built for.

- `fit_to_screen(window)`: a dialog or window no larger than the available screen area
  (title bar counted), called by every `ui.dialogs.Dialog` when it first shows;
- `keep_on_screen(window)`: the main window opens where it was closed, at that size,
  unless that is off every screen now (a monitor unplugged, a smaller screen) — then it
  opens at a default size within the screen, maximised when the screen is small;
- `FitScrollArea`: the body of a tall dialog scrolls instead of pushing its buttons
  below the screen.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

SMALLEST_WORK_AREA = QSize(1366, 728)  # 1366×768 less a 40 px taskbar
TITLE_BAR = 32  # px: a window's title bar and frame on Windows 10/11 at 100 %
MAIN_DEFAULT = QSize(1280, 800)
MIN_SCROLL_HEIGHT = 160  # a scrolling body needs no more than this


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The work area (screen less taskbar) of the screen the widget (or its parent) is on."""
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def room_for(widget: QWidget | None = None) -> QSize:
    """The largest client size of a window on that screen (the title bar taken off)."""
    area = available_geometry(widget)
    return QSize(area.width(), max(200, area.height() - TITLE_BAR))


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Resize `window` to `preferred` (or the size it has / asks for) but no larger than
    the screen's work area; never smaller than its minimum size."""
    room = room_for(window.parentWidget() or window)
    if preferred is None:
        preferred = window.size() if window.testAttribute(Qt.WidgetAttribute.WA_Resized) else window.sizeHint()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    width = max(min(preferred.width(), room.width()), minimum.width())
    height = max(min(preferred.height(), room.height()), minimum.height())
    if QSize(width, height) != window.size() or not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        window.resize(width, height)


def grow_to_fit(window: QWidget) -> None:
    """After its content grew (an error message appeared), make the window tall enough
    for all of it again — within the screen (beyond, its body scrolls)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    need = window.sizeHint().height()
    if layout.hasHeightForWidth():
        need = max(need, layout.totalHeightForWidth(window.width()))
    height = min(need, room_for(window).height())
    if height > window.height():
        window.resize(window.width(), height)


def screen_areas() -> list[QRect]:
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


def on_a_screen(frame: QRect, areas: list[QRect] | None = None) -> bool:
    """True if the window's title bar can be grabbed and the window is no larger than the
    screen it is on (so a geometry saved on a bigger or unplugged monitor is not used)."""
    if areas is None:
        areas = screen_areas()
    grip = QRect(frame.left() + 40, frame.top(), max(1, min(200, frame.width() - 80)), TITLE_BAR // 2)
    for area in areas:
        if area.contains(grip.topLeft()) and area.contains(grip.bottomRight()):
            return frame.width() <= area.width() + 16 and frame.height() <= area.height() + 16
    return False


def place_default(window: QWidget, size: QSize = MAIN_DEFAULT) -> None:
    """The first start: `size` centred on the primary screen, or maximised if it does not fit."""
    area = available_geometry(None)
    if size.width() <= area.width() and size.height() + TITLE_BAR <= area.height():
        window.resize(size)
        window.move(area.left() + (area.width() - size.width()) // 2,
                    area.top() + (area.height() - size.height() - TITLE_BAR) // 2)
        return
    window.resize(QSize(area.width(), area.height() - TITLE_BAR))
    window.move(area.topLeft())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def keep_on_screen(window: QWidget, size: QSize = MAIN_DEFAULT) -> bool:
    """After restoreGeometry (or a default resize): keep the window where it is if that is
    on a screen now; otherwise place it by default. True if it was kept."""
    if window.isMaximized() or on_a_screen(window.frameGeometry()):
        return True
    window.setWindowState(Qt.WindowState.WindowNoState)
    place_default(window, size)
    return False


class FitScrollArea(QScrollArea):
    """Holds a dialog's body: asks for the body's whole size, but needs only its width and
    a little height, so the dialog can be as short as the screen and the body scrolls."""

    def __init__(self, body: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("body_scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(body)

    def setWidget(self, body: QWidget) -> None:  # noqa: N802 - Qt API
        super().setWidget(body)
        body.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            QTimer.singleShot(0, self, self._grow)  # an error message appeared …: room for it, once laid out
        return False

    def _grow(self) -> None:
        self.updateGeometry()
        grow_to_fit(self.window())

    def _scroll_bar_width(self) -> int:
        from PySide6.QtWidgets import QStyle  # its Python type costs 6 ms to make: not before the first paint

        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        body = self.widget()
        if body is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        hint = body.sizeHint().expandedTo(body.minimumSizeHint())
        if body.hasHeightForWidth():  # word-wrapped labels: their height at the width they get
            width = self.viewport().width() if self.isVisible() else hint.width()
            hint.setHeight(max(hint.height(), body.heightForWidth(max(width, body.minimumSizeHint().width()))))
        return hint + QSize(frame + self._scroll_bar_width(), frame)  # room for the bar when it must scroll

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        frame = 2 * self.frameWidth()
        minimum = body.minimumSizeHint().expandedTo(body.minimumSize())
        return QSize(minimum.width() + self._scroll_bar_width() + frame,
                     min(minimum.height(), MIN_SCROLL_HEIGHT) + frame)
