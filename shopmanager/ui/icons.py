"""Navigation icons drawn at run time: a coloured tile with the first character of the
page's name (商, 单, 客 … or P, O, C …), so they follow the language and cost no files."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

SIZE = 40


@lru_cache(maxsize=64)
def glyph_icon(text: str, color: str) -> QIcon:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(QRectF(1, 1, SIZE - 2, SIZE - 2), 9, 9)
    font = QFont()
    font.setPixelSize(int(SIZE * 0.55))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, text[:1].upper())
    painter.end()
    return QIcon(pixmap)
