"""Reading the audit log (the owner only) and every record's history, in the shop's words.

There is no service that edits or deletes the log. What is stored stays technical
(`{"status": ["paid", "shipped"], "freight_cents": [null, 800], "customer": [null, 1503]}`);
what is shown is read through a small registry, entity → field → label and kind:

    状态：待发货 → 已发货；运费：— → ¥8.00；客户：— → 张伟

Field labels in the user's language, money formatted, linked records by their number or
name, statuses by their labels; a field nobody registered still reads as words
("Freight", ¥8.00), never as a raw key with cents.

How a module registers its audit entity (a few lines, anywhere that is imported before
the log is read — list the module in LABEL_MODULES below):

    from shopmanager.services.audit import AuditField, register

    register("aftersales_case", lambda: tr("Audit", "After-sales case"),
             fields={"status": AuditField(lambda: tr("Aftersales", "Status"), "choice", choices=case_status_label),
                     "refund_cents": AuditField(lambda: tr("Aftersales", "Refund"), "money"),
                     "order": AuditField(lambda: tr("Aftersales", "Order"), "ref", ref="order"),
                     "holder": AuditField(lambda: tr("Aftersales", "Handled by"), "ref", ref="staff")},
             names=lambda ids: dict(Case.select(Case.id, Case.case_no).where(Case.id.in_(ids)).tuples()))

`names` turns record ids into what the shop calls the record (its number or name): it
labels the record in the audit log and any "ref" field that points at that entity.
"""
from __future__ import annotations

import datetime as dt
import importlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import peewee

from shopmanager.core.formatting import format_value
from shopmanager.core.i18n import tr
from shopmanager.core.masking import mask_name
from shopmanager.core.money import format_money
from shopmanager.core.permissions import Perm
from shopmanager.db.models import AuditLog
from shopmanager.services.listing import Column, ListRequest, ListSource

# Modules that register labels when imported (append yours: one line).
LABEL_MODULES: list[str] = [
    "shopmanager.services.audit_labels",
    "shopmanager.services.import_labels",
    "shopmanager.services.aftersales_audit",
    "shopmanager.services.appraisal_audit",
]
LABEL_MODULES.append("shopmanager.services.roster_audit")  # issue 10: roster, attendance, fund

KINDS = ("text", "money", "int", "bool", "date", "datetime", "choice", "ref", "secret", "lines")


@dataclass(frozen=True)
class AuditField:
    """How one stored field reads: its label and kind.

    kind: text | money (cents) | int | bool | date | datetime | choice (value → label through
    `choices`) | ref (an id of the entity named by `ref`, shown by its number or name) |
    secret (masked when written; shown as stored) | lines (free text made readable by `fmt`).
    `fmt`, when given, formats a value itself (any kind)."""

    label: Callable[[], str]
    kind: str = "text"
    choices: Callable[[Any], str] | None = None
    ref: str = ""
    fmt: Callable[[Any], str] | None = None


@dataclass
class _Entity:
    label: Callable[[], str] | None = None
    fields: dict[str, AuditField] = field(default_factory=dict)
    names: Callable[[list[int]], dict[int, str]] | None = None
    personal: bool = False  # names are people's names: masked for roles without customers.pii
    summary: Callable[[str, str], str] | None = None  # (action, stored summary) → text


_ENTITIES: dict[str, _Entity] = {}
_ACTIONS: dict[str, Callable[[], str]] = {}
SHARED = "*"  # fields every entity may have (name, phone, notes, active …)
_loaded = False


def register(entity: str, label: Callable[[], str] | None = None, *, fields: dict[str, AuditField] | None = None,
             names: Callable[[list[int]], dict[int, str]] | None = None, personal: bool = False,
             summary: Callable[[str, str], str] | None = None) -> None:
    """Add (or extend) an audit entity: its label, field labels, how its records are named."""
    spec = _ENTITIES.setdefault(entity, _Entity())
    if label is not None:
        spec.label = label
    if fields:
        for key, value in fields.items():
            if value.kind not in KINDS:
                raise ValueError(f"audit field {entity}.{key}: unknown kind {value.kind!r}")
        spec.fields.update(fields)
    if names is not None:
        spec.names = names
        spec.personal = personal
    if summary is not None:
        spec.summary = summary


def register_action(action: str, label: Callable[[], str]) -> None:
    _ACTIONS[action] = label


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for name in LABEL_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as error:  # a module listed by a branch not merged yet
            if error.name != name:
                raise


# -- labels ---------------------------------------------------------------------------------------

def _words(key: str) -> str:
    """A readable fallback for a key nobody registered: 'freight_cents' → 'Freight'."""
    text = re.sub(r"_(cents|id)$", "", key).replace(".", " ").replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else key


