"""Navigation icons: small pictures drawn at run time with QPainterPath — a white line
drawing (a house, a truck, a box, a bell …) on the page's coloured tile. They are the
project's own drawings (no icon set is copied), cost no files and stay sharp at any
screen scaling.

Each drawing is a function on a 24×24 grid. A page names its drawing in
`NavEntry.icon` (or its key is looked up here); an unknown name gets a plain page.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 48  # drawn at this size, shown smaller (navigation 24 px)


class Sketch:
    """What a drawing is made of: stroked lines and shapes, and filled ones."""

    def __init__(self) -> None:
        self.stroke = QPainterPath()
        self.fill = QPainterPath()

    def line(self, *points: tuple[float, float]) -> None:
        self.stroke.moveTo(*points[0])
        for point in points[1:]:
            self.stroke.lineTo(*point)

    def shape(self, *points: tuple[float, float]) -> None:
        self.line(*points)
        self.stroke.closeSubpath()

    def rect(self, x: float, y: float, w: float, h: float, radius: float = 1.5) -> None:
        self.stroke.addRoundedRect(QRectF(x, y, w, h), radius, radius)

    def circle(self, x: float, y: float, r: float) -> None:
        self.stroke.addEllipse(QPointF(x, y), r, r)

    def arc(self, x: float, y: float, r: float, start: float, sweep: float) -> None:
        """An arc of the circle at (x, y), from `start` degrees (0 = east, counter-clockwise)."""
        rect = QRectF(x - r, y - r, 2 * r, 2 * r)
        self.stroke.arcMoveTo(rect, start)
        self.stroke.arcTo(rect, start, sweep)

    def curve(self, start: tuple[float, float], control: tuple[float, float], end: tuple[float, float]) -> None:
        self.stroke.moveTo(*start)
        self.stroke.quadTo(QPointF(*control), QPointF(*end))

    def solid_rect(self, x: float, y: float, w: float, h: float, radius: float = 0.0) -> None:
        self.fill.addRoundedRect(QRectF(x, y, w, h), radius, radius)

    def dot(self, x: float, y: float, r: float = 1.1) -> None:
        self.fill.addEllipse(QPointF(x, y), r, r)

    def solid(self, *points: tuple[float, float]) -> None:
        path = QPainterPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        path.closeSubpath()
        self.fill.addPath(path)


def _home(s: Sketch) -> None:
    s.line((4.5, 12), (12, 5), (19.5, 12))
    s.line((7, 10), (7, 19), (17, 19), (17, 10))
    s.line((10.5, 19), (10.5, 14.5), (13.5, 14.5), (13.5, 19))


def _orders(s: Sketch) -> None:  # a clipboard with lines
    s.rect(6, 5.5, 12, 14, 1.8)
    s.solid_rect(9.5, 4, 5, 3, 1)
    for y in (10.5, 13.5, 16.5):
        s.line((9, y), (15, y))


def _truck(s: Sketch) -> None:
    s.shape((3.5, 7), (13.5, 7), (13.5, 16), (3.5, 16))
    s.line((13.5, 10), (17, 10), (20, 13), (20, 16), (13.5, 16))
    s.circle(7.5, 17, 1.8)
    s.circle(16.5, 17, 1.8)


def _barcode(s: Sketch) -> None:
    x = 5.0
    for width in (1.2, 0.6, 1.8, 0.6, 1.2, 0.6, 1.8, 1.2, 0.6, 1.2):
        s.solid_rect(x, 7.5, width, 9)
        x += width + 0.85
    s.line((3.5, 7), (3.5, 4.5), (6, 4.5))
    s.line((18, 4.5), (20.5, 4.5), (20.5, 7))
    s.line((3.5, 17), (3.5, 19.5), (6, 19.5))
    s.line((18, 19.5), (20.5, 19.5), (20.5, 17))


def _person(s: Sketch) -> None:
    s.circle(12, 8.5, 3.5)
    s.curve((5, 19.5), (5.5, 13), (12, 13))
    s.curve((12, 13), (18.5, 13), (19, 19.5))


def _people(s: Sketch) -> None:
    s.circle(9.5, 9, 3)
    s.curve((3.5, 19), (4, 13.5), (9.5, 13.5))
    s.curve((9.5, 13.5), (15, 13.5), (15.5, 19))
    s.arc(16, 8.5, 2.6, 120, -240)
    s.curve((17, 13.2), (20.5, 13.8), (21, 18))


def _chat(s: Sketch) -> None:  # a call back: a speech bubble
    s.stroke.moveTo(7, 16)
    s.stroke.lineTo(6, 20)
    s.stroke.lineTo(11, 16)
    s.rect(4, 5, 16, 11, 3)
    for x in (8.5, 12, 15.5):
        s.dot(x, 10.5)


def _box(s: Sketch) -> None:
    s.shape((12, 4), (19.5, 8), (19.5, 16), (12, 20), (4.5, 16), (4.5, 8))
    s.line((4.5, 8), (12, 12), (19.5, 8))
    s.line((12, 12), (12, 20))


def _cracked_box(s: Sketch) -> None:  # defective stock: a parcel with a crack
    s.shape((12, 4), (19.5, 8), (19.5, 16), (12, 20), (4.5, 16), (4.5, 8))
    s.line((4.5, 8), (12, 12), (19.5, 8))
    s.line((14.5, 12.5), (16.5, 14.5), (15, 15.5), (17, 17.5))


def _bell(s: Sketch) -> None:
    s.stroke.moveTo(6.5, 16.5)
    s.stroke.lineTo(6.5, 11.5)
    s.stroke.quadTo(QPointF(6.5, 6), QPointF(12, 6))
    s.stroke.quadTo(QPointF(17.5, 6), QPointF(17.5, 11.5))
    s.stroke.lineTo(17.5, 16.5)
    s.line((4.5, 16.5), (19.5, 16.5))
    s.line((12, 4), (12, 6))
    s.arc(12, 18, 2, 180, 180)


def _arrows(s: Sketch) -> None:  # stock in and out
    s.line((4.5, 8.5), (18.5, 8.5))
    s.line((15, 5), (18.5, 8.5), (15, 12))
    s.line((19.5, 15.5), (5.5, 15.5))
    s.line((9, 12), (5.5, 15.5), (9, 19))


def _checklist(s: Sketch) -> None:
    for y in (7, 12, 17):
        s.line((4.5, y), (6, y + 1.5), (8.5, y - 1.5))
        s.line((11, y), (19.5, y))


def _history(s: Sketch) -> None:  # a clock with a turning arrow
    s.arc(12.5, 12, 7, 200, -310)
    s.solid((3.2, 10.2), (7.9, 10.6), (5.6, 14.3))
    s.line((12.5, 8), (12.5, 12), (15.5, 14))


def _gear(s: Sketch) -> None:
    s.circle(12, 12, 2.6)
    teeth = 8
    outline = []
    for index in range(teeth * 4):
        angle = math.radians(index * 360 / (teeth * 4) + 360 / (teeth * 8))
        radius = 8 if index % 4 in (1, 2) else 6
        outline.append((12 + radius * math.cos(angle), 12 + radius * math.sin(angle)))
    s.shape(*outline)


def _chart(s: Sketch) -> None:
    s.line((4.5, 4.5), (4.5, 19.5), (19.5, 19.5))
    s.solid_rect(7, 12, 3, 6, 0.6)
    s.solid_rect(11.5, 7, 3, 11, 0.6)
    s.solid_rect(16, 10, 3, 8, 0.6)


def _return(s: Sketch) -> None:  # after-sales: a parcel coming back
    s.line((9, 4.5), (5, 8.5), (9, 12.5))
    s.stroke.moveTo(5, 8.5)
    s.stroke.lineTo(14, 8.5)
    s.stroke.quadTo(QPointF(19.5, 8.5), QPointF(19.5, 13.75))
    s.stroke.quadTo(QPointF(19.5, 19), QPointF(14, 19))
    s.stroke.lineTo(8, 19)


def _calendar(s: Sketch) -> None:
    s.rect(4.5, 6, 15, 13.5, 2)
    s.line((4.5, 10), (19.5, 10))
    s.line((9, 4), (9, 7.5))
    s.line((15, 4), (15, 7.5))
    for x, y in ((8.5, 13), (12, 13), (15.5, 13), (8.5, 16.3), (12, 16.3)):
        s.dot(x, y, 0.95)


def _star(s: Sketch) -> None:
    points = []
    for index in range(10):
        angle = math.radians(-90 + index * 36)
        radius = 8.2 if index % 2 == 0 else 3.6
        points.append((12 + radius * math.cos(angle), 12.6 + radius * math.sin(angle)))
    s.shape(*points)


def _coin(s: Sketch) -> None:  # money: ¥ in a circle
    s.circle(12, 12, 7.5)
    s.line((9, 7.5), (12, 11.5), (15, 7.5))
    s.line((12, 11.5), (12, 17))
    s.line((9.3, 12.2), (14.7, 12.2))
    s.line((9.3, 14.6), (14.7, 14.6))


def _clock(s: Sketch) -> None:  # attendance: clocking in
    s.circle(12, 12.5, 7.5)
    s.line((12, 8), (12, 12.5), (15.5, 12.5))
    for x, y in ((12, 6.2), (18.3, 12.5), (12, 18.8), (5.7, 12.5)):
        s.dot(x, y, 0.7)
    s.line((9.5, 3.5), (14.5, 3.5))


def _board(s: Sketch) -> None:  # meetings: a board on its stand
    s.rect(4, 4.5, 16, 11, 1.2)
    s.line((7, 12), (10, 9), (12.5, 11), (17, 7))
    s.line((12, 15.5), (12, 17.5))
    s.line((8, 20), (12, 17.5), (16, 20))


def _shield(s: Sketch) -> None:  # the data kept safe: backups
    s.stroke.moveTo(12, 4)
    s.stroke.lineTo(19, 6.5)
    s.stroke.quadTo(QPointF(19, 16.5), QPointF(12, 20))
    s.stroke.quadTo(QPointF(5, 16.5), QPointF(5, 6.5))
    s.stroke.closeSubpath()
    s.line((8.8, 12), (11.2, 14.4), (15.5, 9.8))


def _page(s: Sketch) -> None:
    s.shape((6.5, 4.5), (14, 4.5), (18, 8.5), (18, 19.5), (6.5, 19.5))
    s.line((14, 4.5), (14, 8.5), (18, 8.5))
    for y in (12.5, 15.5):
        s.line((9, y), (15.5, y))


DRAWINGS: dict[str, Callable[[Sketch], None]] = {
    "home": _home, "orders": _orders, "truck": _truck, "barcode": _barcode, "person": _person,
    "people": _people, "chat": _chat, "box": _box, "bell": _bell, "arrows": _arrows, "checklist": _checklist,
    "history": _history, "gear": _gear, "chart": _chart, "return": _return, "calendar": _calendar,
    "star": _star, "coin": _coin, "clock": _clock, "board": _board, "shield": _shield, "page": _page,
    "cracked_box": _cracked_box,
}

# Navigation keys → drawings (pages of later modules may set NavEntry.icon instead).
FOR_PAGE = {
    "dashboard": "home", "orders": "orders", "dispatch": "truck", "batch": "barcode", "customers": "person",
    "revisits": "chat", "products": "box", "alerts": "bell", "movements": "arrows", "stocktake": "checklist",
    "users": "people", "audit": "history", "settings": "gear", "reports": "chart", "aftersales": "return",
    "roster": "calendar", "attendance": "clock", "meetings": "board", "appraisal": "star", "fund": "coin",
    "backups": "shield", "defective": "cracked_box",
}


def drawing_name(key: str) -> str:
    return key if key in DRAWINGS else FOR_PAGE.get(key, "page")


@lru_cache(maxsize=128)
def picture_icon(name: str, color: str, size: int = SIZE) -> QIcon:
    """The drawing `name` in white on a rounded tile of `color`."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), size * 0.22, size * 0.22)
    sketch = Sketch()
    DRAWINGS[drawing_name(name)](sketch)
    scale = size / 24
    painter.scale(scale, scale)
    pen = QPen(QColor("white"), 1.7)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(sketch.stroke)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawPath(sketch.fill)
    painter.end()
    return QIcon(pixmap)
