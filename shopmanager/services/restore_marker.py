"""The mark a restore leaves for the other windows (services/restore.py writes it): apart from
the restore itself so that a starting window reads it without loading the backup code."""
from __future__ import annotations

from typing import Any

from shopmanager.services import settings

MARKER_KEY = "internal.restored"

def restore_marker() -> dict[str, Any] | None:
    return settings.get(MARKER_KEY)


def restored_since(known_id: str) -> dict[str, Any] | None:
    """The marker of a restore made after the one a window started with; None when there was none."""
    marker = restore_marker()
    if marker and marker.get("id", "") != known_id:
        return marker
    return None


def marker_id() -> str:
    marker = restore_marker()
    return marker.get("id", "") if marker else ""
