"""The pages of the main window. Only pages of modules that exist are listed, and only
those the user's role may open (the services refuse anyway)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm


@dataclass(frozen=True)
class NavEntry:
    key: str
    title: Callable[[], str]
    color: str  # of the icon tile (ui/icons.py)
    perms: tuple[Perm, ...]  # any of these opens the page
    factory: Callable[..., QWidget]
    badge: Callable[..., int] | None = None  # a count shown on the navigation (alerts, overdue)
    badge_entities: tuple[str, ...] = ()  # data changes that refresh the badge


def _users_page(context):
    from shopmanager.ui.pages.users import UsersPage

    return UsersPage(context)


def _audit_page(context):
    from shopmanager.ui.pages.audit import AuditPage

    return AuditPage(context)


def _settings_page(context):
    from shopmanager.ui.pages.settings import SettingsPage

    return SettingsPage(context)


# In the order shown. Module issues add their pages here.
ENTRIES: list[NavEntry] = [
    NavEntry("users", lambda: tr("Navigation", "Staff & accounts"), "#5c6bc0",
             (Perm.USERS_MANAGE, Perm.STAFF_VIEW), _users_page),
    NavEntry("audit", lambda: tr("Navigation", "Audit log"), "#607d8b", (Perm.AUDIT_VIEW,),
             _audit_page),
    NavEntry("settings", lambda: tr("Navigation", "Settings"), "#8d6e63", (Perm.SETTINGS_EDIT,),
             _settings_page),
]


def entries_for(actor) -> list[NavEntry]:
    return [entry for entry in ENTRIES if any(actor.can(p) for p in entry.perms)]
