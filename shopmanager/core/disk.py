"""Which disk a path is on and how much room it has left: for "the disk is full" messages
that say which disk, and for the backup's room check before it starts writing."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from shopmanager.core.errors import DiskFull
from shopmanager.core.i18n import tr


def existing_part(path: Path) -> Path:
    """The path itself or its nearest folder that exists (a file not yet written has none)."""
    current = Path(path).absolute()
    while not current.exists() and current.parent != current:
        current = current.parent
    return current


def disk_of(path: Path) -> str:
    """The drive (C:\\) or the mount point (/media/usb) holding `path`."""
    current = existing_part(path)
    if os.name == "nt":
        return current.anchor or str(current)
    while not os.path.ismount(current) and current.parent != current:
        current = current.parent
    return str(current)


def free_bytes(path: Path) -> int | None:
    try:
        return shutil.disk_usage(existing_part(path)).free
    except OSError:
        return None


def format_size(size: int | None) -> str:
    if size is None:
        return "?"
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def disk_full(path: Path, *, needed: int | None = None) -> DiskFull:
    """The message when writing `path` found no room: which disk, how much is free."""
    disk = disk_of(path)
    free = format_size(free_bytes(path))
    if needed:
        text = tr("Disk", "Not enough room on the disk {disk} for {path}: {free} free, about {needed} needed. "
                          "Nothing was changed. Free some space on that disk (or choose another one) and try again.")
        return DiskFull(text.format(disk=disk, path=path, free=free, needed=format_size(needed)), path=path)
    text = tr("Disk", "The disk {disk} is full ({free} free): {path} could not be written. Nothing was saved. "
                      "Free some space on that disk (empty the recycle bin, move old files away) and try again.")
    return DiskFull(text.format(disk=disk, path=path, free=free), path=path)
