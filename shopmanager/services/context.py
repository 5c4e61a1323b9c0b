"""What every service shares: the acting user, permission checks, transactions, audit."""
from __future__ import annotations

import datetime as dt
import decimal
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import PermissionDenied
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, Role, allowed, perm_label, role_label
from shopmanager.db.database import current_database
from shopmanager.db.models import AuditLog, User

T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """The logged-in user a service acts for."""

    user_id: int | None
    username: str
    role: str
    staff_id: int | None = None
    display_name: str = ""
    language: str = ""  # the user's own UI language; "" = the shop's

    def can(self, perm: Perm) -> bool:
        return allowed(self.role, perm)


# The program itself (first-run setup, migrations, demo data): acts with owner rights.
SYSTEM = Actor(user_id=None, username="system", role=Role.OWNER, display_name="ShopManager")


def transaction():
    """One write transaction: BEGIN IMMEDIATE on SQLite (see db/database.py), plain BEGIN on PostgreSQL."""
    return current_database().atomic()


def _is_transient(error: BaseException) -> bool:
    """Serialization failure or deadlock (PostgreSQL), or a lock wait that ran out (SQLite)."""
    seen: set[int] = set()
    stack: list[Any] = [error]
    while stack:
        item = stack.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        if getattr(item, "sqlstate", None) in ("40001", "40P01"):
            return True
        if isinstance(item, BaseException):
            if "database is locked" in str(item):
                return True
            stack.extend([item.__cause__, item.__context__, *[a for a in item.args if isinstance(a, BaseException)]])
    return False


transient_retries = 0  # how often write_retrying ran a transaction again (benchmarks report it)


def write_retrying(work: Callable[[], T], *, attempts: int = 4) -> T:
    """Run `work` in one write transaction; run it again (from the start, in a new
    transaction) when the database reports a transient conflict. `work` must only
    touch the database, so running it again is safe.

    Every service writes through here: a PostgreSQL serialization failure or deadlock,
    or an SQLite lock wait that ran out, is retried instead of reaching the user as an
    unexpected error. Called inside another transaction, `work` runs once as part of it:
    only the outermost transaction can be run again, so the retry is left to it."""
    if current_database().in_transaction():
        with transaction():
            return work()
    for attempt in range(1, attempts + 1):
        try:
            with transaction():
                return work()
        except Exception as error:  # noqa: BLE001 - filtered just below
            if attempt == attempts or not _is_transient(error):
                raise
            global transient_retries
            transient_retries += 1
            time.sleep(0.02 * attempt)
    raise AssertionError("unreachable")


def require(actor: Actor, perm: Perm, *, entity: str = "", entity_id: Any = "") -> None:
    """Refuse (and log the refusal) unless the actor's *current* role may do `perm`.

    The stored account is re-read, so an account disabled or demoted by the owner
    stops working at once on every PC. Call before opening the transaction.
    """
    role = actor.role
    if actor.user_id is not None:
        row = User.select(User.role, User.active).where(User.id == actor.user_id).first()
        role = row.role if row and row.active else ""
    if role and allowed(role, perm):
        return
    write_retrying(lambda: AuditLog.create(
        at=timeutil.now(), user=actor.user_id, username=actor.username, action="denied",
        entity=entity or perm.split(".")[0], entity_id=str(entity_id or ""), summary=perm.value))
    if not role:
        raise PermissionDenied(tr("Permissions", "Your account is disabled. Ask the owner."))
    raise PermissionDenied(tr("Permissions", "Not allowed: {action}. Your role ({role}) may not do this.").format(
        action=perm_label(perm), role=role_label(role)))


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, peewee.Model):
        return value.get_id()
    return value


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} for the fields whose value changed."""
    changes = {}
    for key in sorted(set(old) | set(new)):
        before, after = _plain(old.get(key)), _plain(new.get(key))
        if before != after:
            changes[key] = [before, after]
    return changes


def audit(actor: Actor, action: str, entity: str, entity_id: Any = "", *, summary: str = "",
          old: dict[str, Any] | None = None, new: dict[str, Any] | None = None,
          changes: dict[str, list[Any]] | None = None) -> None:
    """Append one audit record (inside the caller's transaction, so it commits with the change)."""
    if changes is None:
        changes = diff(old or {}, new or {}) if (old or new) else {}
    AuditLog.create(
        at=timeutil.now(), user=actor.user_id, username=actor.username, action=action, entity=entity,
        entity_id=str(entity_id if entity_id is not None else ""), summary=summary,
        changes=json.dumps(changes, ensure_ascii=False) if changes else "",
    )
