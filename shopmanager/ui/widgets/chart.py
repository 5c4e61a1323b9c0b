"""A small bar chart painted with QPainter: the dashboard's 30 days of sales.

QtCharts would add a large module to every start; twenty lines of painting do."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from shopmanager.core.formatting import nice_top


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.value_text = str
        self.title = ""
        self.empty_text = ""  # said instead of an empty chart when every value is 0
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, labels: Sequence[str], values: Sequence[float], *, title: str = "", value_text=str) -> None:
        self.labels, self.values, self.title, self.value_text = list(labels), list(values), title, value_text
        self.setToolTip("\n".join(f"{label}: {value_text(value)}" for label, value in zip(labels, values)))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(60, 28, -12, -34)
        painter.setPen(QColor("#37474f"))
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        if not self.values or rect.width() <= 0:
            painter.end()
            return
        if self.empty_text and not any(self.values):
            painter.setPen(QColor("#78909c"))
            painter.drawText(QRectF(self.rect()).adjusted(24, 28, -24, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()
            return
        top = nice_top(max(self.values))
        grid = QPen(QColor("#e0e0e0"))
        for step in range(5):
            y = rect.bottom() - rect.height() * step / 4
            painter.setPen(grid)
            painter.drawLine(rect.left(), int(y), rect.right(), int(y))
            painter.setPen(QColor("#757575"))
            painter.drawText(QRectF(0, y - 8, 56, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.value_text(top * step / 4))
        slot = rect.width() / len(self.values)
        every = max(1, int(len(self.values) / max(1, rect.width() / 60)))
        for index, value in enumerate(self.values):
            height = rect.height() * value / top
            bar = QRectF(rect.left() + index * slot + slot * 0.15, rect.bottom() - height, slot * 0.7, height)
            painter.fillRect(bar, QColor("#5c8fb8") if index < len(self.values) - 1 else QColor("#e67e22"))
            if index % every == 0 or index == len(self.values) - 1:
                painter.setPen(QColor("#616161"))
                painter.drawText(QRectF(rect.left() + index * slot - 20, rect.bottom() + 4, slot + 40, 16),
                                 Qt.AlignmentFlag.AlignHCenter, self.labels[index])
        painter.end()
