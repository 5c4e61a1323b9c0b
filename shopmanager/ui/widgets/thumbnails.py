"""Small cached thumbnails of product pictures for table rows."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

SIZE = 32


@lru_cache(maxsize=512)
def thumbnail(path: str) -> QPixmap | None:
    pixmap = QPixmap(path)
    if pixmap.isNull():
        return None
    return pixmap.scaled(SIZE, SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def forget(path: str) -> None:
    """Drop cached thumbnails after a picture changed (cheap: the cache is small)."""
    thumbnail.cache_clear()