def action_label(action: str) -> str:
    _load()
    label = _ACTIONS.get(action)
    return label() if label else _words(action)


def entity_label(entity: str) -> str:
    _load()
    spec = _ENTITIES.get(entity)
    return spec.label() if spec and spec.label else _words(entity)


def field_spec(entity: str, key: str) -> AuditField:
    """The registered field, the shared one, or a guess from the key's shape."""
    _load()
    for name in (entity, SHARED):
        spec = _ENTITIES.get(name)
        if spec and key in spec.fields:
            return spec.fields[key]
    if key.endswith("_cents"):
        kind = "money"
    elif key.endswith("_at"):
        kind = "datetime"
    elif key.endswith(("_date", "_day")):
        kind = "date"
    elif key.startswith(("is_", "has_")) or key in ("active", "blind", "done"):
        kind = "bool"
    else:
        kind = "text"
    return AuditField(lambda: _words(key), kind)


def field_label(entity: str, key: str) -> str:
    return field_spec(entity, key).label()


# -- names of records -----------------------------------------------------------------------------

class _Names:
    """Record ids → their numbers or names, looked up once per entity for a whole page."""

    def __init__(self, actor=None):
        self.actor = actor
        self.wanted: dict[str, set[int]] = {}
        self.found: dict[str, dict[int, str]] = {}

    def want(self, entity: str, value: Any) -> None:
        number = _as_id(value)
        if number is not None and entity in _ENTITIES and _ENTITIES[entity].names:
            self.wanted.setdefault(entity, set()).add(number)

    def resolve(self) -> None:
        for entity, ids in self.wanted.items():
            spec = _ENTITIES[entity]
            known = self.found.setdefault(entity, {})
            missing = sorted(ids - set(known))
            for start in range(0, len(missing), 500):
                found = spec.names(missing[start:start + 500]) or {}
                if spec.personal and not _sees_pii(self.actor):
                    found = {k: mask_name(v) for k, v in found.items()}
                known.update(found)
        self.wanted.clear()

    def name(self, entity: str, value: Any) -> str | None:
        number = _as_id(value)
        if number is None:
            return None
        return self.found.get(entity, {}).get(number)


def _sees_pii(actor) -> bool:
    return actor is None or actor.can(Perm.CUSTOMERS_PII)


def _as_id(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def record_names(entity: str, ids: Iterable[Any], actor=None) -> dict[int, str]:
    """{id: number or name} of records of one entity (masked names for roles without customers.pii)."""
    _load()
    names = _Names(actor)
    for value in ids:
        names.want(entity, value)
    names.resolve()
    return names.found.get(entity, {})


# -- values ---------------------------------------------------------------------------------------

EMPTY = "—"
MAX_VALUE = 60


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE - 1] + "…"


def _money(value: Any) -> str:
    try:
        return "¥" + format_money(int(value))
    except (TypeError, ValueError):
        return str(value)


def _when(kind: str, value: Any) -> str:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value) if kind == "datetime" else dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return format_value(kind, value)


def format_field_value(spec: AuditField, value: Any, names: _Names | None = None) -> str:
    if value is None or value == "" or value == []:
        return EMPTY
    if spec.fmt is not None:
        return _short(spec.fmt(value))
    kind = spec.kind
    if kind == "money":
        return _money(value)
    if kind == "bool":
        truth = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        return tr("Common", "Yes") if truth else tr("Common", "No")
    if kind == "int":
        return format_value("int", value) if _as_id(value) is not None else str(value)
    if kind in ("date", "datetime"):
        return _when(kind, value)
    if kind == "choice" and spec.choices is not None:
        return spec.choices(value)
    if kind == "ref":
        found = names.name(spec.ref, value) if names else None
        return _short(found) if found else tr("Audit", "(removed)")
    return _short(value)


def _pairs(changes: str) -> dict[str, list[Any]] | None:
    if not changes:
        return {}
    try:
        data = json.loads(changes)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return {k: v if isinstance(v, list) and len(v) == 2 else [None, v] for k, v in data.items()}


def _want_refs(entity: str, changes: str, names: _Names) -> None:
    for key, pair in (_pairs(changes) or {}).items():
        spec = field_spec(entity, key)
        if spec.kind == "ref":
            for value in pair:
                names.want(spec.ref, value)


def _changes_text(entity: str, changes: str, names: _Names) -> str:
    pairs = _pairs(changes)
    if pairs is None:
        return _short(changes)
    parts = []
    for key, (old, new) in pairs.items():
        spec = field_spec(entity, key)
        parts.append(tr("Audit", "{field}: {old} → {new}").format(
            field=spec.label(), old=format_field_value(spec, old, names), new=format_field_value(spec, new, names)))
    return tr("Audit", "; ").join(parts)


