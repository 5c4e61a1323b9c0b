"""Forms tell every problem at once: each bad field framed in red with its message as tooltip,
all messages listed under the form, the first bad field focused. Required fields carry an
asterisk."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from shopmanager.core.errors import FieldErrors, ShopError
from shopmanager.core.i18n import tr

INVALID_STYLE = "border: 1px solid #c62828; background: #fff5f5;"
_MARK = " *"


def mark_required(label: QLabel) -> None:
    """'Name' → 'Name *', with a tooltip saying the field is required."""
    if label.property("required_marked"):
        return
    label.setProperty("required_marked", True)
    label.setText(label.text() + _MARK)
    label.setToolTip(tr("Forms", "Required"))


def required_legend(parent: QWidget) -> QLabel:
    legend = QLabel(tr("Forms", "Fields marked * are required."), parent)
    legend.setObjectName("required_legend")
    legend.setStyleSheet("color: #607d8b;")
    return legend


def problems_of(error: ShopError) -> list[ShopError]:
    return list(error.problems) if isinstance(error, FieldErrors) else [error]


class FieldMarker:
    """Frames bad fields and lists their messages; `find(field)` gives the widget of a service field."""

    def __init__(self, message: QLabel | Callable[[], QLabel | None] | None, find: Callable[[str], QWidget | None]):
        self._message, self.find = message, find
        self.marked: list[tuple[QWidget, str, str]] = []  # widget, its style sheet, its tooltip before

    @property
    def message(self) -> QLabel | None:
        """The label listing the problems (a form that reloads itself gives a function that finds it)."""
        return self._message() if callable(self._message) else self._message

    def clear(self) -> None:
        for widget, style, tip in self.marked:
            try:
                widget.setStyleSheet(style)
                widget.setToolTip(tip)
            except RuntimeError:  # the form was rebuilt (a language switch): the widget is gone
                pass
        self.marked.clear()
        message = self.message
        if message is not None:
            message.clear()
            message.hide()

    def show(self, error: ShopError) -> QWidget | None:
        """Mark every problem of `error`; returns the first bad field's widget (focused)."""
        self.clear()
        problems = problems_of(error)
        first = None
        for problem in problems:
            widget = self.find(problem.field or "") if problem.field else None
            if widget is None:
                continue
            if all(widget is not w for w, _s, _t in self.marked):
                self.marked.append((widget, widget.styleSheet(), widget.toolTip()))
                widget.setStyleSheet(INVALID_STYLE)
                widget.setToolTip(str(problem))
            else:
                widget.setToolTip(widget.toolTip() + "\n" + str(problem))
            first = first or widget
        message = self.message
        if message is not None:
            lines = [str(p) for p in problems]
            message.setText(lines[0] if len(lines) == 1 else "\n".join(f"• {line}" for line in lines))
            message.show()
        if first is not None:
            first.setFocus()
        return first
