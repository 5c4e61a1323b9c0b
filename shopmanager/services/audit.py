"""Reading the audit log (the owner only). There is no service that edits or deletes it."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

import peewee

from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.db.models import AuditLog
from shopmanager.services.listing import Column, ListRequest, ListSource


def action_label(action: str) -> str:
    labels = {
        "create": tr("Audit", "Created"), "update": tr("Audit", "Changed"), "delete": tr("Audit", "Deleted"),
        "denied": tr("Audit", "Refused"), "login": tr("Audit", "Logged in"),
        "login_failed": tr("Audit", "Login failed"), "password": tr("Audit", "Password"),
        "enable": tr("Audit", "Enabled"), "disable": tr("Audit", "Disabled"), "left": tr("Audit", "Left the shop"),
        "import": tr("Audit", "Imported"), "export": tr("Audit", "Exported"), "status": tr("Audit", "Status"),
        "stock": tr("Audit", "Stock movement"), "ship": tr("Audit", "Shipped"),
        "cancel": tr("Audit", "Cancelled"), "post": tr("Audit", "Posted"), "erase": tr("Audit", "Erased"),
        "print": tr("Audit", "Printed"),
        "override": tr("Audit", "Policy overridden"), "escalate": tr("Audit", "Escalated"),
        "handover": tr("Audit", "Handed over"), "refund": tr("Audit", "Refunded"),
        "receive": tr("Audit", "Goods received"),
        "backup": tr("Audit", "Backed up"), "backup_failed": tr("Audit", "Backup failed"),
        "restore": tr("Audit", "Restored"),
    }
    return labels.get(action, action)


def entity_label(entity: str) -> str:
    labels = {
        "user": tr("Audit", "User account"), "staff": tr("Audit", "Staff"), "settings": tr("Audit", "Settings"),
        "shop": tr("Audit", "Shop"), "product": tr("Audit", "Product"), "category": tr("Audit", "Category"),
        "supplier": tr("Audit", "Supplier"), "stock": tr("Audit", "Stock"), "stocktake": tr("Audit", "Stocktake"),
        "receipt": tr("Audit", "Inbound receipt"), "customer": tr("Audit", "Customer"),
        "order": tr("Audit", "Order"), "shipment": tr("Audit", "Shipment"), "carrier": tr("Audit", "Carrier"),
        "mapping": tr("Audit", "Import mapping"), "revisit": tr("Audit", "Revisit plan"),
        "aftersales": tr("Audit", "After-sales case"),
        "database": tr("Audit", "Database"), "backup": tr("Audit", "Backup"),
    }
    return labels.get(entity, entity)


def format_changes(changes: str) -> str:
    """'field: old → new; …' for the table; the JSON stays as stored."""
    if not changes:
        return ""
    try:
        data = json.loads(changes)
    except ValueError:
        return changes
    return "; ".join(f"{key}: {_short(old)} → {_short(new)}" for key, (old, new) in data.items())


def _short(value: Any) -> str:
    text = "—" if value is None or value == "" else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


class AuditSource(ListSource):
    model = AuditLog
    view_perm = Perm.AUDIT_VIEW
    default_sort = "at"
    default_descending = True
    columns = [
        Column("at", lambda: tr("Audit", "Time"), "datetime", sort=AuditLog.at, width=150),
        Column("username", lambda: tr("Audit", "User"), sort=AuditLog.username, width=90),
        Column("action", lambda: tr("Audit", "Action"), width=90),
        Column("entity", lambda: tr("Audit", "Record"), width=100),
        Column("entity_id", lambda: tr("Audit", "No."), width=60),
        Column("summary", lambda: tr("Audit", "Summary"), width=200),
        Column("changes", lambda: tr("Audit", "Old → new"), width=400),
    ]

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        query = AuditLog.select(AuditLog.at, AuditLog.username, AuditLog.action, AuditLog.entity,
                                AuditLog.entity_id, AuditLog.summary, AuditLog.changes)
        f = request.filters
        if f.get("username"):
            query = query.where(AuditLog.username == f["username"])
        if f.get("entity"):
            query = query.where(AuditLog.entity == f["entity"])
        if f.get("entity_id"):
            query = query.where(AuditLog.entity_id == str(f["entity_id"]))
        if f.get("date_from"):
            query = query.where(AuditLog.at >= dt.datetime.combine(f["date_from"], dt.time()))
        if f.get("date_to"):
            query = query.where(AuditLog.at < dt.datetime.combine(f["date_to"] + dt.timedelta(days=1), dt.time()))
        if request.search.strip():
            text = request.search.strip()
            query = query.where(AuditLog.summary.contains(text) | AuditLog.changes.contains(text)
                                | AuditLog.entity_id.contains(text))
        return query

    def to_row(self, r: dict[str, Any]) -> tuple:
        return (r["at"], r["username"], action_label(r["action"]), entity_label(r["entity"]), r["entity_id"],
                r["summary"], format_changes(r["changes"]))


def known_entities() -> list[str]:
    return [row.entity for row in AuditLog.select(AuditLog.entity).distinct().order_by(AuditLog.entity)]


def known_usernames() -> list[str]:
    return [row.username for row in AuditLog.select(AuditLog.username).distinct().order_by(AuditLog.username)]


def history(entity: str, entity_id: Any, *, limit: int = 200) -> list[dict[str, Any]]:
    """One record's audit trail, newest first (product listing history, order timeline)."""
    rows = (AuditLog.select().where(AuditLog.entity == entity, AuditLog.entity_id == str(entity_id))
            .order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(limit))
    return [{"at": r.at, "username": r.username, "action": action_label(r.action), "summary": r.summary,
             "changes": format_changes(r.changes)} for r in rows]