def format_changes(changes: str, entity: str = "", actor=None) -> str:
    """'状态：待发货 → 已发货；运费：— → ¥8.00' for one stored change set."""
    _load()
    names = _Names(actor)
    _want_refs(entity, changes, names)
    names.resolve()
    return _changes_text(entity, changes, names)


def summary_text(entity: str, action: str, summary: str) -> str:
    """The stored summary, with the program's own codes (a permission, a login failure) in words."""
    _load()
    spec = _ENTITIES.get(entity)
    if spec and spec.summary:
        return spec.summary(action, summary)
    return _ACTION_SUMMARIES.get(action, lambda text: text)(summary)


def _denied(summary: str) -> str:
    from shopmanager.core.permissions import perm_label

    return tr("Audit", "Tried: {action}").format(action=perm_label(summary)) if summary else ""


def _login_failed(summary: str) -> str:
    match = re.fullmatch(r"failure (\d+)", summary or "")
    if match:
        return tr("Audit", "Wrong password ({n} in a row)").format(n=match.group(1))
    return {"unknown user": tr("Audit", "Unknown user name"),
            "tried while paused": tr("Audit", "Tried while logins were paused after wrong passwords"),
            "disabled": tr("Audit", "The account is disabled")}.get(summary, summary)


_ACTION_SUMMARIES: dict[str, Callable[[str], str]] = {"denied": _denied, "login_failed": _login_failed}


@dataclass(frozen=True)
class ShownEntry:
    """One audit record as the shop reads it."""

    at: dt.datetime
    username: str
    action: str
    entity: str
    record: str  # the record's number or name ("SO20261101-0003", "RICE-5 五常大米"), "" when none
    summary: str
    changes: str


def readable(rows: list[dict[str, Any]], actor=None) -> list[ShownEntry]:
    """Audit rows (at, username, action, entity, entity_id, summary, changes) in the shop's words;
    the linked records of all rows are named with one query per entity."""
    _load()
    names = _Names(actor)
    for r in rows:
        names.want(r["entity"], r["entity_id"])
        _want_refs(r["entity"], r["changes"], names)
    names.resolve()
    shown = []
    for r in rows:
        record = names.name(r["entity"], r["entity_id"]) or ""
        shown.append(ShownEntry(r["at"], r["username"], action_label(r["action"]), entity_label(r["entity"]),
                                record, summary_text(r["entity"], r["action"], r["summary"]),
                                _changes_text(r["entity"], r["changes"], names)))
    return shown


# -- the log and histories --------------------------------------------------------------------------

class AuditSource(ListSource):
    model = AuditLog
    view_perm = Perm.AUDIT_VIEW
    default_sort = "at"
    default_descending = True
    columns = [
        Column("at", lambda: tr("Audit", "Time"), "datetime", sort=AuditLog.at, width=150),
        Column("username", lambda: tr("Audit", "User"), sort=AuditLog.username, width=90),
        Column("action", lambda: tr("Audit", "Action"), width=90),
        Column("entity", lambda: tr("Audit", "Record"), width=90),
        Column("record", lambda: tr("Audit", "Number / name"), width=150),
        Column("summary", lambda: tr("Audit", "Summary"), width=220),
        Column("changes", lambda: tr("Audit", "Old → new"), width=420),
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

    def to_rows(self, records: list[dict[str, Any]]) -> list[tuple]:
        return [(e.at, e.username, e.action, e.entity, e.record, e.summary, e.changes)
                for e in readable(records, self.actor)]

    def to_row(self, r: dict[str, Any]) -> tuple:
        return self.to_rows([r])[0]


def known_entities() -> list[str]:
    return [row.entity for row in AuditLog.select(AuditLog.entity).distinct().order_by(AuditLog.entity)]


def known_usernames() -> list[str]:
    return [row.username for row in AuditLog.select(AuditLog.username).distinct().order_by(AuditLog.username)]


def history(entity: str, entity_id: Any, *, limit: int = 200, actor=None) -> list[dict[str, Any]]:
    """One record's audit trail, newest first (product listing history, order timeline), readable."""
    rows = list(AuditLog.select(AuditLog.at, AuditLog.username, AuditLog.action, AuditLog.entity,
                                AuditLog.entity_id, AuditLog.summary, AuditLog.changes)
                .where(AuditLog.entity == entity, AuditLog.entity_id == str(entity_id))
                .order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(limit).dicts())
    return [{"at": e.at, "username": e.username, "action": e.action, "summary": e.summary, "changes": e.changes}
            for e in readable(rows, actor)]
